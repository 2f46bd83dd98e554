using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// Reads a Word (.docx) report into a <see cref="ReportDocument"/>, showing the text as Word
/// displays it. Stateless and thread-safe; writes nothing, fetches nothing.
/// </summary>
/// <remarks>
/// <para>
/// Body: paragraphs and tables in reading order, including content controls (w:sdt), smart tags,
/// custom XML, hyperlinks and tracked insertions; tracked deletions (w:del, w:delText, w:moveFrom),
/// field codes (w:instrText, and everything between a field's begin and separate) and hidden
/// text (w:vanish) are left out, field results kept. w:tab, w:br and w:cr read as a space; white
/// space is collapsed and trimmed. Headers, footers, footnotes, comments and the text of text
/// boxes are not read.
/// </para>
/// <para>
/// Automatic numbering is rendered from numbering.xml the way Word shows it: numbering set on the
/// paragraph or inherited from its style chain, counters shared by all lists of one abstract
/// numbering, restarts by startOverride and lvlRestart, the level formats Chinese documents use
/// (一、 (一) ① 甲 1. 1.1 …). The label appears both in <see cref="ParagraphBlock.ListLabel"/> and
/// at the start of <see cref="ParagraphBlock.Text"/>: the label, then one space when the level's
/// suffix is a tab or space and the label does not end in 、 . ) or similar, then the text. Since
/// Word renumbers, numbers are continuous even where a section was deleted.
/// </para>
/// <para>
/// Locations: <see cref="ParagraphBlock"/> locations are <see cref="SourceLocation.AtParagraph"/>
/// with the 1-based index of the w:p among the body's paragraphs outside tables, in reading order
/// (paragraphs inside block content controls count). Every such w:p counts, including empty ones,
/// which produce no block, so the numbers stay those of the file's paragraph marks. Paragraphs in
/// table cells are not counted; their text forms the cell text (non-empty paragraphs joined with a
/// space) and they are located by <see cref="SourceLocation.AtCell"/>. Tables are numbered from 1
/// in reading order, a table before the tables nested in it; a nested table is its own
/// <see cref="TableBlock"/> right after its parent (and the blocks of the parent's other cells)
/// and its text is not part of the parent cell's text. Images and attachments take the location
/// of their paragraph or cell and follow that paragraph's block (or the table's).
/// </para>
/// <para>
/// Images: w:drawing with a picture or chart (alternative text from wp:docPr descr, else title,
/// else name) and w:pict/v:imagedata. Attachments: embedded or linked OLE objects (w:object) and
/// hyperlinks, including HYPERLINK fields, whose target ends in .xls, .xlsx, .et, .doc, .docx,
/// .wps, .pdf, .zip, .rar, .7z or .ofd; targets are reported as written, never fetched.
/// </para>
/// <para>
/// Metadata: the core properties title (<see cref="ReportDocument.Title"/>, null when empty),
/// creator (<see cref="DocumentMetadata.Author"/>) and created date
/// (<see cref="DocumentMetadata.Created"/>). The first body paragraph stays in the body.
/// </para>
/// <para>
/// The file is read entirely in memory: <see cref="PackageSnapshot"/> copies the parts read into a
/// small package of its own (nothing is written to disk, not even a temporary file). Linked
/// pictures and other external targets are reported as written and never fetched; a
/// relationship to a part that is not in the package is ignored; alternative-format chunks
/// (w:altChunk: HTML, RTF or MHT pasted as a whole) are skipped.
/// </para>
/// <para>
/// Failures: over a <see cref="ReaderLimits"/> limit (file size, declared uncompressed size,
/// characters in a part, elements, element nesting, text run, paragraph length, table cells) →
/// GM0004, checked while the part streams in, before any tree is built; not a zip, truncated, not
/// a Word package or malformed XML → GM0001 "corrupt-package". Cancellation throws
/// <see cref="OperationCanceledException"/>.
/// </para>
/// </remarks>
public sealed class DocxReportReader : IReportReader
{
    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public ReportDocument Read(Stream content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        cancellationToken.ThrowIfCancellationRequested();

        using var snapshot = PackageSnapshot.Create(content, limits, cancellationToken);
        try
        {
            // Opened from a Package, not a stream: the SDK then makes no temporary copy of the file.
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxCharactersInPart, AutoSave = false };
            using var package = Package.Open(snapshot, FileMode.Open, FileAccess.Read);
            using var document = WordprocessingDocument.Open(package, settings);
            var main = document.MainDocumentPart ?? throw PackageGuard.CorruptPackage("The package has no main document part.");
            var body = main.Document?.Body ?? throw PackageGuard.CorruptPackage("The main document part has no body.");
            var styles = StyleSheet.Load(main.StyleDefinitionsPart?.Styles);
            var numbering = ListNumbering.Load(main.NumberingDefinitionsPart?.Numbering, styles);
            var blocks = new BodyReader(styles, numbering, RelationshipTargets(main), limits, cancellationToken).Read(body);
            var (title, metadata) = ReadProperties(document);
            return new ReportDocument { Format = Format, Title = title, Metadata = metadata, Blocks = blocks };
        }
        catch (Exception ex) when (IsPackageFailure(ex))
        {
            throw PackageGuard.CorruptPackage("The DOCX package cannot be opened: " + ex.Message, ex);
        }
    }

    /// <summary>Failures of the SDK, System.IO.Packaging or the XML parser on a malformed package.</summary>
    private static bool IsPackageFailure(Exception ex) =>
        ex is OpenXmlPackageException or XmlException or InvalidDataException or IOException
            or FormatException or InvalidOperationException or NotSupportedException or ArgumentException
            || ex is KeyNotFoundException;

    /// <summary>Relationship id → target as written: part URIs inside the package, URLs outside.</summary>
    private static Dictionary<string, string> RelationshipTargets(MainDocumentPart main)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in main.Parts)
        {
            targets.TryAdd(pair.RelationshipId, pair.OpenXmlPart.Uri.OriginalString);
        }

        foreach (var relationship in main.DataPartReferenceRelationships)
        {
            targets.TryAdd(relationship.Id, relationship.DataPart.Uri.OriginalString);
        }

        foreach (var relationship in main.HyperlinkRelationships)
        {
            targets.TryAdd(relationship.Id, relationship.Uri.OriginalString);
        }

        foreach (var relationship in main.ExternalRelationships)
        {
            targets.TryAdd(relationship.Id, relationship.Uri.OriginalString);
        }

        return targets;
    }

    /// <summary>Core properties; a malformed core-properties part loses the metadata, not the report.</summary>
    private static (string? Title, DocumentMetadata Metadata) ReadProperties(WordprocessingDocument document)
    {
        try
        {
            var properties = document.PackageProperties;
            var title = WordXml.Collapse(properties.Title ?? string.Empty);
            var author = WordXml.Collapse(properties.Creator ?? string.Empty);
            DateTimeOffset? created = properties.Created is DateTime c
                ? (c.Kind == DateTimeKind.Local ? new DateTimeOffset(c) : new DateTimeOffset(DateTime.SpecifyKind(c, DateTimeKind.Utc)))
                : null;
            return (
                title.Length == 0 ? null : title,
                new DocumentMetadata { Author = author.Length == 0 ? null : author, Created = created });
        }
        catch (Exception ex) when (IsPackageFailure(ex))
        {
            return (null, DocumentMetadata.Empty);
        }
    }
}
