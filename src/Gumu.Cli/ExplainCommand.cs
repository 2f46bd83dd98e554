using System.CommandLine;
using Gumu.Compliance;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Cli;

/// <summary>
/// <c>gumu explain &lt;rule&gt; [--lang zh|en]</c>: prints a rule's documentation page in the
/// chosen language: docs/rules/zh/GMxxxx.md for <c>zh</c> (the default), docs/rules/GMxxxx.md
/// for <c>en</c>, both embedded in the tool so it works from any folder. The rule may be given by
/// id (any case) or by name. An unknown rule is a usage error: a message on standard error and
/// exit code 2.
/// </summary>
internal static class ExplainCommand
{
    private const string ResourcePrefix = "Gumu.Cli.Docs.Rules.";

    public static Command Create()
    {
        var rule = new Argument<string>("rule")
        {
            Description = "规则编号或名称 / rule id or name, e.g. GM1001 or section-missing",
        };
        var lang = new Option<string>("--lang")
        {
            Description = "语言 / language: zh, en",
            DefaultValueFactory = _ => "zh",
        };
        lang.AcceptOnlyFromAmong("zh", "en");

        var command = new Command("explain", "显示规则的说明 / show a rule's documentation") { rule, lang };
        command.SetAction(parse => Run(
            parse.GetValue(rule) ?? string.Empty,
            parse.GetValue(lang) == "en" ? Language.English : Language.Chinese,
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Writes the page of <paramref name="ruleText"/>; returns the exit code.</summary>
    public static int Run(string ruleText, Language language, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var descriptor = Find(RuleCatalog.Default, ruleText);
        if (descriptor is null)
        {
            error.Write(language == Language.English
                ? $"Unknown rule \"{ruleText}\"; run gumu rules to list every rule.\n"
                : $"没有规则“{ruleText}”；用 gumu rules 查看所有规则。\n");
            return ExitCodes.Usage;
        }

        // The tests guarantee a page in each language for every rule of the catalog.
        var page = ReadPage(descriptor.Id, language)
            ?? throw new InvalidOperationException($"The documentation page of {descriptor.Id} ({Code(language)}) is not embedded in the tool.");
        output.Write(page.ReplaceLineEndings("\n"));
        if (!page.EndsWith('\n'))
        {
            output.Write('\n');
        }

        return ExitCodes.Clean;
    }

    /// <summary>The rule with this id (any case) or name, or null.</summary>
    public static RuleDescriptor? Find(RuleCatalog catalog, string ruleText)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var text = ruleText.Trim();
        return catalog.Rules.FirstOrDefault(r => string.Equals(r.Id, text, StringComparison.OrdinalIgnoreCase))
            ?? catalog.Rules.FirstOrDefault(r => string.Equals(r.Name, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The embedded page of a rule id in a language, or null when there is none.</summary>
    public static string? ReadPage(string ruleId, Language language)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream(Prefix(language) + ruleId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The rule ids that have an embedded page in a language.</summary>
    public static IReadOnlyList<string> EmbeddedPageIds(Language language) =>
        typeof(ExplainCommand).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix(language), StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n[Prefix(language).Length..^".md".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    // Resource names as Gumu.Cli.csproj gives them: Gumu.Cli.Docs.Rules.zh.GM1001.md.
    private static string Prefix(Language language) => ResourcePrefix + Code(language) + ".";

    private static string Code(Language language) => language == Language.English ? "en" : "zh";
}
