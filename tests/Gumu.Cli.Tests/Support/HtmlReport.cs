using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Gumu.Compliance.Reporting;
using Gumu.Compliance;

namespace Gumu.Cli.Tests.Support;

/// <summary>Renders results with <see cref="HtmlReportWriter"/> and parses markup the way a browser would.</summary>
internal static class HtmlReport
{
    public const string ToolVersion = "0.1.0-test";

    public static byte[] RenderBytes(IReadOnlyList<FileCheckResult> results, Language language = Language.Chinese, string toolVersion = ToolVersion)
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(stream, results, new ReportWriterOptions { ToolVersion = toolVersion, Language = language });
        return stream.ToArray();
    }

    public static string Render(IReadOnlyList<FileCheckResult> results, Language language = Language.Chinese, string toolVersion = ToolVersion) =>
        Encoding.UTF8.GetString(RenderBytes(results, language, toolVersion));

    /// <summary>Parses with AngleSharp, an HTML5-spec parser: the tree a browser builds, without running scripts.</summary>
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The file rows (one tbody per file) in document order.</summary>
    public static IReadOnlyList<IElement> FileBodies(IDocument document) =>
        document.QuerySelectorAll("table#files > tbody").ToList();

    /// <summary>The file path shown in a file's row.</summary>
    public static string PathOf(IElement body) => body.QuerySelector("tr.file > td.path")!.TextContent;

    /// <summary>The 1-based input position shown in a file's row.</summary>
    public static int IndexOf(IElement body) => int.Parse(body.QuerySelector("tr.file > td:nth-child(2)")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Asserts the parsed page holds only the elements and attributes the writer itself makes:
    /// one script, no element that loads anything, no event handler, no link, no URL attribute.
    /// </summary>
    public static void ShouldHaveOnlyWriterMarkup(IDocument document)
    {
        var all = document.QuerySelectorAll("*").ToList();
        all.Select(e => e.LocalName).Distinct().Should().BeSubsetOf(AllowedElements, "only the writer's own elements may exist");
        all.SelectMany(e => e.Attributes.Select(a => a.Name)).Distinct().Should().BeSubsetOf(AllowedAttributes, "only the writer's own attributes may exist");
        document.QuerySelectorAll("script").Should().HaveCount(1);
        document.QuerySelectorAll("style").Should().HaveCount(1);
    }

    private static readonly string[] AllowedElements =
    [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "dl", "div", "dt", "dd", "main",
        "input", "select", "option", "button", "span", "table", "thead", "tbody", "tr", "th", "td", "code",
        "blockquote", "script", "h2", "section", "svg", "g", "rect", "text", "tfoot",
    ];

    private static readonly string[] AllowedAttributes =
    [
        "lang", "charset", "http-equiv", "content", "name", "class", "id", "type", "autocomplete", "placeholder",
        "aria-label", "aria-expanded", "aria-controls", "aria-live", "aria-sort", "value", "data-template", "data-key",
        "data-type", "data-first", "data-status", "data-sort", "data-label", "title", "colspan", "hidden",
        "data-ready", "selected", "data-open", "role", "viewBox", "x", "y", "width", "height", "text-anchor",
    ];
}
