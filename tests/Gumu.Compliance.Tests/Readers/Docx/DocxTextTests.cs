using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Docx.TestDocx;

namespace Gumu.Compliance.Tests.Readers.Docx;

public sealed class DocxTextTests
{
    private const string Change = "w:author=\"编辑\" w:date=\"2019-01-10T09:00:00Z\"";

    private static IReadOnlyList<string> TextsOf(string body) => Texts(new TestDocx { Body = body }.Read());

    [Fact]
    public void Runs_of_one_paragraph_are_joined_without_spaces()
    {
        TextsOf("<w:p>" + R("一、") + R("兰溪乡") + R("概况") + "</w:p>").Should().Equal("一、兰溪乡概况");
    }

    [Fact]
    public void Tracked_insertions_are_read_and_deletions_are_not()
    {
        var body = "<w:p>" + R("兰溪乡")
            + $"<w:del w:id=\"1\" {Change}><w:r><w:delText>旧的表述</w:delText></w:r></w:del>"
            + $"<w:ins w:id=\"2\" {Change}>{R("新的表述")}</w:ins></w:p>";

        TextsOf(body).Should().Equal("兰溪乡新的表述");
    }

    [Fact]
    public void Moved_text_is_read_at_its_destination_only()
    {
        var body = "<w:p>" + $"<w:moveFrom w:id=\"1\" {Change}>{R("挪走")}</w:moveFrom>" + R("青石镇") + $"<w:moveTo w:id=\"2\" {Change}>{R("挪来")}</w:moveTo></w:p>";

        TextsOf(body).Should().Equal("青石镇挪来");
    }

    [Fact]
    public void Field_codes_are_excluded_and_field_results_kept()
    {
        var body = "<w:p>" + R("发布单位：")
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> DOCPROPERTY Company \\* MERGEFORMAT </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + R("兰溪乡人民政府")
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";

        TextsOf(body).Should().Equal("发布单位：兰溪乡人民政府");
    }

    [Fact]
    public void A_field_nested_in_another_field_code_stays_hidden()
    {
        var body = "<w:p>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("9") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:instrText> = 1 \"首页\" \"续页\"</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("续页") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "</w:p>";

        TextsOf(body).Should().Equal("续页");
    }

    [Fact]
    public void A_field_result_may_span_paragraphs()
    {
        // A table of contents: the field begins in the first entry and ends in the last.
        var body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>TOC \\o \"1-3\"</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("一、概况") + "</w:p>"
            + P("二、公开情况")
            + "<w:p>" + R("三、不足") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
            + P("正文");

        TextsOf(body).Should().Equal("一、概况", "二、公开情况", "三、不足", "正文");
    }

    [Fact]
    public void Simple_fields_show_their_result()
    {
        TextsOf("<w:p>" + R("第") + "<w:fldSimple w:instr=\" PAGE \">" + R("3") + "</w:fldSimple>" + R("页") + "</w:p>")
            .Should().Equal("第3页");
    }

    [Fact]
    public void Block_content_controls_are_read()
    {
        var body = "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent>" + P("兰溪乡2018年度报告") + "</w:sdtContent></w:sdt>" + P("正文");

        TextsOf(body).Should().Equal("兰溪乡2018年度报告", "正文");
    }

    [Fact]
    public void Run_content_controls_are_read()
    {
        var body = "<w:p>" + R("报告年度：") + "<w:sdt><w:sdtPr/><w:sdtContent>" + R("2018") + "</w:sdtContent></w:sdt>" + R("年") + "</w:p>";

        TextsOf(body).Should().Equal("报告年度：2018年");
    }

    [Fact]
    public void Smart_tags_and_custom_xml_are_read()
    {
        var body = "<w:p><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">" + R("青石镇")
            + "</w:smartTag><w:customXml w:element=\"unit\">" + R("人民政府") + "</w:customXml></w:p>";

        TextsOf(body).Should().Equal("青石镇人民政府");
    }

    [Fact]
    public void Hyperlink_runs_are_read()
    {
        var document = new TestDocx { Body = "<w:p>" + R("详见") + "<w:hyperlink r:id=\"rIdLink\">" + R("兰溪乡门户网站") + "</w:hyperlink></w:p>" }
            .WithHyperlink("rIdLink", "http://example.invalid/lanxi/index.html")
            .Read();

        Texts(document).Should().Equal("详见兰溪乡门户网站");
        document.Blocks.OfType<AttachmentBlock>().Should().BeEmpty();
    }

    [Fact]
    public void Tabs_and_breaks_read_as_spaces()
    {
        TextsOf("<w:p><w:r><w:t>统计指标</w:t><w:tab/><w:t>单位</w:t><w:br/><w:t>数量</w:t></w:r></w:p>").Should().Equal("统计指标 单位 数量");
    }

    [Fact]
    public void White_space_is_collapsed_and_trimmed()
    {
        TextsOf(P("\u3000\u3000青石镇   人民政府 \u00A0")).Should().Equal("青石镇 人民政府");
    }

    [Fact]
    public void Hidden_text_is_not_read()
    {
        TextsOf("<w:p>" + R("看得见") + R("看不见", "<w:vanish/>") + "</w:p>").Should().Equal("看得见");
    }

