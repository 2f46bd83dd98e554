using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Html.HtmlPages;
using static Gumu.Compliance.Tests.Readers.Html.PortalPageTests;

namespace Gumu.Compliance.Tests.Readers.Html;

/// <summary>A report saved from Word as "Web Page" (markup modelled on Word 2013+ output, text invented).</summary>
public sealed class WordExportTests
{
    private const string WordPage = """
        <html xmlns:v="urn:schemas-microsoft-com:vml"
        xmlns:o="urn:schemas-microsoft-com:office:office"
        xmlns:w="urn:schemas-microsoft-com:office:word"
        xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
        xmlns="http://www.w3.org/TR/REC-html40">

        <head>
        <meta http-equiv=Content-Type content="text/html; charset=gb2312">
        <meta name=ProgId content=Word.Document>
        <meta name=Generator content="Microsoft Word 15">
        <meta name=Originator content="Microsoft Word 15">
        <link rel=File-List href="兰溪乡年报.files/filelist.xml">
        <title>兰溪乡文档</title>
        <!--[if gte mso 9]><xml>
         <o:DocumentProperties>
          <o:Author>兰溪乡党政办</o:Author>
          <o:Pages>3</o:Pages>
         </o:DocumentProperties>
        </xml><![endif]-->
        <style>
        <!--
         @font-face
        	{font-family:宋体;
        	panose-1:2 1 6 0 3 1 1 1 1 1;}
        p.MsoNormal, li.MsoNormal, div.MsoNormal
        	{margin:0cm;
        	text-align:justify;
        	font-size:10.5pt;}
        @list l0:level1
        	{mso-level-number-format:chinese-counting;
        	mso-level-text:%1、;}
        -->
        </style>
        </head>

        <body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

        <div class=WordSection1 style='layout-grid:15.6pt'>

        <p class=MsoNormal align=center style='text-align:center'><b><span
        style='font-size:22.0pt;font-family:方正小标宋简体'>兰溪乡<span lang=EN-US>2018</span>年政府信息公开工作年度报告<span
        lang=EN-US><o:p></o:p></span></span></b></p>

        <p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;
        font-family:仿宋_GB2312'>本报告按照《政府信息公开条例》编制，所列数据的统计期限自<span
        lang=EN-US>2018</span>年<span lang=EN-US>1</span>月<span lang=EN-US>1</span>日起至<span lang=EN-US>2018</span>年<span
        lang=EN-US>12</span>月<span lang=EN-US>31</span>日止，报告电子版可在县政府门户网站下
        载。<span lang=EN-US><o:p></o:p></span></span></p>

        <p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;
        mso-list:l0 level1 lfo1'><![if !supportLists]><b><span lang=EN-US
        style='font-size:16.0pt;font-family:黑体'><span style='mso-list:Ignore'>一、<span
        style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span></b><![endif]><b
        style='mso-bidi-font-weight:normal'><span style='font-size:16.0pt;font-family:
        黑体'>总体公开情况说明<span lang=EN-US><o:p></o:p></span></span></b></p>

        <p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;
        font-family:仿宋_GB2312'>兰溪乡把政务公开纳入年度目标考核，明确一名副乡长分管。<span
        lang=EN-US><o:p></o:p></span></span></p>

        <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>

        <p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;
        mso-list:l0 level1 lfo1'><![if !supportLists]><b><span lang=EN-US
        style='font-size:16.0pt;font-family:黑体'><span style='mso-list:Ignore'>二、<span
        style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span></b><![endif]><b
        style='mso-bidi-font-weight:normal'><span style='font-size:16.0pt;font-family:
        黑体'>主动公开政府信息情况<span lang=EN-US><o:p></o:p></span></span></b></p>

        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
         style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
         <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
          <td width=284 valign=top style='width:213.0pt;border:solid windowtext 1.0pt'>
          <p class=MsoNormal><span style='font-family:宋体'>主动公开政府信息数<span
          lang=EN-US><o:p></o:p></span></span></p>
          </td>
          <td width=284 valign=top style='width:213.0pt;border:solid windowtext 1.0pt'>
          <p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>38<o:p></o:p></span></p>
          </td>
         </tr>
         <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
          <td width=284 valign=top style='width:213.0pt;border:solid windowtext 1.0pt'>
          <p class=MsoNormal><span style='font-family:宋体'>收到申请数<span
          lang=EN-US><o:p></o:p></span></span></p>
          </td>
          <td width=284 valign=top style='width:213.0pt;border:solid windowtext 1.0pt'>
          <p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>0<o:p></o:p></span></p>
          </td>
         </tr>
        </table>

        <p class=MsoNormal><![if !vml]><img width=553 height=356
        src="兰溪乡年报.files/image001.png" v:shapes="图片_x0020_1"><![endif]></p>

        </div>

        </body>

        </html>
        """;

    private static ReportDocument ReadWordPage() => Read(Gb2312.GetBytes(WordPage));

    [Fact]
    public void The_title_is_the_first_paragraph()
    {
        var document = ReadWordPage();

        document.Title.Should().Be("兰溪乡2018年政府信息公开工作年度报告");
        document.TitleLocation!.ToCompactString().Should().Be(LocationOf(WordPage, "<p class=MsoNormal align=center style='text-align:center'><b>"));
        document.Texts().Should().NotContain("兰溪乡2018年政府信息公开工作年度报告");
    }

    [Fact]
    public void List_numbers_from_mso_list_start_the_paragraph_text()
    {
        var document = ReadWordPage();

        var first = document.Paragraph("一、");
        first.Text.Should().Be("一、总体公开情况说明");
        first.ListLabel.Should().Be("一、");
        document.Paragraph("二、").Text.Should().Be("二、主动公开政府信息情况");
    }

    [Fact]
    public void Bold_with_mso_bidi_font_weight_normal_is_still_bold()
    {
        var document = ReadWordPage();

        document.Paragraph("一、").IsBold.Should().BeTrue();
        document.Paragraph("兰溪乡把").IsBold.Should().BeFalse();
    }

    [Fact]
    public void Body_reads_in_order_without_word_markup()
    {
        var document = ReadWordPage();

        document.Blocks.Select(b => b switch
        {
            ParagraphBlock p => p.Text,
            TableBlock t => "table " + t.Number,
            ImageBlock i => "image " + i.Source,
            _ => "?",
        }).Should().Equal(
            "本报告按照《政府信息公开条例》编制，所列数据的统计期限自2018年1月1日起至2018年12月31日止，报告电子版可在县政府门户网站下载。",
            "一、总体公开情况说明",
            "兰溪乡把政务公开纳入年度目标考核，明确一名副乡长分管。",
            "二、主动公开政府信息情况",
            "table 1",
            "image 兰溪乡年报.files/image001.png");
    }

    [Fact]
    public void Word_tables_resolve_with_cell_paragraph_text()
    {
        var table = ReadWordPage().Blocks.OfType<TableBlock>().Single();

        table.Grid.RowCount.Should().Be(2);
        table.Grid.Row(0).Select(c => c.Text).Should().Equal("主动公开政府信息数", "38");
        table.Grid.Row(1).Select(c => c.Text).Should().Equal("收到申请数", "0");
    }

    [Fact]
    public void Word_pages_have_no_portal_metadata()
    {
        ReadWordPage().Metadata.Should().Be(DocumentMetadata.Empty);
    }
}
