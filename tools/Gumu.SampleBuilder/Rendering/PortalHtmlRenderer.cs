using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Gumu.SampleBuilder.Content;
using Gumu.SampleBuilder.Model;
using static Gumu.SampleBuilder.Rendering.TextSegments;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>How a portal's editor marked up a section heading.</summary>
internal enum HeadingMarkup
{
    /// <summary><c>&lt;p&gt;&lt;strong&gt;一、…&lt;/strong&gt;&lt;/p&gt;</c></summary>
    StrongParagraph,

    /// <summary>Number and title in separate spans: <c>&lt;p&gt;&lt;span&gt;二、&lt;/span&gt;&lt;span&gt;…&lt;/span&gt;&lt;/p&gt;</c></summary>
    SplitSpans,

    /// <summary><c>&lt;h3&gt;三、…&lt;/h3&gt;</c></summary>
    H3,

    /// <summary>An old editor's font element, indented with ideographic spaces.</summary>
    FontFace,

    /// <summary>A bold div whose number stays outside the title's span.</summary>
    BoldDivSplit,
}

/// <summary>
/// The government whose portal publishes a report: its name in the page's scripts and keywords,
/// its style sheet, the "走进…" menu entry, and the footer (copyright line and ICP record).
/// </summary>
internal sealed record PortalSite(string Name, string Keyword, string StyleSheet, string AboutPath, string AboutMenu, string Office, string InformationCentre, string Telephone, string IcpRecord, string SiteCode)
{
    /// <summary>The portal of 青山市 (Yunnan), which publishes its townships' reports and its own.</summary>
    public static PortalSite Qingshan { get; } = new("青山市人民政府", "青山市", "/images/qs_style.css", "/zjqs/", "走进青山", "青山市人民政府办公室", "青山市信息中心", "0878-6210011", "滇ICP备05006182号", "5323990001");
}

/// <summary>
/// The look of one portal: its CMS, its editor's habits, its neighbours in the column (the div
/// layout links them by publication date), the page's charset (gb2312, or gbk for a newer CMS),
/// the editor the page names below the article, if any, and the site (青山市's unless named).
/// </summary>
internal sealed record PortalStyle(
    ImmutableArray<HeadingMarkup> HeadingCycle,
    bool TableLayout,
    string ArticleId,
    string PreviousTitle,
    string NextTitle,
    DateOnly? PreviousPublished = null,
    DateOnly? NextPublished = null,
    bool Gbk = false,
    string? Editor = null,
    PortalSite? Site = null)
{
    public PortalSite Portal => Site ?? PortalSite.Qingshan;
}

/// <summary>
/// Renders a report as the article page of a municipal government portal: GB2312 (or GBK), navigation,
/// breadcrumb, publication line, font-size switch, scripts, footer around the report body.
/// </summary>
internal static class PortalHtmlRenderer
{
    private const string Indent = "text-indent:2em;line-height:2em;";

    public static byte[] Render(AnnualReport report, PortalStyle style, string what)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(style);
        var page = new HtmlPage();
        if (style.TableLayout)
        {
            WriteTableLayoutPage(page, report, style);
        }
        else
        {
            WriteDivLayoutPage(page, report, style);
        }