    [Fact]
    public void Empty_paragraphs_give_no_block_but_keep_their_number()
    {
        var document = new TestDocx { Body = P("第一段") + "<w:p/>" + P("  ") + P("第四段") }.Read();

        document.Blocks.Select(b => b.Location.ToCompactString()).Should().Equal("p1", "p4");
    }

    [Fact]
    public void Paragraphs_in_block_content_controls_are_counted_and_table_paragraphs_are_not()
    {
        var body = P("一") + "<w:sdt><w:sdtContent>" + P("二") + "</w:sdtContent></w:sdt>" + Table(Cell(null, "表内")) + P("三");
        var document = new TestDocx { Body = body }.Read();

        document.Blocks.OfType<ParagraphBlock>().Select(b => b.Location.ToCompactString()).Should().Equal("p1", "p2", "p3");
    }

    [Theory]
    [InlineData("<w:outlineLvl w:val=\"0\"/>", 1)]
    [InlineData("<w:outlineLvl w:val=\"2\"/>", 3)]
    [InlineData("<w:outlineLvl w:val=\"7\"/>", 6)]
    [InlineData("<w:outlineLvl w:val=\"9\"/>", null)]
    [InlineData(null, null)]
    public void Heading_level_comes_from_the_outline_level(string? pPr, int? expected)
    {
        new TestDocx { Body = P("兰溪乡概况", pPr) }.Read().Blocks.OfType<ParagraphBlock>().Single().HeadingLevel.Should().Be(expected);
    }

    [Fact]
    public void Heading_level_is_inherited_along_the_style_chain()
    {
        var document = new TestDocx
        {
            Styles = "<w:style w:type=\"paragraph\" w:styleId=\"Outer\"><w:name w:val=\"外层\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Inner\"><w:name w:val=\"内层\"/><w:basedOn w:val=\"Outer\"/></w:style>",
            Body = P("公开情况", "<w:pStyle w:val=\"Inner\"/>"),
        }.Read();

        document.Blocks.OfType<ParagraphBlock>().Single().HeadingLevel.Should().Be(2);
    }

    [Theory]
    [InlineData("heading 2", 2)]
    [InlineData("标题 3", 3)]
    [InlineData("标题1", 1)]
    [InlineData("正文", null)]
    public void Heading_level_comes_from_a_heading_style_name(string styleName, int? expected)
    {
        var document = new TestDocx
        {
            Styles = $"<w:style w:type=\"paragraph\" w:styleId=\"S1\"><w:name w:val=\"{styleName}\"/></w:style>",
            Body = P("兰溪乡概况", "<w:pStyle w:val=\"S1\"/>"),
        }.Read();

        document.Blocks.OfType<ParagraphBlock>().Single().HeadingLevel.Should().Be(expected);
    }

    [Fact]
    public void A_paragraph_whose_runs_are_all_bold_is_bold()
    {
        Bold("<w:p>" + R("一、", "<w:b/>") + R("概况", "<w:b/>") + "</w:p>").Should().BeTrue();
    }

    [Fact]
    public void A_paragraph_with_one_plain_run_is_not_bold()
    {
        Bold("<w:p>" + R("一、", "<w:b/>") + R("概况") + "</w:p>").Should().BeFalse();
    }

    [Fact]
    public void A_plain_white_space_run_does_not_spoil_boldness()
    {
        Bold("<w:p>" + R("一、", "<w:b/>") + R(" ") + R("概况", "<w:b/>") + "</w:p>").Should().BeTrue();
    }

    [Fact]
    public void Bold_comes_from_the_paragraph_style_chain()
    {
        Bold(P("概况", "<w:pStyle w:val=\"Strong2\"/>"), BoldStyles).Should().BeTrue();
    }

    [Fact]
    public void Bold_comes_from_the_run_style()
    {
        Bold("<w:p>" + R("概况", "<w:rStyle w:val=\"StrongChar\"/>") + "</w:p>", BoldStyles).Should().BeTrue();
    }

    [Fact]
    public void Bold_false_on_the_run_cancels_a_bold_style()
    {
        Bold("<w:p><w:pPr><w:pStyle w:val=\"Strong2\"/></w:pPr>" + R("概况", "<w:b w:val=\"0\"/>") + "</w:p>", BoldStyles).Should().BeFalse();
    }

    [Fact]
    public void The_first_paragraph_stays_in_the_body()
    {
        var document = new TestDocx { Title = "兰溪乡报告", Body = P("兰溪乡人民政府2018年政府信息公开工作年度报告") + P("正文") }.Read();

        Texts(document).Should().Equal("兰溪乡人民政府2018年政府信息公开工作年度报告", "正文");
    }

    private const string BoldStyles =
        "<w:style w:type=\"paragraph\" w:styleId=\"Strong1\"><w:name w:val=\"加粗段落\"/><w:rPr><w:b/></w:rPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Strong2\"><w:name w:val=\"加粗段落二\"/><w:basedOn w:val=\"Strong1\"/></w:style>"
        + "<w:style w:type=\"character\" w:styleId=\"StrongChar\"><w:name w:val=\"加粗字符\"/><w:rPr><w:b/></w:rPr></w:style>";

    private static bool Bold(string body, string? styles = null) =>
        new TestDocx { Body = body, Styles = styles }.Read().Blocks.OfType<ParagraphBlock>().Single().IsBold;
}
