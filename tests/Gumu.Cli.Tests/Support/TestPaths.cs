namespace Gumu.Cli.Tests.Support;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class TestPaths
{
    public static string Root => Gumu.Compliance.Testing.RepositoryRoot.Folder;

    public static string Samples => Path.Combine(Root, "samples");

    public static string RulePages => Path.Combine(Root, "docs", "rules");

    /// <summary>The Chinese rule pages, one per rule as in <see cref="RulePages"/>.</summary>
    public static string ChineseRulePages => Path.Combine(Root, "docs", "rules", "zh");

    /// <summary>The whole reports the rule pages show excerpts of, one folder per rule.</summary>
    public static string RuleExamples => Path.Combine(Root, "docs", "rules", "examples");

    public static string ConfigurationPage => Path.Combine(Root, "docs", "configuration.md");

    /// <summary>The JSON schema of gumu.json.</summary>
    public static string Schema => Path.Combine(Root, "docs", "gumu.schema.json");

    public static string BuiltInRuleSet => Path.Combine(Root, "rules", "yunnan-2018.json");

    /// <summary>The folder of the built-in rule sets and the catalog.</summary>
    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>The JSON schema of rule-set files.</summary>
    public static string RuleSetSchema => Path.Combine(Root, "rules", "rule-set.schema.json");

    /// <summary>Rule-set files a user might write, with reports in their format.</summary>
    public static string RuleSetFixtures => Path.Combine(Root, "tests", "fixtures-rulesets");

    /// <summary>docs/rule-sets.md.</summary>
    public static string RuleSetsPage => Path.Combine(Root, "docs", "rule-sets.md");

    /// <summary>The official SARIF 2.1.0 schema, copied next to the tests (Schemas/README.md).</summary>
    public static string SarifSchema => Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json");
}
