using System.Text.RegularExpressions;
using Gumu.Cli.Configuration;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Tests.Docs;

/// <summary>
/// Compares the rule pages with the rule catalog and lists every disagreement as a sentence.
/// Kept apart from the tests so that tests can feed it a broken set of pages and see it complain.
/// </summary>
internal static partial class RulePageAudit
{
    /// <summary>The fixed "## " headings of a rule page, in order.</summary>
    public static readonly IReadOnlyList<string> Headings =
        ["What it checks", "Why", "Failing example", "Passing example", "How to fix", "Configuration"];

    /// <summary>Category names by the id's range digit (contract.md).</summary>
    public static string Category(string id) => id[2] switch
    {
        '0' => "input",
        '1' => "structure",
        '2' => "figures",
        '3' => "review and litigation",
        '4' => "dates and metadata",
        _ => "unknown",
    };

    /// <summary>Problems with a set of pages (file name → content) against the catalog's rules.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<RuleDescriptor> rules, IReadOnlyDictionary<string, string> pages)
    {
        var problems = new List<string>();
        var byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!pages.ContainsKey(rule.Id + ".md"))
            {
                problems.Add($"{rule.Id} ({rule.Name}) has no page {rule.Id}.md");
            }
        }

        foreach (var (file, content) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var id = file.EndsWith(".md", StringComparison.Ordinal) ? file[..^3] : file;
            if (!byId.TryGetValue(id, out var rule))
            {
                problems.Add($"{file} is not named after a rule id of the catalog");
                continue;
            }

            problems.AddRange(PageProblems(rule, content).Select(p => $"{file}: {p}"));
        }

        return problems;
    }

    private static IEnumerable<string> PageProblems(RuleDescriptor rule, string page)
    {
        var lines = Markdown.Lines(page);
        var title = $"# {rule.Id} {rule.Name}";
        if (lines[0] != title)
        {
            yield return $"the title line is \"{lines[0]}\", expected \"{title}\"";
        }

        var severity = rule.DefaultSeverity.ToName();
        var range = rule.Id[..3] + "xxx";
        var severityLine = $"**Default severity:** {severity} · **Category:** {Category(rule.Id)} ({range})";
        if (!lines.Contains(severityLine))
        {
            var found = lines.FirstOrDefault(l => l.StartsWith("**Default severity:**", StringComparison.Ordinal)) ?? "nothing";
            yield return $"the severity line is {found}, expected \"{severityLine}\"";
        }

        var sections = Markdown.SectionTitles(page);
        if (!sections.SequenceEqual(Headings))
        {
            yield return $"the sections are [{string.Join(", ", sections)}], expected [{string.Join(", ", Headings)}]";
        }

        var failing = Markdown.Section(page, "Failing example") ?? string.Empty;
        if (!FindingLine().Matches(failing).Any(m => m.Groups["id"].Value == rule.Id && m.Groups["severity"].Value == severity))
        {
            yield return $"the failing example shows no finding line \"…: {severity} {rule.Id}: …\"";
        }

        var configuration = Markdown.Section(page, "Configuration") ?? string.Empty;
        var examples = Markdown.CodeBlocks(configuration, "jsonc");
        if (examples.Count == 0)
        {
            yield return "the configuration section has no jsonc example";
        }

        foreach (var example in examples)
        {
            string? problem = null;
            try
            {
                var config = GumuConfigLoader.Parse(example, Path.Combine(Path.GetTempPath(), "gumu.json"));
                if (!config.Rules.ContainsKey(rule.Id))
                {
                    problem = "the configuration example does not configure " + rule.Id;
                }
            }
            catch (GumuConfigException e)
            {
                problem = "the configuration example is not a valid gumu.json: " + e.Message;
            }

            if (problem is not null)
            {
                yield return problem;
            }
        }
    }

    [GeneratedRegex(@"^\S.*?: (?<severity>error|warning|info) (?<id>GM[0-9]{4}): \S", RegexOptions.Multiline)]
    private static partial Regex FindingLine();
}
