using System.IO.Compression;
using System.Text;

namespace Gumu.Compliance.Tests.Hostile;

/// <summary>
/// Writes a DOCX package entry by entry, without the Open XML SDK, so that tests can make what
/// the SDK would refuse to write (dangling or malformed relationships) and stream bodies far
/// larger than memory would like (the zip holds them compressed).
/// </summary>
internal static class RawDocx
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Writes a package whose body is produced by <paramref name="body"/> (inner XML of w:body, UTF-8).</summary>
    /// <param name="output">Where the package goes.</param>
    /// <param name="body">Writes the inner XML of w:body.</param>
    /// <param name="relationships">Extra Relationship elements of the main document part.</param>
    /// <param name="parts">Extra entries (name, content).</param>
    public static void Write(Stream output, Action<Stream> body, string relationships = "", IEnumerable<(string Name, byte[] Content)>? parts = null) =>
        Write(output, body, s => s.Write(Encoding.UTF8.GetBytes(relationships)), parts);

    /// <summary>Writes a package whose main-part relationships are streamed too (for very many).</summary>
    public static void Write(Stream output, Action<Stream> body, Action<Stream> relationships, IEnumerable<(string Name, byte[] Content)>? parts = null)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"htm\" ContentType=\"application/xhtml+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        Add(zip, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        using (var rels = zip.CreateEntry("word/_rels/document.xml.rels").Open())
        {
            rels.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"u8);
            relationships(rels);
            rels.Write("</Relationships>"u8);
        }

        foreach (var (name, content) in parts ?? [])
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(content);
        }

        using var document = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
        document.Write(Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>"));
        body(document);
        document.Write("</w:body></w:document>"u8);
    }

    /// <summary>A package in memory whose body is the given XML.</summary>
    public static byte[] Bytes(string body, string relationships = "", IEnumerable<(string Name, byte[] Content)>? parts = null)
    {
        using var stream = new MemoryStream();
        Write(stream, s => s.Write(Encoding.UTF8.GetBytes(body)), relationships, parts);
        return stream.ToArray();
    }

    /// <summary>Writes the same UTF-8 text <paramref name="count"/> times (streamed, for large bodies).</summary>
    public static Action<Stream> Repeat(string xml, long count) => stream =>
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        for (long i = 0; i < count; i++)
        {
            stream.Write(bytes);
        }
    };

    /// <summary>A relationship element.</summary>
    public static string Relationship(string id, string type, string target, bool external = false) =>
        $"<Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{type}\" Target=\"{System.Security.SecurityElement.Escape(target)}\"{(external ? " TargetMode=\"External\"" : string.Empty)}/>";

    /// <summary>A paragraph with one run of text.</summary>
    public static string P(string text) => $"<w:p><w:r><w:t>{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    /// <summary>An inline picture whose blip refers to <paramref name="relationshipId"/> by r:embed or r:link.</summary>
    public static string Picture(string relationshipId, string attribute = "r:link", string description = "统计表") =>
        "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"1\" cy=\"1\"/><wp:docPr id=\"1\" name=\"图片 1\" descr=\"" + description + "\"/>"
        + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"p\"/><pic:cNvPicPr/></pic:nvPicPr>"
        + $"<pic:blipFill><a:blip {attribute}=\"{relationshipId}\"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
