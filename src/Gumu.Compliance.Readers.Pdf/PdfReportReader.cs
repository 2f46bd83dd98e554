using Gumu.Compliance.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// Reads a text-layer PDF report into a <see cref="ReportDocument"/>. Stateless and
/// thread-safe; writes nothing, fetches nothing, runs no other program.
/// </summary>
/// <remarks>
/// <para>
/// Text: the visible horizontal letters of each page (invisible text such as a scan's OCR layer,
/// and white text, are not read) are grouped into lines by baseline and read left to right; a
/// letter drawn twice on top of itself (fake bold) counts once and makes the letter bold. Chinese
/// is joined without spaces; between Latin letters and digits a visible gap is a space. Lines
/// form paragraphs: a line goes on with the paragraph above when it has the same size, follows
/// at the usual distance (or at the top of the next page), the line above runs to the text's
/// right edge and this one starts at the text's left edge (a first-line indent starts a new
/// paragraph) or is centred under a centred line. Running page numbers in the margins are
/// dropped. <see cref="ParagraphBlock.IsBold"/> is set when every letter is bold; PDF carries no
/// heading levels, so headings are recognised from their text as in plain text.
/// </para>
/// <para>
/// Tables: visible ruling lines (stroked segments and rectangles, and filled bars thinner than
/// 2.5 pt; white shapes, wider filled rectangles such as backgrounds behind text lines, and
/// clipping paths are ignored) that touch form a frame; a frame with at least two rows and two
/// columns is a table, its cells the grid slots no ruling separates. Letters belong to the cell
/// their centre is in; a cell's lines are joined like a paragraph's, so a word wrapped inside a
/// narrow cell reads whole. A table that ends a page and one that starts the next page with the
/// same outer edges are one table: header rows repeated at the top are dropped, a row cut by
/// the page break is joined back and a vertically merged cell running over the break stays one
/// cell. Lines laid out in columns without rulings become a table only when every line has the
/// same columns at the same places; otherwise an <see cref="ImageBlock"/> stands where the table
/// is (alternative text "无框线表格"), so the statistics table is reported unreadable (GM1007)
/// rather than read from a guess.
/// </para>
/// <para>
/// Locations: <see cref="SourceLocation.Page"/> and <see cref="SourceLocation.Line"/>, the line
/// counted from the top of the page among all its text lines (table text included); table
/// cells add table, row and cell of the resolved grid. Metadata: the document information
/// title and author; the PDF's creation date is when it was exported, not when the report was
/// written, so it is not read.
/// </para>
/// <para>
/// Failures: over <see cref="ReaderLimits.MaxFileBytes"/>, <see cref="ReaderLimits.MaxPdfPages"/>,
/// <see cref="ReaderLimits.MaxPdfObjects"/>, <see cref="ReaderLimits.MaxTableCells"/> or
/// <see cref="ReaderLimits.MaxParagraphCharacters"/> → GM0004;
/// a password needed to open it → GM0001 "pdf-encrypted"; damaged → GM0001 "pdf-corrupt"; no
/// visible text, or text mostly of private-use or replacement characters (a scan, or fonts
/// without a Unicode mapping) → GM0002 "pdf-scan". Cancellation is checked between pages and
/// inside the analysis and throws <see cref="OperationCanceledException"/>.
/// </para>
/// </remarks>
public sealed class PdfReportReader : IReportReader
{
    /// <summary>Fewer readable letters than this in the whole file, with images drawn, is a scan with a stray caption.</summary>
    private const int MinimumLettersBesideImages = 50;

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public ReportDocument Read(Stream content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        cancellationToken.ThrowIfCancellationRequested();

        var bytes = ReadAll(content, limits);
        var objects = ObjectCount.Count(bytes, limits.MaxPdfObjects);
        if (objects > limits.MaxPdfObjects)
        {
            throw PdfFailures.LimitExceeded(nameof(ReaderLimits.MaxPdfObjects), limits.MaxPdfObjects, $"> {limits.MaxPdfObjects}");
        }

        var pages = new List<PageLayout>();
        string? title = null;
        string? author = null;
        var letters = 0;
        var unreadable = 0;
        var images = 0;
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { ClipPaths = false, SkipMissingFonts = true });
            if (document.NumberOfPages > limits.MaxPdfPages)
            {
                throw PdfFailures.LimitExceeded(nameof(ReaderLimits.MaxPdfPages), limits.MaxPdfPages, document.NumberOfPages);
            }

