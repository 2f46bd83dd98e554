using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Docx.TestDocx;

namespace Gumu.Compliance.Tests.Readers.Docx;

public sealed class DocxNumberingTests
{
    /// <summary>一、 headings, （一） sub-headings, then 1. and (1) items: the usual report outline.</summary>
    private static readonly string Outline =
        AbstractNum(
            0,
            Lvl(0, "chineseCounting", "%1、"),
            Lvl(1, "chineseCounting", "（%2）"),
            Lvl(2, "decimal", "%3."),
            Lvl(3, "decimal", "(%4)"))
        + NumInstance(1, 0);

    [Fact]
    public void Multilevel_outline_renders_each_level_in_its_format()
    {
        var document = new TestDocx
        {
            Numbering = Outline,
            Body = P("青石镇基本情况", Num(1, 0))
                + P("机构设置", Num(1, 1))
                + P("镇政府设综合办公室", Num(1, 2))
                + P("专人负责", Num(1, 3))
                + P("兼职人员", Num(1, 3))
                + P("制度建设", Num(1, 2))
                + P("主动公开", Num(1, 0))
                + P("公开目录", Num(1, 1)),
        }.Read();

        Texts(document).Should().Equal(
            "一、青石镇基本情况",
            "（一）机构设置",
            "1.镇政府设综合办公室",
            "(1)专人负责",
            "(2)兼职人员",
            "2.制度建设",
            "二、主动公开",
            "（一）公开目录");
    }

    [Fact]
    public void List_label_is_reported_separately_from_the_text()
    {
        var document = new TestDocx { Numbering = Outline, Body = P("兰溪乡概况", Num(1, 0)) + P("人员", Num(1, 1)) }.Read();

        document.Blocks.OfType<ParagraphBlock>().Select(p => p.ListLabel).Should().Equal("一、", "（一）");
    }

    [Fact]
    public void Typed_numbers_are_not_list_labels()
    {
        var document = new TestDocx { Numbering = Outline, Body = P("一、兰溪乡概况") }.Read();

        document.Blocks.OfType<ParagraphBlock>().Single().ListLabel.Should().BeNull();
    }

    [Fact]
    public void Deleting_a_numbered_heading_renumbers_the_rest_continuously()
    {
        // The third of four headings was removed: Word shows 一、二、三、, so the number alone
        // cannot reveal the gap.
        var document = new TestDocx
        {
            Numbering = Outline,
            Body = P("兰溪乡概况", Num(1)) + P("主动公开", Num(1)) + P("存在不足", Num(1)),
        }.Read();

        Texts(document).Should().Equal("一、兰溪乡概况", "二、主动公开", "三、存在不足");
    }

    [Fact]
    public void Counting_continues_past_ten_as_Word_shows_it()
    {
        var body = string.Concat(Enumerable.Range(1, 12).Select(i => P("第" + i + "项", Num(1))));
        var document = new TestDocx { Numbering = Outline, Body = body }.Read();

        Texts(document).Skip(9).Should().Equal("十、第10项", "十一、第11项", "十二、第12项");
    }

    [Fact]
    public void Numbering_comes_from_the_paragraph_style_and_its_linked_level()
    {
        var document = new TestDocx
        {
            Styles = HeadingStyles,
            Numbering = AbstractNum(
                    1,
                    Lvl(0, "chineseCounting", "%1、", extra: "<w:pStyle w:val=\"QsTitle1\"/>"),
                    Lvl(1, "chineseCounting", "（%2）", extra: "<w:pStyle w:val=\"QsTitle2\"/>"))
                + NumInstance(2, 1),
            Body = P("概述", "<w:pStyle w:val=\"QsTitle1\"/>")
                + P("工作机构", "<w:pStyle w:val=\"QsTitle2\"/>")
                + P("第二部分", "<w:pStyle w:val=\"QsTitle1\"/>"),
        }.Read();

        Texts(document).Should().Equal("一、概述", "（一）工作机构", "二、第二部分");
    }

