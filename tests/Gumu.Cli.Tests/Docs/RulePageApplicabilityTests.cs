using System.Text.RegularExpressions;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.Docs;

/// <summary>
/// Every rule page shows, per built-in rule set, where the rule applies, exactly as the rule-set
/// data says (<see cref="RuleApplicability"/>), and names no template's section number as a
/// fixed fact outside that table. Set GUMU_UPDATE_RULE_PAGES=1 to rewrite the tables of the pages
/// in docs/rules from the data (then review the diff).
/// </summary>
public sealed partial class RulePageApplicabilityTests
{
    public static TheoryData<string> RuleIds() => new(RuleCatalog.Default.Rules.Select(r => r.Id));

    private static bool Update => Environment.GetEnvironmentVariable("GUMU_UPDATE_RULE_PAGES") == "1";

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_shows_where_the_rule_applies_in_each_rule_set(string id)
    {
        var path = Path.Combine(TestPaths.RulePages, id + ".md");
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expected = RuleApplicability.Block(id, RuleSetLoader.BuiltInSets);
        if (Update)
        {
            page = WithBlock(page, expected);
            File.WriteAllText(path, page);
        }

        var whatItChecks = Markdown.Section(page, "What it checks") ?? string.Empty;
        CurrentBlock(whatItChecks).Should().Be(expected, "{0}.md's \"{1}\" (under \"What it checks\") is generated from the rule sets; run the tests with GUMU_UPDATE_RULE_PAGES=1 to rewrite it", id, RuleApplicability.Heading);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_names_no_section_number_as_a_fixed_fact(string id)
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.RulePages, id + ".md")).ReplaceLineEndings("\n");
        var prose = WithoutCode(page.Replace(CurrentBlock(page), string.Empty, StringComparison.Ordinal));

        SectionNumber().Matches(prose).Select(m => m.Value).Should().BeEmpty(
            "{0}.md names sections by their title: their numbers differ between templates (the \"{1}\" table gives them per rule set)", id, RuleApplicability.Heading);
    }

    [Fact]
    public void Where_a_rule_applies_follows_the_data()
    {
        var yunnan = RuleSetLoader.BuiltIn("yunnan-2018");
        var national = RuleSetLoader.BuiltIn("national-2021");

        RuleApplicability.Where("GM3005", yunnan).Should().Contain("信息公开相关举报、复议、诉讼情况 (section 10)");
        RuleApplicability.Where("GM3005", national).Should().Be("not checked");
        RuleApplicability.Where("GM3001", national).Should().Contain("table 四");
        RuleApplicability.Where("GM3001", yunnan).Should().NotContain("table");
        RuleApplicability.Where("GM1006", national).Should().Be("table 二 under 主动公开政府信息情况 (section 2), table 三 under 收到和处理政府信息公开申请情况 (section 3) and table 四 under 政府信息公开行政复议、行政诉讼情况 (section 4)");
        RuleApplicability.Where("GM1010", national).Should().Contain("`national-2019`").And.Contain("`yunnan-2018`");
    }

    // The "Where it applies" block of a page or section: from its heading up to the next heading.
    private static string CurrentBlock(string markdown)
    {
        var start = markdown.IndexOf(RuleApplicability.Heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var next = NextHeading().Match(markdown, start + RuleApplicability.Heading.Length);
        var end = next.Success ? next.Index : markdown.Length;
        return markdown[start..end].TrimEnd('\n') + "\n";
    }

    // The page with the block replaced, or inserted at the end of "What it checks".
    private static string WithBlock(string page, string block)
    {
        var current = CurrentBlock(page);
        if (current.Length > 0)
        {
            return page.Replace(current, block, StringComparison.Ordinal);
        }

        var why = page.IndexOf("\n## Why\n", StringComparison.Ordinal);
        return page[..(why + 1)] + block + "\n" + page[(why + 1)..];
    }

    // Prose without fenced blocks and inline code: output lines and quoted numbering forms
    // (`第一部分`) may show numbers.
    private static string WithoutCode(string markdown) =>
        InlineCode().Replace(string.Join('\n', markdown.Split("```").Where((_, i) => i % 2 == 0)), string.Empty);

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^#{2,3} ", RegexOptions.Multiline)]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"第[一二三四五六七八九十0-9]+部分|\b[Ss]ections? [0-9]+\b")]
    private static partial Regex SectionNumber();
}