            title = Clean(document.Information.Title);
            author = Clean(document.Information.Author);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                var extracted = PageExtractor.Extract(page, out var drawn);
                if (drawn > limits.MaxPdfObjects)
                {
                    throw PdfFailures.LimitExceeded(nameof(ReaderLimits.MaxPdfObjects), limits.MaxPdfObjects, drawn);
                }

                images += extracted.Images;
                foreach (var g in extracted.Glyphs)
                {
                    if (!string.IsNullOrWhiteSpace(g.Value))
                    {
                        letters++;
                        if (IsUnreadable(g.Value))
                        {
                            unreadable++;
                        }
                    }
                }

                pages.Add(PageLayout.Analyse(extracted, cancellationToken));
            }
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw PdfFailures.Encrypted(e);
        }
        catch (Exception e) when (e is not (ReportReadException or OperationCanceledException) && IsParserFailure(e))
        {
            throw PdfFailures.Corrupt(e.Message, e);
        }

        var readable = letters - unreadable;
        if (readable == 0 || unreadable * 2 > letters || (images > 0 && readable < MinimumLettersBesideImages))
        {
            throw PdfFailures.Scan(pages.Count, images);
        }

        var blocks = new DocumentBuilder(limits, cancellationToken).Build(pages);
        return new ReportDocument
        {
            Format = Format,
            Title = title,
            Metadata = new DocumentMetadata { Author = author },
            Blocks = blocks,
        };
    }

    /// <summary>Private-use, replacement and control characters: what a font without a Unicode mapping gives.</summary>
    private static bool IsUnreadable(string value)
    {
        foreach (var c in value)
        {
            if (c is >= '\uE000' and <= '\uF8FF' or '\uFFFD' or < ' ' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What PdfPig throws on a damaged or hostile file. Its parser reports malformed input with
    /// several exception types, none of which means a defect of ours that should be hidden.
    /// </summary>
    private static bool IsParserFailure(Exception e) =>
        e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or FormatException
            or IndexOutOfRangeException or InvalidCastException or KeyNotFoundException or NullReferenceException
            or IOException or NotSupportedException or OverflowException or System.IO.InvalidDataException;

    private static string? Clean(string? value)
    {
        var text = PageLayout.Collapse(value ?? string.Empty);
        return text.Length == 0 ? null : text;
    }

    private static byte[] ReadAll(Stream content, ReaderLimits limits)
    {
        if (content.CanSeek && content.Length - content.Position > limits.MaxFileBytes)
        {
            throw PdfFailures.LimitExceeded(nameof(ReaderLimits.MaxFileBytes), limits.MaxFileBytes, content.Length - content.Position);
        }

        // ReportChecker hands over the file's bytes in a publicly visible MemoryStream: read them in
        // place rather than holding a second copy of up to MaxFileBytes.
        if (content is MemoryStream memory && memory.Position == 0 && memory.TryGetBuffer(out var whole)
            && whole.Offset == 0 && whole.Array is { } array && whole.Count == array.Length)
        {
            return array;
        }

        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limits.MaxFileBytes)
            {
                throw PdfFailures.LimitExceeded(nameof(ReaderLimits.MaxFileBytes), limits.MaxFileBytes, $"> {limits.MaxFileBytes}");
            }
        }

        return copy.ToArray();
    }
}
