using System.Text;
using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Html.HtmlPages;
using static Gumu.Compliance.Tests.Readers.Html.PortalPageTests;

namespace Gumu.Compliance.Tests.Readers.Html;

public sealed class ParagraphTests
{
    [Fact]
    public void Heading_number_and_title_in_separate_spans_form_one_paragraph()
    {
        var document = Read(Page("<p><span style=\"font-family:黑体\">一、</span><span style=\"font-family:黑体\">总体公开情况说明</span></p>"));

        document.Texts().Should().Equal("一、总体公开情况说明");
    }

    [Fact]
    public void A_line_break_in_the_source_between_chinese_characters_is_not_a_space()
    {
        var document = Read(Page("<p><span>一、</span>\n<span>主动公开政府信息</span>\n情况</p>"));

        document.Texts().Should().Equal("一、主动公开政府信息情况");
    }

    [Fact]
    public void No_break_spaces_ideographic_spaces_and_space_runs_collapse_to_one_space()
    {
        var document = Read(Page("<p>&nbsp;&nbsp;兰溪乡　　人民政府 &nbsp; 办公室&#12288;</p>"));

        document.Texts().Should().Equal("兰溪乡 人民政府 办公室");
    }

    [Fact]
    public void Source_spaces_between_words_are_kept_as_one_space()
    {
        var document = Read(Page("<p>共受理申请   3 件</p>"));

        document.Texts().Should().Equal("共受理申请 3 件");
    }

    [Fact]
    public void Empty_paragraphs_are_skipped()
    {
        var document = Read(Page("<p>&nbsp;</p><p>　</p><p><span> </span></p><p>第一段</p><p></p>"));

        document.Texts().Should().Equal("第一段");
    }

    [Fact]
    public void Paragraph_in_strong_is_bold()
    {
        var document = Read(Page("<p><strong>二、主动公开政府信息情况</strong></p>"));

        document.Paragraph("二、").IsBold.Should().BeTrue();
    }

    [Fact]
    public void Paragraph_with_font_weight_700_spans_is_bold()
    {
        var document = Read(Page("<p><span style=\"font-weight:700\">三、</span><span style=\"FONT-WEIGHT: bold\">重点领域政府信息公开工作情况</span></p>"));

        document.Paragraph("三、").IsBold.Should().BeTrue();
    }

    [Fact]
    public void Bold_inherited_from_an_ancestor_inside_the_paragraph_counts()
    {
        var document = Read(Page("<p style=\"font-weight:600\"><span>四、</span><span>推进“互联网+政务服务”工作情况</span></p>"));

        document.Paragraph("四、").IsBold.Should().BeTrue();
    }

    [Fact]
    public void Paragraph_with_only_some_bold_text_is_not_bold()
    {
        var document = Read(Page("<p><b>五、</b>建议提案办理结果公开情况</p>"));

        document.Paragraph("五、").IsBold.Should().BeFalse();
    }

    [Fact]
    public void Font_weight_normal_inside_bold_unbolds()
    {
        var document = Read(Page("<p><b>六、开展政策解读情况<span style=\"font-weight:normal\">（略）</span></b></p>"));

        document.Paragraph("六、").IsBold.Should().BeFalse();
    }

    [Fact]
    public void Plain_paragraph_is_not_bold()
    {
        var document = Read(Page("<p>全年未发生行政复议。</p>"));

        document.Blocks.OfType<ParagraphBlock>().Single().IsBold.Should().BeFalse();
    }

    [Fact]
    public void Heading_elements_carry_their_level()
    {
        var document = Read(Page("<h2>一、总体公开情况说明</h2>\n<h3>（一）组织领导</h3>\n<p>镇党委高度重视。</p>"));

        document.Blocks.OfType<ParagraphBlock>().Select(p => p.HeadingLevel).Should().Equal(2, 3, null);
    }

