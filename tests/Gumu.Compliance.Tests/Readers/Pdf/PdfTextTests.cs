using Gumu.Compliance.Documents;
using Gumu.SampleBuilder.Inputs;
using static Gumu.Compliance.Tests.Readers.Pdf.TestPdf;

namespace Gumu.Compliance.Tests.Readers.Pdf;

/// <summary>Lines and paragraphs rebuilt from letters: reading order, spaces, fake bold, page breaks, locations.</summary>
public sealed class PdfTextTests
{
    [Fact]
    public void Chinese_is_joined_without_spaces_and_latin_words_keep_theirs()
    {
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();

        // Drawn right to left and with a gap before the figure, as producers do.
        page.Text(Left + 96, 100, "公开工作", Size);
        page.Text(Left, 100, "兰溪镇2018年", Size);
        page.Text(Left + 84 + 4, 100, "度", Size);
        page.Text(Left, 140, "DN110 PE pipe", Size);

        Texts(Read(pdf)).Should().Equal("兰溪镇2018年度公开工作", "DN110 PE pipe");
    }

    [Fact]
    public void Letters_drawn_twice_for_fake_bold_count_once_and_make_the_paragraph_bold()
    {
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();
        page.Text(Left + 24, 100, "（一）加强组织领导", Size, fakeBold: true);
        page.Text(Left + 24, 130, "全年召开会议4次。", Size);

        var paragraphs = Read(pdf).Blocks.OfType<ParagraphBlock>().ToList();

        paragraphs.Select(p => (p.Text, p.IsBold)).Should().Equal(("（一）加强组织领导", true), ("全年召开会议4次。", false));
    }

    [Fact]
    public void Invisible_and_white_text_is_not_read()
    {
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();
        page.Text(Left, 100, "看得见的文字。", Size);
        page.Text(Left, 130, "扫描件的识别层", Size, invisible: true);
        page.Text(Left, 160, "白色的文字", Size, white: true);

        Texts(Read(pdf)).Should().Equal("看得见的文字。");
    }

    [Fact]
    public void Wrapped_lines_form_one_paragraph_and_an_indent_starts_the_next()
    {
        var first = new string('甲', 60) + "。";
        var second = new string('乙', 20) + "。";
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();
        var baseline = Paragraph(page, 100, first);
        Paragraph(page, baseline, second);

        var paragraphs = Read(pdf).Blocks.OfType<ParagraphBlock>().ToList();

        paragraphs.Select(p => p.Text).Should().Equal(first, second);
        paragraphs.Select(p => p.Location.ToCompactString()).Should().Equal("pg1l1", "pg1l3");
    }

    [Fact]
    public void A_paragraph_running_over_a_page_break_is_one_paragraph_and_page_numbers_are_dropped()
    {
        var text = new string('丙', 70) + "。";
        var pdf = new DrawnPdf();
        var one = pdf.AddPage();
        one.Text(Left + 24, 700, "一、总体情况", Size);
        Paragraph(one, 740, text[..35]);
        one.Text(290, 810, "- 1 -", 10);
        var two = pdf.AddPage();
        two.Text(290, 40, "2", 10);
        two.Text(Left, 100, text[35..], Size);
        two.Text(Left + 24, 120, "二、下一步安排", Size);

        var paragraphs = Read(pdf).Blocks.OfType<ParagraphBlock>().ToList();

        paragraphs.Select(p => (p.Text, p.Location.ToCompactString())).Should().Equal(
            ("一、总体情况", "pg1l1"), (text, "pg1l2"), ("二、下一步安排", "pg2l3"));
    }

    [Fact]
    public void A_wrapped_centred_title_is_one_paragraph_and_a_right_aligned_signature_two()
    {
        var pdf = new DrawnPdf { Title = "兰溪镇人民政府2018年政府信息公开工作年度报告" };
        var page = pdf.AddPage();
        page.Text(88.5, 80, "兰溪镇人民政府2018年政府信息公开工作年", 22, fakeBold: true);
        page.Text(264.5, 110, "度报告", 22, fakeBold: true);
        Paragraph(page, 150, new string('丁', 80) + "。");
        page.Text(Right - 84, 260, "兰溪镇人民政府", Size);
        page.Text(Right - 84, 280, "2019年1月15日", Size);

        var document = Read(pdf);

        document.Title.Should().Be("兰溪镇人民政府2018年政府信息公开工作年度报告");
        Texts(document).Should().Equal("兰溪镇人民政府2018年政府信息公开工作年度报告", new string('丁', 80) + "。", "兰溪镇人民政府", "2019年1月15日");
    }

    [Fact]
    public void Locations_name_the_page_and_line_in_both_languages()
    {
        var location = SourceLocation.AtPageLine(4, 12);

        (location.Format(Language.Chinese), location.Format(Language.English), location.ToCompactString())
            .Should().Be(("第4页第12行", "page 4, line 12", "pg4l12"));
        var cell = new SourceLocation { Page = 9, Line = 3, Table = 1, Row = 5, Cell = 3 };
        (cell.Format(Language.Chinese), cell.Format(Language.English), cell.ToCompactString())
            .Should().Be(("第9页 表1 第5行 第3列", "page 9, table 1, row 5, cell 3", "t1r5c3"));
    }
}
