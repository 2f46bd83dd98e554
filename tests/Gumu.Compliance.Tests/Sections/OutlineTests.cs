using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;

namespace Gumu.Compliance.Tests.Sections;

public sealed class OutlineTests
{
    private static readonly RuleSet Yunnan = RuleSetLoader.BuiltIn("yunnan-2018");

    private static ReportOutline Outline(string text) =>
        OutlineBuilder.Build(PlainTextReportReader.Parse(text, ReaderLimits.Default, default), Yunnan);

    [Fact]
    public void A_title_inside_running_text_is_not_a_heading()
    {
        var outline = Outline("本报告包括总体公开情况说明、主动公开政府信息情况等部分。\n主动公开政府信息情况等内容详见下文。");

        outline.Sections.Should().BeEmpty();
    }

    [Fact]
    public void A_number_alone_does_not_make_a_section()
    {
        var outline = Outline("一、基本情况\n二、主动公开政府信息情况");

        outline.Sections.Select(s => s.Number).Should().Equal(2);
    }

    [Fact]
    public void A_parenthesised_sub_heading_is_never_a_section()
    {
        var outline = Outline("十四、其他应报告的事项\n（一）其他应报告的事项：无");

        outline.Sections.Select(s => s.Number).Should().Equal(14);
    }

    [Fact]
    public void A_numbered_heading_may_carry_its_first_sentence()
    {
        var outline = Outline("一、主動公開政府信息情況。本局以门户网站为主渠道。");

        var section = outline.Sections.Should().ContainSingle().Subject;
        section.Number.Should().Be(2);
        section.Heading.IsCanonical.Should().BeTrue();
        section.Heading.InlineContent.Should().Be("本局以门户网站为主渠道。");
        section.HasContent.Should().BeTrue();
    }

    [Fact]
    public void An_unnumbered_plain_sentence_starting_with_a_title_is_not_a_heading()
    {
        var outline = Outline("主动公开政府信息情况，详见统计表。");

        outline.Sections.Should().BeEmpty();
    }

    [Fact]
    public void The_plan_heading_reports_the_year_it_names()
    {
        var outline = Outline("十三、开展2020年工作的初步计划安排");

        var heading = outline.Sections.Should().ContainSingle().Subject.Heading;
        heading.Number.Should().Be(13);
        heading.TitleYear.Should().Be(2020);
        heading.IsCanonical.Should().BeFalse();
    }

    [Fact]
    public void The_longest_matching_title_wins()
    {
        var outline = Outline("十四、其他应报告的事项及附表");

        var heading = outline.Sections.Should().ContainSingle().Subject.Heading;
        heading.Number.Should().Be(14);
        heading.IsCanonical.Should().BeFalse();
    }

    [Fact]
    public void Content_runs_to_the_next_section_heading()
    {
        var outline = Outline("一、总体公开情况说明\n甲\n乙\n二、主动公开政府信息情况\n丙");

        outline.Sections.Select(s => s.Content.Count).Should().Equal(2, 1);
    }

    [Fact]
    public void A_long_paragraph_that_starts_with_a_numbered_title_is_a_heading()
    {
        // Regression: headings with their whole section inline were dropped above 400 characters.
        var outline = Outline("二、主动公开政府信息情况。" + string.Concat(Enumerable.Repeat("本镇在门户网站专栏按月更新公开内容。", 40)));

        outline.Sections.Should().ContainSingle().Which.Number.Should().Be(2);
    }
}
