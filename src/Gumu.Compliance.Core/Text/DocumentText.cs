using System.Runtime.CompilerServices;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Sections;

namespace Gumu.Compliance.Text;

/// <summary>
/// The matching keys of one document's text, computed once per document and shared by every
/// rule set the selector tries and every check: a paragraph's key and its heading number, a table
/// cell's key and label core. Safe to use from several threads (a key computed twice is the same).
/// </summary>
internal sealed class DocumentText
{
    /// <summary>Heading matching looks at the start of a paragraph only, so long paragraphs stay linear.</summary>
    public const int TitleWindow = 120;

    private static readonly ConditionalWeakTable<ReportDocument, DocumentText> Cache = [];

    private readonly ReportDocument _document;
    private readonly string?[] _keys;
    private readonly HeadingText?[] _headings;
    private readonly Dictionary<TableCell, CellText> _cells = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _cellsLock = new();

    private DocumentText(ReportDocument document)
    {
        _document = document;
        _keys = new string?[document.Blocks.Count];
        _headings = new HeadingText?[document.Blocks.Count];
    }

    /// <summary>The keys of a document (built on first use, kept as long as the document lives).</summary>
    public static DocumentText Of(ReportDocument document) => Cache.GetValue(document, static d => new DocumentText(d));

    /// <summary>The matching key (<see cref="TextNormalizer.Key"/>) of the paragraph at a block index, or "" for another block.</summary>
    public string KeyOf(int blockIndex) =>
        _keys[blockIndex] ??= _document.Blocks[blockIndex] is ParagraphBlock p ? TextNormalizer.Key(p.Text) : string.Empty;

    /// <summary>The keys of every paragraph, in document order.</summary>
    public IEnumerable<string> ParagraphKeys()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_document.Blocks[i] is ParagraphBlock)
            {
                yield return KeyOf(i);
            }
        }
    }

    /// <summary>The paragraph at a block index split into heading number and title, with the title's key.</summary>
    public HeadingText HeadingOf(int blockIndex)
    {
        if (_headings[blockIndex] is { } known)
        {
            return known;
        }

        var text = _document.Blocks[blockIndex] is ParagraphBlock p ? p.Text : string.Empty;
        var number = HeadingNumber.Parse(text);
        var title = text[number.Length..];
        // The window never ends between the two halves of a character outside the basic plane.
        var cut = TitleWindow - (title.Length > TitleWindow && char.IsHighSurrogate(title[TitleWindow - 1]) ? 1 : 0);
        var window = title.Length <= TitleWindow ? title : title[..cut];
        return _headings[blockIndex] = new HeadingText(number, title, TextNormalizer.Key(window).TrimEnd('.', ':', ';', ','));
    }

    /// <summary>A table cell's key and label core.</summary>
    public CellText CellOf(TableCell cell)
    {
        lock (_cellsLock)
        {
            if (_cells.TryGetValue(cell, out var known))
            {
                return known;
            }
        }

        var text = new CellText(TextNormalizer.Key(cell.Text), TableLabel.Core(cell.Text));
        lock (_cellsLock)
        {
            _cells[cell] = text;
        }

        return text;
    }
}

/// <summary>A paragraph read as a possible heading: its number, the title after it and the key of the title's start.</summary>
/// <param name="Number">The heading number ("一、"), if any.</param>
/// <param name="Title">The text after the number.</param>
/// <param name="TitleKey">The matching key of the title's first <see cref="DocumentText.TitleWindow"/> characters, trailing punctuation trimmed.</param>
internal sealed record HeadingText(HeadingNumber Number, string Title, string TitleKey);

/// <summary>A table cell's matching key and label core (<see cref="TableLabel.Core"/>).</summary>
/// <param name="Key">The cell text's key.</param>
/// <param name="Core">The cell text's label core.</param>
internal sealed record CellText(string Key, string Core);