    [Fact]
    public void Divs_with_direct_text_list_items_and_blockquotes_are_paragraphs()
    {
        var document = Read(Page("<div>第一行文字</div><div><div>第二行文字</div>尾随文字</div><ul><li>列表一</li><li>列表二</li></ul><blockquote>引文</blockquote>"));

        document.Texts().Should().Equal("第一行文字", "第二行文字", "尾随文字", "列表一", "列表二", "引文");
    }

    [Fact]
    public void Line_breaks_split_a_paragraph_into_blocks_with_their_own_locations()
    {
        var html = Page(
            "<p>一、总体公开情况说明<br>\n"
            + "青石镇认真落实公开要求。<br><br>\n"
            + "  二、主动公开政府信息情况<br/><span>全年公开信息46条。</span></p>");

        var document = Read(html);

        document.Texts().Should().Equal("一、总体公开情况说明", "青石镇认真落实公开要求。", "二、主动公开政府信息情况", "全年公开信息46条。");
        document.Blocks.Select(b => b.Location.ToCompactString()).Should().Equal(
            LocationOf(html, "<p>一、"),
            LocationOf(html, "青石镇认真"),
            LocationOf(html, "二、主动"),
            LocationOf(html, "<span>全年"));
    }

    [Fact]
    public void A_line_after_a_break_is_located_past_its_indent()
    {
        var html = Page("<p>第一行<br>\n&nbsp;&nbsp;&nbsp;&nbsp;　<strong>一、总体公开情况说明</strong></p>");

        var document = Read(html);

        document.Blocks[1].Location.ToCompactString().Should().Be(LocationOf(html, "<strong>"));
    }

    [Fact]
    public void Paragraph_location_is_its_start_tag()
    {
        var html = Page("<div>\n  <p>第一段</p>\n    <p class=\"x\">第二段</p>\n</div>");

        var document = Read(html);

        document.Blocks.Select(b => b.Location.ToCompactString()).Should().Equal(
            LocationOf(html, "<p>第一段"),
            LocationOf(html, "<p class=\"x\">"));
    }

    [Fact]
    public void Line_numbers_stay_right_past_65535_lines()
    {
        var sb = new StringBuilder("<html><body>\n");
        for (var i = 0; i < 70_000; i++)
        {
            sb.Append("<!-- 占位 -->\n");
        }

        sb.Append("    <p>七、政务舆情回应情况</p>\n");
        var html = sb.ToString();

        var document = Read(html);

        var paragraph = document.Blocks.OfType<ParagraphBlock>().Single();
        paragraph.Location.Line.Should().Be(70_002);
        paragraph.Location.Column.Should().Be(5);
    }

    [Fact]
    public void Preformatted_text_after_a_newline_following_the_tag_is_located_by_line()
    {
        var html = Page("<pre>\n一、总体情况\n   \n全年公开信息12条。</pre>");

        var document = Read(html);

        document.Blocks.Select(b => b.Location.ToCompactString()).Should().Equal(
            LocationOf(html, "<pre>"),
            LocationOf(html, "全年公开"));
    }

    [Fact]
    public void Crlf_line_endings_count_as_one_line_break()
    {
        var html = "<html>\r\n<body>\r\n\r\n<p>第一段</p>\r\n  <p>第二段</p>\r\n</body></html>";

        var document = Read(html);

        document.Blocks.Select(b => b.Location.ToCompactString()).Should().Equal("4:1", "5:3");
    }

    [Fact]
    public void Preformatted_lines_are_paragraphs_located_at_their_lines()
    {
        var html = Page("<pre>一、总体情况\n  全年公开信息12条。\n\n二、主动公开</pre>");

        var document = Read(html);

        document.Texts().Should().Equal("一、总体情况", "全年公开信息12条。", "二、主动公开");
        document.Blocks.Select(b => b.Location.ToCompactString()).Should().Equal(
            LocationOf(html, "<pre>"),
            LocationOf(html, "全年公开"),
            LocationOf(html, "二、主动"));
    }
}
