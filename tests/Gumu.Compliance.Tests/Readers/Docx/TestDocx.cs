using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers.Docx;

namespace Gumu.Compliance.Tests.Readers.Docx;

/// <summary>
/// Builds small DOCX packages in memory with the Open XML SDK. Parts are written from
/// WordprocessingML snippets so a test shows exactly the markup it is about.
/// </summary>
internal sealed class TestDocx
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        + "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    private readonly List<(string Id, string Uri)> _hyperlinks = [];
    private readonly List<string> _images = [];
    private readonly List<string> _spreadsheets = [];

    /// <summary>Inner XML of w:body.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Inner XML of w:numbering; no numbering part when null.</summary>
    public string? Numbering { get; init; }

    /// <summary>Inner XML of w:styles; no styles part when null.</summary>
    public string? Styles { get; init; }

    public string? Title { get; init; }

    public string? Creator { get; init; }

    public DateTime? Created { get; init; }

    /// <summary>Raw document.xml replacing the one built from <see cref="Body"/>.</summary>
    public string? DocumentXml { get; init; }

    public TestDocx WithHyperlink(string id, string uri)
    {
        _hyperlinks.Add((id, uri));
        return this;
    }

    public TestDocx WithImage(string id)
    {
        _images.Add(id);
        return this;
    }

    public TestDocx WithSpreadsheet(string id)
    {
        _spreadsheets.Add(id);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, DocumentXml ?? $"<w:document {Namespaces}><w:body>{Body}</w:body></w:document>");
            if (Numbering is not null)
            {
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{Numbering}</w:numbering>");
            }

            if (Styles is not null)
            {
                Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{Styles}</w:styles>");
            }

            foreach (var (id, uri) in _hyperlinks)
            {
                main.AddHyperlinkRelationship(new Uri(uri, UriKind.RelativeOrAbsolute), true, id);
            }

            foreach (var id in _images)
            {
                var image = main.AddNewPart<ImagePart>("image/png", id);
                using var data = new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
                image.FeedData(data);
            }

            foreach (var id in _spreadsheets)
            {
                var package = main.AddNewPart<EmbeddedPackagePart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", id);
                using var data = new MemoryStream([0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
                package.FeedData(data);
            }

            if (Title is not null)
            {
                document.PackageProperties.Title = Title;
            }

            if (Creator is not null)
            {
                document.PackageProperties.Creator = Creator;
            }

            if (Created is not null)
            {
                document.PackageProperties.Created = Created;
            }
        }

        return stream.ToArray();
    }

    public ReportDocument Read(ReaderLimits? limits = null, CancellationToken cancellationToken = default) =>
        ReadBytes(ToBytes(), limits, cancellationToken);

    public static ReportDocument ReadBytes(byte[] bytes, ReaderLimits? limits = null, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return new DocxReportReader().Read(stream, limits ?? ReaderLimits.Default, cancellationToken);
    }

    /// <summary>A paragraph with one run; <paramref name="pPr"/> is the inner XML of w:pPr.</summary>
    public static string P(string text, string? pPr = null) =>
        $"<w:p>{(pPr is null ? string.Empty : $"<w:pPr>{pPr}</w:pPr>")}{R(text)}</w:p>";

    /// <summary>A run; <paramref name="rPr"/> is the inner XML of w:rPr.</summary>
    public static string R(string text, string? rPr = null) =>
        $"<w:r>{(rPr is null ? string.Empty : $"<w:rPr>{rPr}</w:rPr>")}<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>w:numPr inner XML for w:pPr.</summary>
    public static string Num(int numId, int ilvl = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");

    /// <summary>A w:lvl element.</summary>
    public static string Lvl(int ilvl, string numFmt, string lvlText, int start = 1, string extra = "") =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{numFmt}\"/>{extra}<w:lvlText w:val=\"{lvlText}\"/></w:lvl>");

    /// <summary>A w:abstractNum with the given levels.</summary>
    public static string AbstractNum(int id, params string[] levels) =>
        string.Create(CultureInfo.InvariantCulture, $"<w:abstractNum w:abstractNumId=\"{id}\">{string.Concat(levels)}</w:abstractNum>");

    /// <summary>A w:num; <paramref name="overrides"/> is inner XML (w:lvlOverride elements).</summary>
    public static string NumInstance(int numId, int abstractNumId, string overrides = "") =>
        string.Create(CultureInfo.InvariantCulture, $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractNumId}\"/>{overrides}</w:num>");

    /// <summary>A table; each row is the inner XML of w:tr.</summary>
    public static string Table(params string[] rows) =>
        $"<w:tbl><w:tblPr/>{string.Concat(rows.Select(r => $"<w:tr>{r}</w:tr>"))}</w:tbl>";

    /// <summary>A cell with one paragraph per text; <paramref name="tcPr"/> is inner XML of w:tcPr.</summary>
    public static string Cell(string? tcPr, params string[] texts) =>
        $"<w:tc>{(tcPr is null ? string.Empty : $"<w:tcPr>{tcPr}</w:tcPr>")}{(texts.Length == 0 ? "<w:p/>" : string.Concat(texts.Select(t => P(t))))}</w:tc>";

    /// <summary>The paragraph blocks' texts in order.</summary>
    public static IReadOnlyList<string> Texts(ReportDocument document) =>
        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}