    [Fact]
    public void Numbering_is_inherited_along_a_basedOn_chain()
    {
        var document = new TestDocx
        {
            Styles = Style("Base", null, "<w:numPr><w:numId w:val=\"3\"/></w:numPr>")
                + Style("Middle", "Base", string.Empty)
                + Style("Leaf", "Middle", string.Empty),
            Numbering = AbstractNum(2, Lvl(0, "decimal", "%1.")) + NumInstance(3, 2),
            Body = P("兰溪乡第一项", "<w:pStyle w:val=\"Leaf\"/>") + P("兰溪乡第二项", "<w:pStyle w:val=\"Leaf\"/>"),
        }.Read();

        Texts(document).Should().Equal("1.兰溪乡第一项", "2.兰溪乡第二项");
    }

    [Fact]
    public void NumId_zero_on_the_paragraph_switches_off_the_style_numbering()
    {
        var document = new TestDocx
        {
            Styles = HeadingStyles,
            Numbering = AbstractNum(1, Lvl(0, "chineseCounting", "%1、")) + NumInstance(2, 1),
            Body = P("不编号的标题", "<w:pStyle w:val=\"QsTitle1\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>"),
        }.Read();

        var paragraph = document.Blocks.OfType<ParagraphBlock>().Single();
        paragraph.Text.Should().Be("不编号的标题");
        paragraph.ListLabel.Should().BeNull();
    }

    [Fact]
    public void Paragraph_numbering_overrides_the_style_numbering()
    {
        var document = new TestDocx
        {
            Styles = HeadingStyles,
            Numbering = AbstractNum(1, Lvl(0, "chineseCounting", "%1、"))
                + NumInstance(2, 1)
                + AbstractNum(5, Lvl(0, "decimalEnclosedCircle", "%1"))
                + NumInstance(6, 5),
            Body = P("青石镇", "<w:pStyle w:val=\"QsTitle1\"/>" + Num(6)),
        }.Read();

        document.Blocks.OfType<ParagraphBlock>().Single().Text.Should().Be("① 青石镇");
    }

    [Fact]
    public void Lists_sharing_an_abstract_numbering_continue_one_sequence()
    {
        var document = new TestDocx
        {
            Numbering = AbstractNum(4, Lvl(0, "decimal", "%1.")) + NumInstance(10, 4) + NumInstance(12, 4),
            Body = P("甲", Num(10)) + P("乙", Num(10)) + P("丙", Num(12)),
        }.Read();

        Texts(document).Should().Equal("1.甲", "2.乙", "3.丙");
    }

    [Fact]
    public void StartOverride_restarts_the_list_at_the_given_value()
    {
        var restart = "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>";
        var fromFive = "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>";
        var document = new TestDocx
        {
            Numbering = AbstractNum(4, Lvl(0, "decimal", "%1."))
                + NumInstance(10, 4)
                + NumInstance(11, 4, restart)
                + NumInstance(13, 4, fromFive),
            Body = P("甲", Num(10)) + P("乙", Num(10)) + P("丙", Num(11)) + P("丁", Num(11)) + P("戊", Num(13)),
        }.Read();

        Texts(document).Should().Equal("1.甲", "2.乙", "1.丙", "2.丁", "5.戊");
    }

    [Fact]
    public void LvlOverride_with_a_level_replaces_its_definition_for_that_list()
    {
        var overrideLevel = "<w:lvlOverride w:ilvl=\"0\">" + Lvl(0, "upperLetter", "%1)") + "</w:lvlOverride>";
        var document = new TestDocx
        {
            Numbering = AbstractNum(4, Lvl(0, "decimal", "%1.")) + NumInstance(14, 4, overrideLevel),
            Body = P("兰溪", Num(14)) + P("青石", Num(14)),
        }.Read();

        Texts(document).Should().Equal("A)兰溪", "B)青石");
    }

