using System.Text;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers.Html;

namespace Gumu.Compliance.Tests.Readers.Html;

/// <summary>Builders for test pages (all text is invented for fictional townships) and read helpers.</summary>
internal static class HtmlPages
{
    public const string ReportTitle = "青石镇2018年政府信息公开工作年度报告";

    private static readonly HtmlReportReader Reader = new();

    static HtmlPages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb2312 => Encoding.GetEncoding("gb2312");

    public static Encoding Gbk => Encoding.GetEncoding(936);

    public static ReportDocument Read(string html, ReaderLimits? limits = null) =>
        Read(Encoding.UTF8.GetBytes(html), limits);

    public static ReportDocument Read(byte[] bytes, ReaderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(bytes);
        return Reader.Read(stream, limits ?? ReaderLimits.Default, cancellationToken);
    }

    public static ReportReadException ReadFailure(string html, ReaderLimits? limits = null) =>
        ReadFailure(Encoding.UTF8.GetBytes(html), limits);

    public static ReportReadException ReadFailure(byte[] bytes, ReaderLimits? limits = null)
    {
        var act = () => Read(bytes, limits);
        return act.Should().Throw<ReportReadException>().Which;
    }

    public static IReadOnlyList<string> Texts(this ReportDocument document) =>
        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

    public static ParagraphBlock Paragraph(this ReportDocument document, string startsWith) =>
        document.Blocks.OfType<ParagraphBlock>().Single(p => p.Text.StartsWith(startsWith, StringComparison.Ordinal));

    public static string Property(this ReportReadException exception, string name) =>
        Convert.ToString(exception.Properties.Single(p => p.Key == name).Value, System.Globalization.CultureInfo.InvariantCulture)!;

    /// <summary>A minimal page: head with a title, the given body.</summary>
    public static string Page(string body, string title = "青石镇政府信息公开", string head = "") =>
        $"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n";

    /// <summary>The body of a short fictional report in portal markup (paragraphs, spans, a bold heading).</summary>
    public const string ReportBody =
        "<p>按照《政府信息公开条例》规定，现公布青石镇2018年政府信息公开工作年度报告。本报告所列数据统计期限自2018年1月1日起至2018年12月31日止。</p>\n"
        + "<p><strong><span>一、</span><span>总体公开情况说明</span></strong></p>\n"
        + "<p>2018年，青石镇坚持以公开为常态，围绕镇村两级重点工作，通过镇政府公开栏、村务公开栏和县政府门户网站及时发布各类信息。</p>\n"
        + "<p><strong>二、主动公开政府信息情况</strong></p>\n"
        + "<p>全年在县政府门户网站主动公开政府信息46条，其中规范性文件2件，通过镇村公开栏公开信息120余条。</p>\n"
        + "<p><strong>三、政府信息依申请公开工作详细情况</strong></p>\n"
        + "<p>2018年青石镇未收到政府信息公开申请，未发生因政府信息公开引起的行政复议和行政诉讼。</p>";

    /// <summary>
    /// A portal article page around <paramref name="content"/>: site header and navigation,
    /// breadcrumbs, title, metadata line, font-size switch, share buttons, related links, footer,
    /// scripts and styles.
    /// </summary>
    public static string PortalPage(
        string content,
        string title = ReportTitle,
        string metadataLine = "信息来源：青石镇人民政府 发布日期：2019年01月14日 作者：李晓禾 点击：",
        string titleTag = ReportTitle + "-山岚县人民政府") =>
        $$"""
        <!DOCTYPE html>
        <html>
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <title>{{titleTag}}</title>
        <style>.main { width: 1000px; } .content p { text-indent: 2em; }</style>
        <script>var siteName = "山岚县人民政府"; document.write("脚本写入的文字");</script>
        </head>
        <body>
        <div class="top"><img src="/images/logo.png" alt="山岚县人民政府"><span>山岚县人民政府门户网站</span></div>
        <nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav>
        <div class="main">
        <div class="left">
        <h3>相关信息</h3>
        <ul>
        <li><a href="/a/1.html">山岚县召开春耕生产工作会议</a></li>
        <li><a href="/a/2.html">兰溪乡开展防汛应急演练</a></li>
        <li><a href="/a/3.html">山岚县公布第一批惠民事项清单</a></li>
        </ul>
        </div>
        <div class="right">
        <div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年度报告</div>
        <div class="article">
        <h1 class="article-title">{{title}}</h1>
        <div class="info">{{metadataLine}}<span class="font">[字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</span></div>
        <div class="content" id="zoom">
        {{content}}
        </div>
        <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
        </div>
        </div>
        </div>
        <footer><p>版权所有：山岚县人民政府办公室 主办单位：山岚县人民政府 网站标识码：0000000000 滇ICP备00000000号</p></footer>
        <script>console.log("统计代码");</script>
        </body>
        </html>
        """;
}
