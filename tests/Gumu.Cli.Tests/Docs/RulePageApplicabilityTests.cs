using System.Text.RegularExpressions;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.Docs;

/// <summary>
/// Every rule page shows, per built-in rule set, where the rule applies, exactly as the rule-set
/// data says (<see cref="RuleApplicability"/>), and names no template's section number as a
/// fixed fact outside that table; the Chinese pages show the same in Chinese. Set
/// GUMU_UPDATE_RULE_PAGES=1 to rewrite the tables of the pages in docs/rules and docs/rules/zh
/// from the data (then review the diff).
/// </summary>
public sealed partial class RulePageApplicabilityTests
{
    public static TheoryData<string, string> RuleIdsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            data.Add(rule.Id, "en");
            data.Add(rule.Id, "zh");
        }

        return data;
    }

    private static RulePageFormat Format(string language) => language == "zh" ? RulePageFormat.Chinese : RulePageFormat.English;

    private static bool Update => Environment.GetEnvironmentVariable("GUMU_UPDATE_RULE_PAGES") == "1";

    [Theory]
    [MemberData(nameof(RuleIdsAndLanguages))]
    public void The_page_shows_where_the_rule_applies_in_each_rule_set(string id, string language)
    {
        var format = Format(language);
        var heading = RuleApplicability.HeadingIn(format.Language);
        var path = Path.Combine(format.PagesFolder, id + ".md");
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expected = RuleApplicability.Block(id, RuleSetLoader.BuiltInSets, format.Language);
        if (Update)
        {
            page = WithBlock(page, expected, heading, format.Headings[1]);
            File.WriteAllText(path, page);
        }

        var whatItChecks = Markdown.Section(page, format.WhatItChecks) ?? string.Empty;
        CurrentBlock(whatItChecks, heading).Should().Be(expected, "{0}'s \"{1}\" (under \"{2}\") is generated from the rule sets; run the tests with GUMU_UPDATE_RULE_PAGES=1 to rewrite it", path, heading, format.WhatItChecks);
    }

    [Theory]
    [MemberData(nameof(RuleIdsAndLanguages))]
    public void The_page_names_no_section_number_as_a_fixed_fact(string id, string language)
    {
        var format = Format(language);
        var heading = RuleApplicability.HeadingIn(format.Language);
        var path = Path.Combine(format.PagesFolder, id + ".md");
        var page = File.ReadAllText(path).ReplaceLineEndings("\n");
        var prose = WithoutCode(page.Replace(CurrentBlock(page, heading), string.Empty, StringComparison.Ordinal));

        SectionNumber().Matches(prose).Select(m => m.Value).Should().BeEmpty(
            "{0} names sections by their title: their numbers differ between templates (the \"{1}\" table gives them per rule set)", path, heading);
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

    [Fact]
    public void Where_a_rule_applies_reads_the_same_data_in_Chinese()
    {
        var yunnan = RuleSetLoader.BuiltIn("yunnan-2018");
        var national = RuleSetLoader.BuiltIn("national-2021");

        RuleApplicability.Where("GM3005", yunnan, Language.Chinese).Should().Contain("信息公开相关举报、复议、诉讼情况（第 10 部分）");
        RuleApplicability.Where("GM3005", national, Language.Chinese).Should().Be("不检查");
        RuleApplicability.Where("GM1006", national, Language.Chinese).Should().Be("主动公开政府信息情况（第 2 部分）下的表二、收到和处理政府信息公开申请情况（第 3 部分）下的表三和政府信息公开行政复议、行政诉讼情况（第 4 部分）下的表四");
        RuleApplicability.Block("GM1001", [national], Language.Chinese).Should().StartWith("### 适用范围\n\n| 规则集 | 检查范围 |\n|---|---|\n| `national-2021` | ");
    }

    // The "Where it applies" block of a page or section: from its heading up to the next heading.
    private static string CurrentBlock(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var next = NextHeading().Match(markdown, start + heading.Length);
        var end = next.Success ? next.Index : markdown.Length;
        return markdown[start..end].TrimEnd('\n') + "\n";
    }

    // The page with the block replaced, or inserted at the end of "What it checks" (before "Why").
    private static string WithBlock(string page, string block, string heading, string whyHeading)
    {
        var current = CurrentBlock(page, heading);
        if (current.Length > 0)
        {
            return page.Replace(current, block, StringComparison.Ordinal);
        }

        var why = page.IndexOf($"\n## {whyHeading}\n", StringComparison.Ordinal);
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

    [GeneratedRegex(@"第 ?[一二三四五六七八九十0-9]+ ?部分|\b[Ss]ections? [0-9]+\b")]
    private static partial Regex SectionNumber();
}