    [Fact]
    public void A_lower_level_restarts_after_a_higher_level_by_default()
    {
        var document = new TestDocx
        {
            Numbering = Outline,
            Body = P("一部分", Num(1, 0)) + P("甲项", Num(1, 2)) + P("乙项", Num(1, 2)) + P("二部分", Num(1, 0)) + P("丙项", Num(1, 2)),
        }.Read();

        Texts(document).Should().Equal("一、一部分", "1.甲项", "2.乙项", "二、二部分", "1.丙项");
    }

    [Fact]
    public void LvlRestart_zero_keeps_counting_across_higher_levels()
    {
        var document = new TestDocx
        {
            Numbering = AbstractNum(
                    5,
                    Lvl(0, "chineseCounting", "%1、"),
                    Lvl(1, "decimal", "%2.", extra: "<w:lvlRestart w:val=\"0\"/>"))
                + NumInstance(7, 5),
            Body = P("一部分", Num(7, 0)) + P("甲项", Num(7, 1)) + P("乙项", Num(7, 1)) + P("二部分", Num(7, 0)) + P("丙项", Num(7, 1)),
        }.Read();

        Texts(document).Should().Equal("一、一部分", "1.甲项", "2.乙项", "二、二部分", "3.丙项");
    }

    [Fact]
    public void LvlRestart_names_the_level_whose_use_restarts_the_count()
    {
        // Level 3 restarts only after level 1 (ilvl 0), not after level 2.
        var document = new TestDocx
        {
            Numbering = AbstractNum(
                    5,
                    Lvl(0, "chineseCounting", "%1、"),
                    Lvl(1, "chineseCounting", "（%2）"),
                    Lvl(2, "decimal", "%3.", extra: "<w:lvlRestart w:val=\"1\"/>"))
                + NumInstance(7, 5),
            Body = P("一部分", Num(7, 0)) + P("甲", Num(7, 2)) + P("小节", Num(7, 1)) + P("乙", Num(7, 2)) + P("二部分", Num(7, 0)) + P("丙", Num(7, 2)),
        }.Read();

        Texts(document).Should().Equal("一、一部分", "1.甲", "（一）小节", "2.乙", "二、二部分", "1.丙");
    }

    [Fact]
    public void Multilevel_placeholders_show_the_higher_counters()
    {
        var document = new TestDocx
        {
            Numbering = AbstractNum(6, Lvl(0, "decimal", "%1."), Lvl(1, "decimal", "%1.%2")) + NumInstance(8, 6),
            Body = P("总则", Num(8, 0)) + P("适用范围", Num(8, 1)) + P("术语", Num(8, 1)) + P("职责", Num(8, 0)) + P("分工", Num(8, 1)),
        }.Read();

        Texts(document).Should().Equal("1.总则", "1.1 适用范围", "1.2 术语", "2.职责", "2.1 分工");
    }

    [Fact]
    public void IsLgl_shows_every_level_in_arabic_digits()
    {
        var document = new TestDocx
        {
            Numbering = AbstractNum(
                    6,
                    Lvl(0, "chineseCounting", "第%1章", extra: "<w:suff w:val=\"space\"/>"),
                    Lvl(1, "decimal", "%1.%2", extra: "<w:isLgl/>"))
                + NumInstance(8, 6),
            Body = P("总则", Num(8, 0)) + P("适用范围", Num(8, 1)),
        }.Read();

        Texts(document).Should().Equal("第一章 总则", "1.1 适用范围");
    }

    [Fact]
    public void Suffix_nothing_puts_no_space_after_the_label()
    {
        var document = new TestDocx
        {
            Numbering = AbstractNum(6, Lvl(0, "chineseCounting", "第%1条", extra: "<w:suff w:val=\"nothing\"/>")) + NumInstance(8, 6),
            Body = P("兰溪乡公开事项", Num(8)),
        }.Read();

        Texts(document).Should().Equal("第一条兰溪乡公开事项");
    }

