using System.Text.RegularExpressions;
using Gumu.Compliance;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Docs;

/// <summary>
/// Every rule of the catalog has a page in docs/rules (English) and in docs/rules/zh (Chinese), and
/// every page a rule, with the same id, name and severity.
/// </summary>
public sealed partial class RulePageTests
{
    public static TheoryData<string> Languages() => new("en", "zh");

    private static RulePageFormat Format(string language) => language == "zh" ? RulePageFormat.Chinese : RulePageFormat.English;

    private static Dictionary<string, string> PagesOnDisk() => RulePageFormat.English.PagesOnDisk();

    private static Dictionary<string, string> EmbeddedPages(Language language) =>
        ExplainCommand.EmbeddedPageIds(language).ToDictionary(id => id + ".md", id => ExplainCommand.ReadPage(id, language)!, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_pages_in_docs_rules_agree_with_the_catalog(string language)
    {
        var format = Format(language);
        RulePageAudit.Problems(RuleCatalog.Default.Rules, format.PagesOnDisk(), format).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_pages_embedded_in_the_tool_are_the_pages_in_docs_rules(string language)
    {
        var format = Format(language);
        var onDisk = format.PagesOnDisk();
        var embedded = EmbeddedPages(format.Language);
        embedded.Keys.Should().BeEquivalentTo(onDisk.Keys);
        foreach (var (file, content) in onDisk)
        {
            embedded[file].ReplaceLineEndings("\n").Should().Be(content.ReplaceLineEndings("\n"), because: file + " should be embedded as it is");
        }
    }

    [Fact]
    public void The_Chinese_audit_reports_a_section_left_in_English()
    {
        var pages = RulePageFormat.Chinese.PagesOnDisk();
        pages["GM2002.md"] = pages["GM2002.md"].Replace("## 原因\n", "## Why\n", StringComparison.Ordinal);

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages, RulePageFormat.Chinese).Should().ContainSingle()
            .Which.Should().StartWith("GM2002.md: the sections are [检查内容, Why,");
    }

    [Fact]
    public void The_Chinese_audit_reports_a_wrong_category()
    {
        var pages = RulePageFormat.Chinese.PagesOnDisk();
        pages["GM3001.md"] = pages["GM3001.md"].Replace("**类别：** 复议与诉讼", "**类别：** 数字", StringComparison.Ordinal);

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages, RulePageFormat.Chinese).Should().ContainSingle()
            .Which.Should().StartWith("GM3001.md: the severity line is **默认级别：** error · **类别：** 数字");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_index_of_each_language_lists_every_rule_with_its_name_and_default_severity(string language)
    {
        var index = File.ReadAllText(Path.Combine(Format(language).PagesFolder, "README.md"));
        var rows = IndexRow().Matches(index).Select(m => (Id: m.Groups["id"].Value, Link: m.Groups["link"].Value, Name: m.Groups["name"].Value, Severity: m.Groups["severity"].Value)).ToList();

        rows.Select(r => r.Id).Should().Equal(RuleCatalog.Default.Rules.Select(r => r.Id), "the index lists every rule once, in id order");
        foreach (var row in rows)
        {
            var rule = RuleCatalog.Default[row.Id];
            row.Link.Should().Be(row.Id + ".md");
            row.Name.Should().Be(rule.Name);
            row.Severity.Should().Be(rule.DefaultSeverity.ToName(), because: row.Id + "'s default severity");
        }
    }

    [Fact]
    public void The_audit_reports_a_rule_without_a_page()
    {
        var pages = PagesOnDisk().Where(p => p.Key != "GM1005.md").ToDictionary();

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages).Should().ContainSingle()
            .Which.Should().Be("GM1005 (section-empty) has no page GM1005.md");
    }

    [Fact]
    public void The_audit_reports_a_page_for_an_unknown_id()
    {
        var pages = new Dictionary<string, string>(PagesOnDisk()) { ["GM1999.md"] = "# GM1999 made-up\n" };

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages).Should().ContainSingle()
            .Which.Should().Be("GM1999.md is not named after a rule id of the catalog");
    }

    [Fact]
    public void The_audit_reports_a_page_named_otherwise()
    {
        var pages = new Dictionary<string, string>(PagesOnDisk()) { ["section-missing.md"] = PagesOnDisk()["GM1001.md"] };

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages).Should().ContainSingle()
            .Which.Should().StartWith("section-missing.md is not named after");
    }

    [Theory]
    [InlineData("# GM1001 section-absent", "the title line is \"# GM1001 section-absent\", expected \"# GM1001 section-missing\"")]
    [InlineData("# GM1002 section-missing", "the title line is \"# GM1002 section-missing\", expected \"# GM1001 section-missing\"")]
    [InlineData("# section-missing", "the title line is \"# section-missing\", expected \"# GM1001 section-missing\"")]
    public void The_audit_reports_a_title_line_that_does_not_match_the_catalog(string title, string expected)
    {
        var pages = new Dictionary<string, string>(PagesOnDisk());
        pages["GM1001.md"] = title + pages["GM1001.md"][pages["GM1001.md"].IndexOf('\n', StringComparison.Ordinal)..];

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages).Should().ContainSingle()
            .Which.Should().Be("GM1001.md: " + expected);
    }

    [Fact]
    public void The_audit_reports_a_wrong_severity()
    {
        var pages = new Dictionary<string, string>(PagesOnDisk());
        pages["GM1003.md"] = pages["GM1003.md"].Replace("**Default severity:** warning", "**Default severity:** error", StringComparison.Ordinal);

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages).Should().Contain(p => p.StartsWith("GM1003.md: the severity line", StringComparison.Ordinal));
    }

    [Fact]
    public void The_audit_reports_a_missing_or_renamed_section()
    {
        var pages = new Dictionary<string, string>(PagesOnDisk());
        pages["GM4001.md"] = pages["GM4001.md"].Replace("## Why\n", "## Rationale\n", StringComparison.Ordinal);

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages).Should().ContainSingle()
            .Which.Should().StartWith("GM4001.md: the sections are [What it checks, Rationale,");
    }

    [Fact]
    public void The_audit_reports_a_configuration_example_that_gumu_would_refuse()
    {
        var pages = new Dictionary<string, string>(PagesOnDisk());
        pages["GM0001.md"] = pages["GM0001.md"].Replace("\"GM0001\": \"warning\"", "\"GM0001\": \"off\"", StringComparison.Ordinal);

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages).Should().ContainSingle()
            .Which.Should().StartWith("GM0001.md: the configuration example is not a valid gumu.json");
    }

    [Fact]
    public void The_audit_is_not_fooled_by_a_finding_line_of_another_rule()
    {
        var rule = RuleCatalog.Default["GM1004"];
        var pages = new Dictionary<string, string>(PagesOnDisk());
        pages["GM1004.md"] = pages["GM1004.md"].Replace(": error GM1004:", ": error GM1001:", StringComparison.Ordinal);

        RulePageAudit.Problems(RuleCatalog.Default.Rules, pages).Should().ContainSingle()
            .Which.Should().Be($"GM1004.md: the failing example shows no finding line \"…: {rule.DefaultSeverity.ToName()} GM1004: …\"");
    }

    [GeneratedRegex(@"^\| \[(?<id>GM[0-9]{4})\]\((?<link>[^)]+)\) \| `(?<name>[a-z-]+)` \| (?<severity>[a-z]+) \| .+ \|$", RegexOptions.Multiline)]
    private static partial Regex IndexRow();
}
