namespace Gumu.Compliance.Readers.Html;

/// <summary>
/// Maps a character index in the decoded page to a 1-based line and column (UTF-16 code units).
/// Line breaks are LF, CR LF and a lone CR. AngleSharp's own line/column are 16-bit and wrap past
/// 65,535, so locations are computed here from the parser's character index.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly int _length;

    /// <summary>Builds the line-start table of <paramref name="text"/>.</summary>
    public LineMap(string text)
    {
        _length = text.Length;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (ch == '\n' || (ch == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>Number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line and column of a 0-based character index (clamped to the text).</summary>
    public (int Line, int Column) Locate(int index)
    {
        index = Math.Clamp(index, 0, _length);
        var i = Array.BinarySearch(_lineStarts, index);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return (i + 1, index - _lineStarts[i] + 1);
    }
}