    [Fact]
    public void Start_value_sets_the_first_number()
    {
        var document = new TestDocx
        {
            Numbering = AbstractNum(6, Lvl(0, "chineseCounting", "%1、", start: 3)) + NumInstance(8, 6),
            Body = P("续写部分", Num(8)),
        }.Read();

        Texts(document).Should().Equal("三、续写部分");
    }

    [Fact]
    public void Numbered_paragraphs_in_table_cells_advance_the_same_counters()
    {
        var document = new TestDocx
        {
            Numbering = Outline,
            Body = P("表前", Num(1)) + Table(Cell(null) .Replace("<w:p/>", P("表中", Num(1)), StringComparison.Ordinal)) + P("表后", Num(1)),
        }.Read();

        Texts(document).Should().Equal("一、表前", "三、表后");
        document.Blocks.OfType<TableBlock>().Single().Grid[0, 0].Text.Should().Be("二、表中");
    }

    [Fact]
    public void A_deleted_empty_numbered_paragraph_takes_no_number()
    {
        var deleted = "<w:p><w:pPr>" + Num(1) + "<w:rPr><w:del w:id=\"1\" w:author=\"a\" w:date=\"2019-01-01T00:00:00Z\"/></w:rPr></w:pPr>"
            + "<w:del w:id=\"2\" w:author=\"a\" w:date=\"2019-01-01T00:00:00Z\"><w:r><w:delText>删去的标题</w:delText></w:r></w:del></w:p>";
        var document = new TestDocx { Numbering = Outline, Body = P("保留一", Num(1)) + deleted + P("保留二", Num(1)) }.Read();

        Texts(document).Should().Equal("一、保留一", "二、保留二");
    }

    [Fact]
    public void Bullets_get_no_label()
    {
        var document = new TestDocx
        {
            Numbering = AbstractNum(9, Lvl(0, "bullet", "\uF06C")) + NumInstance(9, 9),
            Body = P("要点", Num(9)),
        }.Read();

        var paragraph = document.Blocks.OfType<ParagraphBlock>().Single();
        paragraph.Text.Should().Be("要点");
        paragraph.ListLabel.Should().BeNull();
    }

    [Fact]
    public void An_undefined_list_gives_no_label()
    {
        var document = new TestDocx { Numbering = Outline, Body = P("无定义", Num(42)) }.Read();

        Texts(document).Should().Equal("无定义");
    }

    [Fact]
    public void NumStyleLink_uses_the_levels_of_the_linked_list_style()
    {
        var document = new TestDocx
        {
            Styles = "<w:style w:type=\"numbering\" w:styleId=\"QsList\"><w:name w:val=\"青石列表\"/><w:pPr><w:numPr><w:numId w:val=\"20\"/></w:numPr></w:pPr></w:style>",
            Numbering = AbstractNum(20, Lvl(0, "chineseCounting", "%1、")).Replace("<w:lvl ", "<w:styleLink w:val=\"QsList\"/><w:lvl ", StringComparison.Ordinal)
                + "<w:abstractNum w:abstractNumId=\"21\"><w:numStyleLink w:val=\"QsList\"/></w:abstractNum>"
                + NumInstance(20, 20)
                + NumInstance(21, 21),
            Body = P("经由列表样式", Num(21)),
        }.Read();

        Texts(document).Should().Equal("一、经由列表样式");
    }

    private const string HeadingStyles =
        "<w:style w:type=\"paragraph\" w:styleId=\"QsTitle1\"><w:name w:val=\"青石一级标题\"/>"
        + "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"QsTitle2\"><w:name w:val=\"青石二级标题\"/><w:basedOn w:val=\"QsTitle1\"/>"
        + "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";

    private static string Style(string id, string? basedOn, string pPr) =>
        $"<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{id}\"/>"
        + (basedOn is null ? string.Empty : $"<w:basedOn w:val=\"{basedOn}\"/>")
        + $"<w:pPr>{pPr}</w:pPr></w:style>";
}
