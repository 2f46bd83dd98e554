using System.CommandLine;
using Gumu.Cli.CommandLine;
using Gumu.Compliance;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Cli;

/// <summary>
/// <c>gumu explain &lt;rule&gt; [--lang zh|en]</c>: prints a rule's documentation page
/// (docs/rules/GMxxxx.md, embedded in the tool so it works from any folder). The rule may be
/// given by id (any case) or by name. Pages are written in English with Chinese examples;
/// <c>--lang zh</c> (the default) puts the rule's Chinese summary above the page.
/// An unknown rule is a usage error: a message on standard error and exit code 2.
/// </summary>
internal static class ExplainCommand
{
    private const string ResourcePrefix = "Gumu.Cli.Docs.Rules.";

    public static Command Create(Language usage = Language.Chinese)
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
        UsageText.AcceptOnly(lang, usage, "zh", "en");

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
                : $"没有规则“{ruleText}”;用 gumu rules 查看所有规则。\n");
            return ExitCodes.Usage;
        }

        if (language == Language.Chinese)
        {
            output.Write($"{descriptor.Id} {descriptor.Name}:{descriptor.Summary.Zh}(默认级别 {descriptor.DefaultSeverity.ToName()})\n\n");
        }

        // The tests guarantee a page for every rule of the catalog.
        var page = ReadPage(descriptor.Id)
            ?? throw new InvalidOperationException($"The documentation page of {descriptor.Id} is not embedded in the tool.");
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

    /// <summary>The embedded page of a rule id, or null when there is none.</summary>
    public static string? ReadPage(string ruleId)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream(ResourcePrefix + ruleId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The rule ids that have an embedded page.</summary>
    public static IReadOnlyList<string> EmbeddedPageIds() =>
        typeof(ExplainCommand).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".md".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
}