        return style.Gbk ? Gb2312.EncodeGbk(page.ToString(), what) : Gb2312.Encode(page.ToString(), what);
    }

    /// <summary>A portal page whose article sits in a div-based layout (a 2018-era CMS).</summary>
    private static void WriteDivLayoutPage(HtmlPage page, AnnualReport report, PortalStyle style)
    {
        var m = report.Metadata;
        var site = style.Portal;
        page.Line("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">");
        page.Line("<html xmlns=\"http://www.w3.org/1999/xhtml\">");
        page.Line("<head>");
        page.Line($"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={Charset(style)}\" />");
        page.Line($"<title>{Html(report.Title)}-{Html(m.Municipality)}</title>");
        page.Line($"<meta name=\"keywords\" content=\"{site.Keyword},政府信息公开,年度报告\" />");
        page.Line($"<meta name=\"description\" content=\"{Html(report.Title)}\" />");
        page.Line($"<link href=\"{site.StyleSheet}\" rel=\"stylesheet\" type=\"text/css\" />");
        page.Line("<script type=\"text/javascript\" src=\"/js/jquery-1.8.3.min.js\"></script>");
        page.Line("<script type=\"text/javascript\">");
        page.Line($"var siteName = \"{site.Name}\";");
        page.Line("function doZoom(size) {");
        page.Line("    document.getElementById(\"zoom\").style.fontSize = size + \"px\";");
        page.Line("}");
        page.Line("function doPrint() { window.print(); }");
        page.Line("</script>");
        page.Line("</head>");
        page.Line("<body>");
        page.Line("<div class=\"top\">");
        page.Line($"  <div class=\"logo\"><a href=\"/\"><img src=\"/images/logo.png\" alt=\"{Html(m.Municipality)}\" /></a><span class=\"site-name\">{Html(m.Municipality)}</span></div>");
        page.Line("  <div class=\"top-links\"><a href=\"javascript:void(0)\" onclick=\"this.style.behavior='url(#default#homepage)';this.setHomePage(location.href);\">设为首页</a> | <a href=\"javascript:void(0)\">加入收藏</a> | <a href=\"/wza/\">无障碍浏览</a></div>");
        page.Line("</div>");
        page.Line("<div class=\"nav\">");
        page.Line("  <ul>");
        foreach (var (href, label) in Navigation(site))
        {
            page.Line($"    <li><a href=\"{href}\">{label}</a></li>");
        }

        page.Line("  </ul>");
        page.Line("</div>");
        page.Line("<div class=\"main\">");
        page.Line("  <div class=\"location\">您当前的位置:<a href=\"/\">首页</a> &gt; <a href=\"/zfxxgk/\">政府信息公开</a> &gt; <a href=\"/zfxxgk/ndbg/\">年度报告</a></div>");
        page.Line("  <div class=\"article\">");
        page.Line($"    <h1 class=\"article-title\">{Html(report.Title)}</h1>");
        page.Line($"    <div class=\"info\">信息来源:{Html(m.Source)}&nbsp;&nbsp;&nbsp;&nbsp;发布日期:{Date(m.Published)}&nbsp;&nbsp;&nbsp;&nbsp;作者:{Html(m.Author)}&nbsp;&nbsp;&nbsp;&nbsp;点击:<span id=\"hits\"></span><script type=\"text/javascript\" src=\"/counter/hits.jsp?id={style.ArticleId}\"></script></div>");
        page.Line("    <div class=\"font-size\">[字体: <a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>] [<a href=\"javascript:doPrint()\">打印本页</a>] [<a href=\"javascript:window.close()\">关闭窗口</a>]</div>");
        page.Line("    <div class=\"content\" id=\"zoom\">");
        WriteBody(page, report, style, ideographicIndent: false);
        page.Line("    </div>");
        if (style.Editor is { } editor)
        {
            page.Line($"    <div class=\"editor\">责任编辑：{Html(editor)}</div>");
        }

        page.Line("    <div class=\"prev-next\">");
        page.Line($"      <p>上一篇：<a href=\"/zfxxgk/ndbg/{ArticlePath(style.PreviousPublished)}_{Previous(style.ArticleId)}.html\">{Html(style.PreviousTitle)}</a></p>");
        page.Line($"      <p>下一篇：<a href=\"/zfxxgk/ndbg/{ArticlePath(style.NextPublished)}_{Next(style.ArticleId)}.html\">{Html(style.NextTitle)}</a></p>");
        page.Line("    </div>");
        page.Line("  </div>");
        page.Line("</div>");
        page.Line("<div class=\"footer\">");
        page.Line("  <p><a href=\"/wzdt/\">网站地图</a> | <a href=\"/lxwm/\">联系我们</a> | <a href=\"/syb/\">使用帮助</a></p>");
        page.Line($"  <p>版权所有：{site.Office}　主办单位：{site.Office}　承办单位：{site.InformationCentre}</p>");
        page.Line($"  <p>{site.IcpRecord}　网站标识码：{site.SiteCode}　建议使用1024×768分辨率浏览</p>");
        page.Line("</div>");
        page.Line("<script type=\"text/javascript\">");
        page.Line("(function () {");
        page.Line("    var stat = document.createElement(\"script\");");
        page.Line("    stat.src = \"/js/stat.js?v=20181205\";");
        page.Line("    var first = document.getElementsByTagName(\"script\")[0];");
        page.Line("    first.parentNode.insertBefore(stat, first);");
        page.Line("})();");
        page.Line("</script>");
        page.Line("</body>");
        page.Line("</html>");
    }

    /// <summary>An older CMS: the whole page, the article included, laid out with nested tables.</summary>
    private static void WriteTableLayoutPage(HtmlPage page, AnnualReport report, PortalStyle style)
    {
        var m = report.Metadata;
        var site = style.Portal;
        page.Line("<html>");
        page.Line("<head>");
        page.Line($"<title>{Html(report.Title)}</title>");
        page.Line($"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={Charset(style)}\">");
        page.Line("<link rel=\"stylesheet\" href=\"/css/main.css\" type=\"text/css\">");
        page.Line("<script language=\"javascript\">");
        page.Line("function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }");
        page.Line("</script>");
        page.Line("</head>");
        page.Line("<body leftmargin=\"0\" topmargin=\"0\" marginwidth=\"0\" marginheight=\"0\">");
        page.Line("<table width=\"1000\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">");
        page.Line($"  <tr><td height=\"120\" background=\"/images/top_bg.jpg\"><span class=\"sitename\">{Html(m.Municipality)}</span></td></tr>");
        page.Line("  <tr><td class=\"nav\" height=\"36\">");
        page.Line("    " + string.Join(" | ", Navigation(site).Select(n => $"<a href=\"{n.Href}\">{n.Label}</a>")));
        page.Line("  </td></tr>");
        page.Line("</table>");
        page.Line("<table width=\"1000\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">");
        page.Line("  <tr><td class=\"weizhi\" height=\"30\">您当前的位置:<a href=\"/\">首页</a> &gt; <a href=\"/zfxxgk/\">政府信息公开</a> &gt; <a href=\"/zfxxgk/ndbg/\">年度报告</a></td></tr>");
        page.Line("</table>");
        page.Line("<table width=\"1000\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" bgcolor=\"#FFFFFF\">");
        page.Line("  <tr>");
        page.Line("    <td valign=\"top\">");
        page.Line("      <table width=\"96%\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">");
        page.Line($"        <tr><td align=\"center\" class=\"biaoti\" height=\"60\"><div id=\"con_title\">{Html(report.Title)}</div></td></tr>");
        page.Line($"        <tr><td align=\"center\" class=\"info\">信息来源:{Html(m.Source)}　发布日期:{Date(m.Published)}　作者:{Html(m.Author)}　点击:<script language=\"javascript\" src=\"/counter/hits.asp?id={style.ArticleId}\"></script></td></tr>");
        page.Line("        <tr><td align=\"right\" class=\"zihao\">[字体: <a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>]</td></tr>");
        page.Line("        <tr><td class=\"content\" id=\"zoom\">");
        WriteBody(page, report, style, ideographicIndent: true);
        page.Line("        </td></tr>");
        page.Line($"        <tr><td class=\"sxp\">上一篇：<a href=\"/news/{Previous(style.ArticleId)}.html\">{Html(style.PreviousTitle)}</a><br>下一篇：<a href=\"/news/{Next(style.ArticleId)}.html\">{Html(style.NextTitle)}</a></td></tr>");
        page.Line("      </table>");
        page.Line("    </td>");
        page.Line("  </tr>");
        page.Line("</table>");
        page.Line("<table width=\"1000\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" class=\"bottom\">");
        page.Line($"  <tr><td align=\"center\">版权所有:{site.Name}&nbsp;&nbsp;主办单位:{site.Office}&nbsp;&nbsp;联系电话:{site.Telephone}<br>{site.IcpRecord}</td></tr>");
        page.Line("</table>");
        page.Line("<script language=\"javascript\" src=\"/js/count.js\"></script>");
        page.Line("</body>");
        page.Line("</html>");
    }

    private static void WriteBody(HtmlPage page, AnnualReport report, PortalStyle style, bool ideographicIndent)
    {
        foreach (var paragraph in report.Intro)
        {
            WriteParagraph(page, paragraph, ideographicIndent);
        }

        for (var i = 0; i < report.Sections.Length; i++)
        {
            var section = report.Sections[i];
            page.Line(Heading(section, style.HeadingCycle[i % style.HeadingCycle.Length]));
            foreach (var block in section.Body)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        WriteParagraph(page, paragraph, ideographicIndent);
                        break;
                    case SubHeading sub:
                        page.Line(ideographicIndent
                            ? $"<p>　　<b>{Html(sub.Text)}</b></p>"
                            : $"<p style=\"{Indent}\"><strong>{Html(sub.Text)}</strong></p>");
                        break;
                    case StatisticsTableBlock table:
                        WriteTable(page, table.Table, cellParagraphs: ideographicIndent);
                        break;
                    case FormTableBlock form:
                        WriteFormTable(page, FormLayout.Of(form.Table), cellParagraphs: ideographicIndent);
                        break;
                    case TableImage image:
                        page.Line($"<p style=\"text-align:center;\"><img src=\"{Html(image.Source)}\" width=\"600\" height=\"848\" border=\"0\" alt=\"\" /></p>");
                        break;
                    case AttachmentLink link:
                        page.Line($"<p style=\"{Indent}\">{Html(link.Label)}<a href=\"{Html(link.Href)}\" target=\"_blank\">{Html(link.FileName)}</a></p>");
                        break;
                    default:
                        throw new NotSupportedException(block.GetType().Name);
                }
            }
        }

        foreach (var line in report.Signature)
        {
            page.Line(ideographicIndent
                ? $"<p align=\"right\">{Html(line)}&nbsp;&nbsp;&nbsp;&nbsp;</p>"
                : $"<p style=\"text-align:right;\">{Html(line)}</p>");
        }
    }

    private static void WriteParagraph(HtmlPage page, Paragraph paragraph, bool ideographicIndent)
    {
        if (ideographicIndent)
        {
            page.Line($"<p>　　{Html(paragraph.FullText)}</p>");
        }
        else if (paragraph.Lead is null)
        {
            page.Line($"<p style=\"{Indent}\">{Html(paragraph.Text)}</p>");
        }
        else
        {
            page.Line($"<p style=\"{Indent}\"><strong>{Html(paragraph.Lead)}</strong>{Html(paragraph.Text)}</p>");
        }
    }

    private static string Heading(ReportSection section, HeadingMarkup markup)
    {
        var number = ChineseNumerals.Format(section.Number) + "、";
        var title = Html(section.Title);
        return markup switch
        {
            HeadingMarkup.StrongParagraph => $"<p style=\"{Indent}\"><strong>{number}{title}</strong></p>",
            HeadingMarkup.SplitSpans => $"<p style=\"{Indent}\"><span style=\"font-family:黑体;\">{number}</span><span style=\"font-family:黑体;\">{title}</span></p>",
            HeadingMarkup.H3 => $"<h3 style=\"{Indent}font-size:16px;\">{number}{title}</h3>",
            HeadingMarkup.FontFace => $"<p>　　<font face=\"黑体\">{number}{title}</font></p>",
            HeadingMarkup.BoldDivSplit => $"<div style=\"text-indent:2em;font-weight:bold;\">{number}<span style=\"font-family:黑体;\">{title}</span></div>",
            _ => throw new ArgumentOutOfRangeException(nameof(markup)),
        };
    }

    /// <summary>
    /// The table as portal editors paste it: four grid columns so that rows 30–35 can share one
    /// "其中：" cell (rowspan); every other label spans the first two columns (colspan).
    /// </summary>
    private static void WriteTable(HtmlPage page, StatisticsTable table, bool cellParagraphs)
    {
        string Cell(string text, string attributes = "") => cellParagraphs
            ? $"<td{attributes}><p align=\"center\"><span style=\"font-size:14px;\">{Html(text)}</span></p></td>"
            : $"<td{attributes}>{Html(text)}</td>";

        page.Line("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"600\" align=\"center\" style=\"border-collapse:collapse;\">");
        page.Line("<tbody>");
        page.Line("<tr>" + Cell(StatisticsTemplate.HeaderLabel, " colspan=\"2\" style=\"text-align:center;\"") + Cell(StatisticsTemplate.HeaderUnit, " width=\"70\" style=\"text-align:center;\"") + Cell(StatisticsTemplate.HeaderValue, " width=\"90\" style=\"text-align:center;\"") + "</tr>");
        foreach (var line in StatisticsTemplate.Lines)
        {
            var value = line.IsHeader ? StatisticsTemplate.NotApplicable : table.Text(line.Number);
            var label = StatisticsTemplate.IsInGroup(line.Number)
                ? (line.Number == StatisticsTemplate.GroupFirst
                    ? Cell(StatisticsTemplate.GroupLabel, $" rowspan=\"{StatisticsTemplate.GroupLast - StatisticsTemplate.GroupFirst + 1}\" width=\"60\"")
                    : string.Empty) + Cell(line.Label)
                : Cell(line.Label, " colspan=\"2\"");
            page.Line("<tr>" + label + Cell(line.Unit, " style=\"text-align:center;\"") + Cell(value, " style=\"text-align:center;\"") + "</tr>");
        }

        page.Line("</tbody>");
        page.Line("</table>");
    }

    /// <summary>
    /// A national form's table as editors paste it from Word: merged cells as rowspan/colspan,
    /// header and title cells bold, labels left-aligned, figures centred.
    /// </summary>
    private static void WriteFormTable(HtmlPage page, TableLayout layout, bool cellParagraphs)
    {
        var widths = layout.Widths(100);
        page.Line("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" align=\"center\" style=\"border-collapse:collapse;\">");
        page.Line("<tbody>");
        for (var r = 0; r < layout.RowCount; r++)
        {
            var cells = layout.CellsStartingIn(r).Select(cell =>
            {
                var spans = (cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)}\"" : string.Empty)
                    + (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan.ToString(CultureInfo.InvariantCulture)}\"" : string.Empty);
                var width = r == 0 ? $" width=\"{TableLayout.Width(cell, widths).ToString(CultureInfo.InvariantCulture)}%\"" : string.Empty;
                var align = cell.Role == LayoutRole.Label ? "left" : "center";
                var text = cell.Role is LayoutRole.Header or LayoutRole.Title && cell.Text.Length > 0 ? $"<strong>{Html(cell.Text)}</strong>" : Html(cell.Text);
                return cellParagraphs
                    ? $"<td{spans}{width}><p align=\"{align}\"><span style=\"font-size:14px;\">{text}</span></p></td>"
                    : $"<td{spans}{width} style=\"text-align:{align};\">{text}</td>";
            });
            page.Line("<tr>" + string.Concat(cells) + "</tr>");
        }

        page.Line("</tbody>");
        page.Line("</table>");
    }

    private static (string Href, string Label)[] Navigation(PortalSite site) =>
    [
        ("/", "首页"),
        (site.AboutPath, site.AboutMenu),
        ("/zfxxgk/", "政务公开"),
        ("/zwfw/", "政务服务"),
        ("/hdjl/", "互动交流"),
        ("/ztzl/", "专题专栏"),
    ];

    private static string Charset(PortalStyle style) => style.Gbk ? "gbk" : "gb2312";

    /// <summary>Where the CMS files an article published on a date: "201901/t20190116".</summary>
    private static string ArticlePath(DateOnly? published) =>
        (published ?? throw new InvalidOperationException("A div-layout portal page links its neighbours by publication date."))
            .ToString("yyyyMM'/t'yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Previous(string articleId) => (int.Parse(articleId, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture);

    private static string Next(string articleId) => (int.Parse(articleId, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
}
