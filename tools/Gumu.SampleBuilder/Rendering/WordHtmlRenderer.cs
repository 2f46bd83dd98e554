using System.Globalization;
using System.Text;
using Gumu.SampleBuilder.Content;
using Gumu.SampleBuilder.Model;
using static Gumu.SampleBuilder.Rendering.TextSegments;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>
/// Renders a report as Word 2013+ "Save as Web Page" would: Office namespaces, conditional
/// comments, MsoNormal paragraphs, list numbers inside <c>&lt;![if !supportLists]&gt;</c>, Latin
/// runs in <c>lang=EN-US</c> spans, the table as an MsoNormalTable. GB2312 like the portal pages.
/// </summary>
internal static class WordHtmlRenderer
{
    private const string BodyFont = "font-size:16.0pt;font-family:仿宋_GB2312";

    private const string BodyParagraph = "text-indent:32.0pt;mso-char-indent-count:2.0;line-height:\r\n28.0pt;mso-line-height-rule:exactly";

    // Grid columns of the statistics table, in pixels (Word writes width= in px and style width in pt).
    private static readonly int[] Columns = [54, 336, 70, 130];

    // Width of a national form's table, in pixels, shared by its grid columns by weight.
    private const int FormTableWidth = 590;

    public static byte[] Render(AnnualReport report, string what)
    {
        ArgumentNullException.ThrowIfNull(report);
        var page = new HtmlPage();
        WriteHead(page, report, what);
        page.Line("<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>");
        page.Line(string.Empty);
        page.Line("<div class=WordSection1 style='layout-grid:15.6pt'>");
        page.Line(string.Empty);
        page.Line("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;\r\nmso-line-height-rule:exactly'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>"
            + Runs(report.Title) + "<span lang=EN-US><o:p></o:p></span></span></b></p>");
        page.Line(string.Empty);
        page.Line("<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US\r\nstyle='font-size:16.0pt'><o:p>&nbsp;</o:p></span></p>");
        page.Line(string.Empty);
        foreach (var paragraph in report.Intro)
        {
            WriteParagraph(page, paragraph);
        }

        foreach (var section in report.Sections)
        {
            WriteHeading(page, section);
            foreach (var block in section.Body)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        WriteParagraph(page, paragraph);
                        break;
                    case SubHeading sub:
                        page.Line($"<p class=MsoNormal style='{BodyParagraph}'><b><span style='font-size:16.0pt;\r\nfont-family:楷体_GB2312'>{Runs(sub.Text)}<span lang=EN-US><o:p></o:p></span></span></b></p>");
                        page.Line(string.Empty);
                        break;
                    case StatisticsTableBlock table:
                        WriteTable(page, table.Table);
                        break;
                    case FormTableBlock form:
                        WriteFormTable(page, FormLayout.Of(form.Table));
                        break;
                    default:
                        throw new NotSupportedException($"{what}: Word HTML has no rendering for {block.GetType().Name}.");
                }
            }
        }

        foreach (var line in report.Signature)
        {
            page.Line($"<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt;\r\nmso-line-height-rule:exactly'><span style='{BodyFont}'>{Runs(line)}<span\r\nlang=EN-US><o:p></o:p></span></span></p>");
            page.Line(string.Empty);
        }

        page.Line("</div>");
        page.Line(string.Empty);
        page.Line("</body>");
        page.Line(string.Empty);
        page.Line("</html>");
        return Gb2312.Encode(page.ToString(), what);
    }

    private static void WriteHead(HtmlPage page, AnnualReport report, string what)
    {
        var m = report.Metadata;
        page.Line("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"");
        page.Line("xmlns:o=\"urn:schemas-microsoft-com:office:office\"");
        page.Line("xmlns:w=\"urn:schemas-microsoft-com:office:word\"");
        page.Line("xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"");
        page.Line("xmlns=\"http://www.w3.org/TR/REC-html40\">");
        page.Line(string.Empty);
        page.Line("<head>");
        page.Line("<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">");
        page.Line("<meta name=ProgId content=Word.Document>");
        page.Line("<meta name=Generator content=\"Microsoft Word 15\">");
        page.Line("<meta name=Originator content=\"Microsoft Word 15\">");
        page.Line($"<link rel=File-List href=\"{Html(Path.GetFileNameWithoutExtension(what))}.files/filelist.xml\">");
        page.Line($"<title>{Html(report.Title)}</title>");
        page.Line("<!--[if gte mso 9]><xml>");
        page.Line(" <o:DocumentProperties>");
        page.Line($"  <o:Author>{Html(m.Author)}</o:Author>");
        page.Line($"  <o:LastAuthor>{Html(m.Author)}</o:LastAuthor>");
        page.Line("  <o:Revision>3</o:Revision>");
        page.Line("  <o:TotalTime>41</o:TotalTime>");
        page.Line($"  <o:Created>{Utc(m.CreatedUtc)}</o:Created>");
        page.Line($"  <o:LastSaved>{Utc(m.ModifiedUtc)}</o:LastSaved>");
        page.Line("  <o:Pages>7</o:Pages>");
        page.Line("  <o:Company>Microsoft</o:Company>");
        page.Line("  <o:Version>16.00</o:Version>");
        page.Line(" </o:DocumentProperties>");
        page.Line("</xml><![endif]-->");
        page.Line("<!--[if gte mso 9]><xml>");
        page.Line(" <w:WordDocument>");
        page.Line("  <w:SpellingState>Clean</w:SpellingState>");
        page.Line("  <w:GrammarState>Clean</w:GrammarState>");
        page.Line("  <w:PunctuationKerning/>");
        page.Line("  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>");
        page.Line("  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>");
        page.Line("  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>");
        page.Line("  <w:ValidateAgainstSchemas/>");
        page.Line("  <w:Compatibility>");
        page.Line("   <w:SpaceForUL/>");
        page.Line("   <w:BalanceSingleByteDoubleByteWidth/>");
        page.Line("   <w:DoNotLeaveBackslashAlone/>");
        page.Line("   <w:UseFELayout/>");
        page.Line("  </w:Compatibility>");
        page.Line("  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>");
        page.Line(" </w:WordDocument>");
        page.Line("</xml><![endif]-->");
        page.Line("<style>");
        page.Line("<!--");
        page.Line(" /* Font Definitions */");
        page.Line(" @font-face");
        page.Line("\t{font-family:宋体;");
        page.Line("\tpanose-1:2 1 6 0 3 1 1 1 1 1;");
        page.Line("\tmso-font-alt:SimSun;");
        page.Line("\tmso-font-charset:134;");
        page.Line("\tmso-generic-font-family:auto;");
        page.Line("\tmso-font-pitch:variable;}");
        page.Line(" @font-face");
        page.Line("\t{font-family:黑体;");
        page.Line("\tpanose-1:2 1 6 9 6 1 1 1 1 1;");
        page.Line("\tmso-font-alt:SimHei;");
        page.Line("\tmso-font-charset:134;");
        page.Line("\tmso-generic-font-family:modern;");
        page.Line("\tmso-font-pitch:fixed;}");
        page.Line(" @font-face");
        page.Line("\t{font-family:仿宋_GB2312;");
        page.Line("\tmso-font-charset:134;");
        page.Line("\tmso-generic-font-family:modern;");
        page.Line("\tmso-font-pitch:fixed;}");
        page.Line(" /* Style Definitions */");
        page.Line(" p.MsoNormal, li.MsoNormal, div.MsoNormal");
        page.Line("\t{mso-style-unhide:no;");
        page.Line("\tmso-style-qformat:yes;");
        page.Line("\tmso-style-parent:\"\";");
        page.Line("\tmargin:0cm;");
        page.Line("\tmargin-bottom:.0001pt;");
        page.Line("\ttext-align:justify;");
        page.Line("\ttext-justify:inter-ideograph;");
        page.Line("\tmso-pagination:none;");
        page.Line("\tfont-size:10.5pt;");
        page.Line("\tmso-bidi-font-size:11.0pt;");
        page.Line("\tfont-family:\"Calibri\",sans-serif;");
        page.Line("\tmso-fareast-font-family:宋体;");
        page.Line("\tmso-font-kerning:1.0pt;}");
        page.Line("p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph");
        page.Line("\t{mso-style-priority:34;");
        page.Line("\tmso-style-qformat:yes;");
        page.Line("\tmargin:0cm;");
        page.Line("\tmargin-bottom:.0001pt;");
        page.Line("\ttext-align:justify;");
        page.Line("\ttext-justify:inter-ideograph;");
        page.Line("\ttext-indent:21.0pt;");
        page.Line("\tmso-char-indent-count:2.0;");
        page.Line("\tfont-size:10.5pt;");
        page.Line("\tfont-family:\"Calibri\",sans-serif;");
        page.Line("\tmso-fareast-font-family:宋体;}");
        page.Line(" /* Page Definitions */");
        page.Line("@page WordSection1");
        page.Line("\t{size:595.3pt 841.9pt;");
        page.Line("\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;");
        page.Line("\tmso-header-margin:42.55pt;");
        page.Line("\tmso-footer-margin:49.6pt;");
        page.Line("\tmso-paper-source:0;");
        page.Line("\tlayout-grid:15.6pt;}");
        page.Line("div.WordSection1");
        page.Line("\t{page:WordSection1;}");
        page.Line(" /* List Definitions */");
        page.Line(" @list l0");
        page.Line("\t{mso-list-id:1187519201;");
        page.Line("\tmso-list-type:hybrid;");
        page.Line("\tmso-list-template-ids:1633416712 67698705 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}");
        page.Line("@list l0:level1");
        page.Line("\t{mso-level-number-format:chinese-counting;");
        page.Line("\tmso-level-style-link:SectionHeading;");
        page.Line("\tmso-level-text:%1、;");
        page.Line("\tmso-level-tab-stop:none;");
        page.Line("\tmso-level-number-position:left;");
        page.Line("\tmargin-left:0cm;");
        page.Line("\ttext-indent:32.0pt;}");
        page.Line("ol");
        page.Line("\t{margin-bottom:0cm;}");
        page.Line("ul");
        page.Line("\t{margin-bottom:0cm;}");
        page.Line("-->");
        page.Line("</style>");
        page.Line("<!--[if gte mso 10]>");
        page.Line("<style>");
        page.Line(" /* Style Definitions */");
        page.Line(" table.MsoNormalTable");
        page.Line("\t{mso-style-name:普通表格;");
        page.Line("\tmso-tstyle-rowband-size:0;");
        page.Line("\tmso-tstyle-colband-size:0;");
        page.Line("\tmso-style-noshow:yes;");
        page.Line("\tmso-style-priority:99;");
        page.Line("\tmso-style-parent:\"\";");
        page.Line("\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;");
        page.Line("\tmso-para-margin:0cm;");
        page.Line("\tmso-para-margin-bottom:.0001pt;");
        page.Line("\tmso-pagination:widow-orphan;");
        page.Line("\tfont-size:10.5pt;");
        page.Line("\tmso-bidi-font-size:11.0pt;");
        page.Line("\tfont-family:\"Calibri\",sans-serif;");
        page.Line("\tmso-ascii-font-family:Calibri;");
        page.Line("\tmso-fareast-font-family:宋体;");
        page.Line("\tmso-font-kerning:1.0pt;}");
        page.Line("</style>");
        page.Line("<![endif]--><!--[if gte mso 9]><xml>");
        page.Line(" <o:shapedefaults v:ext=\"edit\" spidmax=\"1026\"/>");
        page.Line("</xml><![endif]--><!--[if gte mso 9]><xml>");
        page.Line(" <o:shapelayout v:ext=\"edit\">");
        page.Line("  <o:idmap v:ext=\"edit\" data=\"1\"/>");
        page.Line(" </o:shapelayout></xml><![endif]-->");
        page.Line("</head>");
        page.Line(string.Empty);
    }

    private static void WriteParagraph(HtmlPage page, Paragraph paragraph)
    {
        var lead = paragraph.Lead is null
            ? string.Empty
            : $"<b><span style='font-size:16.0pt;font-family:楷体_GB2312'>{Runs(paragraph.Lead)}</span></b>";
        page.Line($"<p class=MsoNormal style='{BodyParagraph}'>{lead}<span\r\nstyle='{BodyFont}'>{Runs(paragraph.Text)}<span lang=EN-US><o:p></o:p></span></span></p>");
        page.Line(string.Empty);
    }

    /// <summary>
    /// A heading numbered by Word's list l0: the number is not part of the text but sits in the
    /// <c>supportLists</c> block that browsers show and Word regenerates on opening.
    /// </summary>
    private static void WriteHeading(HtmlPage page, ReportSection section)
    {
        var number = ChineseNumerals.Format(section.Number) + "、";
        page.Line("<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:\r\n2.0;line-height:28.0pt;mso-line-height-rule:exactly;mso-list:l0 level1 lfo1'><![if !supportLists]><span\r\n"
            + $"style='font-size:16.0pt;font-family:黑体;mso-bidi-font-family:黑体'><span style='mso-list:Ignore'>{number}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;</span></span></span><![endif]><span\r\n"
            + $"style='font-size:16.0pt;font-family:黑体'>{Runs(section.Title)}<span lang=EN-US><o:p></o:p></span></span></p>");
        page.Line(string.Empty);
    }

    private static void WriteTable(HtmlPage page, StatisticsTable table)
    {
        var rows = new List<string[]>
        {
            new[] { Cell(StatisticsTemplate.HeaderLabel, 0, colspan: 2), Cell(StatisticsTemplate.HeaderUnit, 2), Cell(StatisticsTemplate.HeaderValue, 3) },
        };
        foreach (var line in StatisticsTemplate.Lines)
        {
            var cells = new List<string>();
            if (StatisticsTemplate.IsInGroup(line.Number))
            {
                if (line.Number == StatisticsTemplate.GroupFirst)
                {
                    cells.Add(Cell(StatisticsTemplate.GroupLabel, 0, rowspan: StatisticsTemplate.GroupLast - StatisticsTemplate.GroupFirst + 1));
                }

                cells.Add(Cell(line.Label, 1, left: true));
            }
            else
            {
                cells.Add(Cell(line.Label, 0, colspan: 2, left: true));
            }

            cells.Add(Cell(line.Unit, 2));
            cells.Add(Cell(line.IsHeader ? StatisticsTemplate.NotApplicable : table.Text(line.Number), 3));
            rows.Add([.. cells]);
        }

        WriteTableRows(page, rows, Columns);
    }

    /// <summary>The MsoNormalTable around rows of cells, with the zero-height row Word adds to fix the grid.</summary>
    private static void WriteTableRows(HtmlPage page, List<string[]> rows, IReadOnlyList<int> columns)
    {
        var totalPx = columns.Sum();
        page.Line("<div align=center>");
        page.Line(string.Empty);
        page.Line($"<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width={totalPx}");
        page.Line($" style='width:{Pt(totalPx)};border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;");
        page.Line(" mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>");
        for (var i = 0; i < rows.Count; i++)
        {
            var flags = i == 0 ? ";mso-yfti-firstrow:yes" : i == rows.Count - 1 ? ";mso-yfti-lastrow:yes" : string.Empty;
            page.Line($" <tr style='mso-yfti-irow:{i.ToString(CultureInfo.InvariantCulture)}{flags};height:18.0pt'>");
            foreach (var cell in rows[i])
            {
                page.Line(cell);
            }

            page.Line(" </tr>");
        }

        page.Line(" <![if !supportMisalignedColumns]>");
        page.Line(" <tr height=0>");
        foreach (var width in columns)
        {
            page.Line($"  <td width={width.ToString(CultureInfo.InvariantCulture)} style='border:none'></td>");
        }

        page.Line(" </tr>");
        page.Line(" <![endif]>");
        page.Line("</table>");
        page.Line(string.Empty);
        page.Line("</div>");
        page.Line(string.Empty);
    }

    /// <summary>A national form's table as Word saves it: the same MsoNormalTable, merged cells as rowspan/colspan, headers bold.</summary>
    private static void WriteFormTable(HtmlPage page, TableLayout layout)
    {
        var widths = layout.Widths(FormTableWidth);
        var rows = Enumerable.Range(0, layout.RowCount)
            .Select(r => layout.CellsStartingIn(r)
                .Select(c => SizedCell(c.Text, TableLayout.Width(c, widths), c.ColumnSpan, c.RowSpan, left: c.Role == LayoutRole.Label, bold: c.Role is LayoutRole.Header or LayoutRole.Title))
                .ToArray())
            .ToList();
        WriteTableRows(page, rows, widths);
    }

    private static string Cell(string text, int column, int colspan = 1, int rowspan = 1, bool left = false) =>
        SizedCell(text, Columns.Skip(column).Take(colspan).Sum(), colspan, rowspan, left, bold: false);

    private static string SizedCell(string text, int widthPx, int colspan, int rowspan, bool left, bool bold)
    {
        var span = (colspan > 1 ? $" colspan={colspan.ToString(CultureInfo.InvariantCulture)}" : string.Empty)
            + (rowspan > 1 ? $" rowspan={rowspan.ToString(CultureInfo.InvariantCulture)}" : string.Empty);
        var align = left ? string.Empty : " align=center style='text-align:center'";
        return new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"  <td width={widthPx}{span} valign=center style='width:{Pt(widthPx)};border:solid windowtext 1.0pt;\r\n")
            .Append("  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:18.0pt'>\r\n")
            .Append(CultureInfo.InvariantCulture, $"  <p class=MsoNormal{align}>{(bold ? "<b>" : string.Empty)}<span style='font-family:宋体'>{Runs(text)}<span\r\n")
            .Append(CultureInfo.InvariantCulture, $"  lang=EN-US><o:p></o:p></span></span>{(bold ? "</b>" : string.Empty)}</p>\r\n")
            .Append("  </td>")
            .ToString();
    }

    /// <summary>Text with every Latin/digit run in a span of its own, as Word writes it.</summary>
    private static string Runs(string text) => string.Concat(ByScript(text).Select(s =>
        s.IsAscii ? $"<span lang=EN-US>{Html(s.Text)}</span>" : Html(s.Text)));

    private static string Pt(int px) => (px * 0.75m).ToString("0.0", CultureInfo.InvariantCulture) + "pt";

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
