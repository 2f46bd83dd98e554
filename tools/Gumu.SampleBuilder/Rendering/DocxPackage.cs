using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Gumu.SampleBuilder.Model;
using static Gumu.SampleBuilder.Rendering.TextSegments;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>
/// Writes a WordprocessingML package byte for byte the same on every run: fixed part order, fixed
/// relationship ids, and the 1980-01-01 entry timestamps Word itself writes. (The Open XML SDK's
/// own package writer stamps the current time and random relationship ids.)
/// </summary>
internal static class DocxPackage
{
    private const string RelationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The parts' XML (each without declaration) and the core properties.</summary>
    public static byte[] Write(string document, string styles, string numbering, string settings, string title, PublicationMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        (string Name, string Xml)[] parts =
        [
            ("[Content_Types].xml", ContentTypes),
            ("_rels/.rels", Relationships(
                ("rId1", RelationshipBase + "officeDocument", "word/document.xml"),
                ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                ("rId3", RelationshipBase + "extended-properties", "docProps/app.xml"))),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", Relationships(
                ("rId1", RelationshipBase + "styles", "styles.xml"),
                ("rId2", RelationshipBase + "settings", "settings.xml"),
                ("rId3", RelationshipBase + "numbering", "numbering.xml"))),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/settings.xml", settings),
            ("docProps/core.xml", CoreProperties(title, metadata)),
            ("docProps/app.xml", AppProperties),
        ];

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var content = entry.Open();
                content.Write(Utf8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n" + xml));
            }
        }

        return stream.ToArray();
    }

    /// <summary>Opens the package with the Open XML SDK and fails on any schema validation error.</summary>
    public static void Validate(byte[] package, string what)
    {
        using var stream = new MemoryStream(package, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{what} does not validate:\n" + string.Join('\n', errors));
        }
    }

    private const string ContentTypes =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        + "</Types>";

    private const string AppProperties =
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        + "<Template>Normal.dotm</Template><TotalTime>41</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        + "<ScaleCrop>false</ScaleCrop><Company>Microsoft</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        + "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>";

    private static string Relationships(params (string Id, string Type, string Target)[] relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    private static string CoreProperties(string title, PublicationMetadata m) =>
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        + "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        + $"<dc:title>{Html(title)}</dc:title><dc:creator>{Html(m.Author)}</dc:creator><cp:lastModifiedBy>{Html(m.Author)}</cp:lastModifiedBy><cp:revision>3</cp:revision>"
        + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{W3c(m.CreatedUtc)}</dcterms:created>"
        + $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{W3c(m.ModifiedUtc)}</dcterms:modified>"
        + "</cp:coreProperties>";

    private static string W3c(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
