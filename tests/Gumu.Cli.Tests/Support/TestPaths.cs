namespace Gumu.Cli.Tests.Support;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class TestPaths
{
    public static string Root => Gumu.Compliance.Testing.RepositoryRoot.Folder;

    public static string Samples => Path.Combine(Root, "samples");

    public static string RulePages => Path.Combine(Root, "docs", "rules");

    public static string ConfigurationPage => Path.Combine(Root, "docs", "configuration.md");

    /// <summary>The JSON schema of gumu.json.</summary>
    public static string Schema => Path.Combine(Root, "docs", "gumu.schema.json");

    public static string BuiltInRuleSet => Path.Combine(Root, "rules", "yunnan-2018.json");

    /// <summary>The official SARIF 2.1.0 schema, copied next to the tests (Schemas/README.md).</summary>
    public static string SarifSchema => Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json");
}
