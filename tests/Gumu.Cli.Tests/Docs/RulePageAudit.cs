using System.Text.RegularExpressions;
using Gumu.Cli.Configuration;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Tests.Docs;

/// <summary>
/// Compares the rule pages with the rule catalog and lists every disagreement as a sentence.
/// Kept apart from the tests so that tests can feed it a broken set of pages and see it complain.
/// The English pages (docs/rules) and the Chinese ones (docs/rules/zh) follow the same layout,
/// each with headings in its own language (<see cref="RulePageFormat"/>).
/// </summary>
internal static partial class RulePageAudit
{
    /// <summary>The fixed "## " headings of an English rule page, in order.</summary>
    public static IReadOnlyList<string> Headings => RulePageFormat.English.Headings;

    /// <summary>Problems with a set of English pages (file name → content) against the catalog's rules.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<RuleDescriptor> rules, IReadOnlyDictionary<string, string> pages) =>
        Problems(rules, pages, RulePageFormat.English);

    /// <summary>Problems with a set of pages in one language (file name → content) against the catalog's rules.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<RuleDescriptor> rules, IReadOnlyDictionary<string, string> pages, RulePageFormat format)
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

            problems.AddRange(PageProblems(rule, content, format).Select(p => $"{file}: {p}"));
        }

        return problems;
    }

    private static IEnumerable<string> PageProblems(RuleDescriptor rule, string page, RulePageFormat format)
    {
        var lines = Markdown.Lines(page);
        var title = $"# {rule.Id} {rule.Name}";
        if (lines[0] != title)
        {
            yield return $"the title line is \"{lines[0]}\", expected \"{title}\"";
        }

        var severity = rule.DefaultSeverity.ToName();
        var severityLine = format.SeverityLine(rule);
        if (!lines.Contains(severityLine))
        {
            var found = lines.FirstOrDefault(l => l.StartsWith(format.SeverityLabel, StringComparison.Ordinal)) ?? "nothing";
            yield return $"the severity line is {found}, expected \"{severityLine}\"";
        }

        var sections = Markdown.SectionTitles(page);
        if (!sections.SequenceEqual(format.Headings))
        {
            yield return $"the sections are [{string.Join(", ", sections)}], expected [{string.Join(", ", format.Headings)}]";
        }

        var failing = Markdown.Section(page, format.FailingExample) ?? string.Empty;
        if (!FindingLine().Matches(failing).Any(m => m.Groups["id"].Value == rule.Id && m.Groups["severity"].Value == severity))
        {
            yield return $"the failing example shows no finding line \"…: {severity} {rule.Id}: …\"";
        }

        var configuration = Markdown.Section(page, format.Configuration) ?? string.Empty;
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

/// <summary>The fixed parts of a rule page in one language: its "## " headings and its severity line.</summary>
internal sealed record RulePageFormat(Language Language, IReadOnlyList<string> Headings, string SeverityLabel, string Folder)
{
    /// <summary>docs/rules/GMxxxx.md.</summary>
    public static readonly RulePageFormat English = new(
        Language.English,
        ["What it checks", "Why", "Failing example", "Passing example", "How to fix", "Configuration"],
        "**Default severity:**",
        string.Empty);

    /// <summary>docs/rules/zh/GMxxxx.md.</summary>
    public static readonly RulePageFormat Chinese = new(
        Language.Chinese,
        ["检查内容", "原因", "不合格示例", "合格示例", "修改方法", "配置"],
        "**默认级别：**",
        "zh");

    /// <summary>The section that says what the rule checks (and holds the generated table of where it applies).</summary>
    public string WhatItChecks => Headings[0];

    /// <summary>The section whose output lines are checked against gumu's output.</summary>
    public string FailingExample => Headings[2];

    /// <summary>The section with the gumu.json example.</summary>
    public string Configuration => Headings[5];

    /// <summary>The category of an id's range (contract.md), in the page's language.</summary>
    public string Category(string id) => (id[2], Language) switch
    {
        ('0', Language.English) => "input",
        ('1', Language.English) => "structure",
        ('2', Language.English) => "figures",
        ('3', Language.English) => "review and litigation",
        ('4', Language.English) => "dates and metadata",
        ('0', _) => "输入",
        ('1', _) => "结构",
        ('2', _) => "数字",
        ('3', _) => "复议与诉讼",
        ('4', _) => "日期与元数据",
        _ => "unknown",
    };

    /// <summary>The line under the title: default severity, category and id range.</summary>
    public string SeverityLine(RuleDescriptor rule)
    {
        var range = rule.Id[..3] + "xxx";
        var severity = rule.DefaultSeverity.ToName();
        return Language == Language.English
            ? $"**Default severity:** {severity} · **Category:** {Category(rule.Id)} ({range})"
            : $"**默认级别：** {severity} · **类别：** {Category(rule.Id)}（{range}）";
    }

    /// <summary>The folder of the pages in this language.</summary>
    public string PagesFolder => Path.Combine(Support.TestPaths.RulePages, Folder);

    /// <summary>The pages of this language on disk (file name → content), the index excluded.</summary>
    public Dictionary<string, string> PagesOnDisk() =>
        Directory.EnumerateFiles(PagesFolder, "*.md")
            .Where(f => Path.GetFileName(f) != "README.md")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
}
