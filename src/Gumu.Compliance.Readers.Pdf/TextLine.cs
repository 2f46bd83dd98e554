namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// Letters that share a baseline, left to right, with the fake-bold duplicates removed. A page's
/// lines are numbered from 1 top to bottom; that number is the "line" of a location. The letters
/// themselves are not kept (a long document holds every line until its paragraphs are built):
/// only the text, the geometry and, for a line split by wide gaps, its columns.
/// </summary>
internal sealed class TextLine
{
    /// <summary>A gap inside a line wider than this many font sizes separates the columns of a table without rulings.</summary>
    public const double ColumnGap = 2.0;

    public TextLine(int page, int number, IReadOnlyList<Glyph> glyphs)
    {
        Page = page;
        Number = number;
        Columns = SplitColumns(glyphs);
        Left = glyphs[0].Left;
        double right = double.MinValue, baseline = 0, size = 0;
        var bold = true;
        for (var i = 0; i < glyphs.Count; i++)
        {
            var g = glyphs[i];
            right = Math.Max(right, g.Right);
            baseline += g.Baseline;
            size = Math.Max(size, g.Size);
            bold &= g.Bold || string.IsNullOrWhiteSpace(g.Value);
        }

        Right = right;
        Baseline = baseline / glyphs.Count;
        Size = size;
        IsBold = bold;
        Text = TextJoin.Line(glyphs);
    }

    public int Page { get; }

    /// <summary>1-based line number on the page.</summary>
    public int Number { get; }

    /// <summary>The line's columns (left edge and text) when wide gaps split it into two or more; empty otherwise.</summary>
    public IReadOnlyList<(double Left, string Text)> Columns { get; }

    public double Left { get; }

    public double Right { get; }

    public double Baseline { get; }

    public double Size { get; }

    public double Top => Baseline - (0.8 * Size);

    public bool IsBold { get; }

    public string Text { get; }

    private static List<(double Left, string Text)> SplitColumns(IReadOnlyList<Glyph> glyphs)
    {
        List<int>? starts = null;
        var previous = -1;
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(glyphs[i].Value))
            {
                continue;
            }

            if (previous >= 0 && glyphs[i].Left - glyphs[previous].Right > ColumnGap * Math.Max(glyphs[i].Size, glyphs[previous].Size))
            {
                starts ??= [FirstVisible(glyphs)];
                starts.Add(i);
            }

            previous = i;
        }

        if (starts is null)
        {
            return [];
        }

        var columns = new List<(double Left, string Text)>(starts.Count);
        for (var c = 0; c < starts.Count; c++)
        {
            var end = c + 1 < starts.Count ? starts[c + 1] : glyphs.Count;
            var part = new List<Glyph>(end - starts[c]);
            for (var i = starts[c]; i < end; i++)
            {
                part.Add(glyphs[i]);
            }

            columns.Add((glyphs[starts[c]].Left, TextJoin.Line(part).Trim()));
        }

        return columns;
    }

    private static int FirstVisible(IReadOnlyList<Glyph> glyphs)
    {
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(glyphs[i].Value))
            {
                return i;
            }
        }

        return 0;
    }
}

/// <summary>Groups a page's letters into lines.</summary>
internal static class LineBuilder
{
    /// <summary>
    /// Clusters letters by baseline (within a quarter of the font size), sorts each line left to
    /// right and drops a letter drawn again on top of the same letter: producers without a bold
    /// face fake it by drawing each letter twice, slightly offset, and it must count once (and
    /// make the letter bold).
    /// </summary>
    public static List<List<Glyph>> Group(IReadOnlyList<Glyph> glyphs, CancellationToken cancellationToken)
    {
        // Sorted through key arrays of doubles, lines cut as ranges of one array: this runs for
        // every letter of every page, and sorting the letters (large structs) through a comparison
        // delegate into growing lists cost as much as PdfPig's parsing of the page.
        var keys = new double[glyphs.Count];
        var sorted = new Glyph[glyphs.Count];
        var count = 0;
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (glyphs[i].Size > 0)
            {
                keys[count] = glyphs[i].Baseline;
                sorted[count++] = glyphs[i];
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        SortBy(keys, sorted, 0, count);
        var lines = new List<List<Glyph>>();
        var start = 0;
        var baseline = 0.0;
        var size = 0.0;
        for (var k = 0; k <= count; k++)
        {
            if (k == count || (k > start && sorted[k].Baseline - baseline > 0.25 * Math.Max(size, sorted[k].Size)))
            {
                if (k > start)
                {
                    lines.Add(WithoutOverprint(sorted, keys, start, k - start));
                }

                if (k == count)
                {
                    break;
                }

                start = k;
            }

            if (k == start)
            {
                baseline = sorted[k].Baseline;
                size = sorted[k].Size;
            }

            size = Math.Max(size, sorted[k].Size);
        }

        return lines;
    }

    /// <summary>
    /// Sorts a range of letters by their keys. Most producers draw text in reading order, so the
    /// range is usually sorted already and is left as it is; otherwise small indices are sorted,
    /// not the letters themselves.
    /// </summary>
    private static void SortBy(double[] keys, Glyph[] letters, int start, int length)
    {
        var sorted = true;
        for (var i = start + 1; i < start + length && sorted; i++)
        {
            sorted = keys[i - 1] <= keys[i];
        }

        if (sorted)
        {
            return;
        }

        var order = new int[length];
        var orderKeys = new double[length];
        for (var i = 0; i < length; i++)
        {
            order[i] = start + i;
            orderKeys[i] = keys[start + i];
        }

        Array.Sort(orderKeys, order);
        var copy = new Glyph[length];
        for (var i = 0; i < length; i++)
        {
            copy[i] = letters[order[i]];
        }

        copy.CopyTo(letters, start);
        orderKeys.CopyTo(keys, start);
    }

    /// <summary>
    /// Sorts <paramref name="letters"/>[start..start+length) left to right (using <paramref name="keys"/>
    /// as scratch) and keeps one letter where the same letter is drawn twice at (almost) the same place.
    /// </summary>
    private static List<Glyph> WithoutOverprint(Glyph[] letters, double[] keys, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            keys[i] = letters[i].Left;
        }

        SortBy(keys, letters, start, length);
        var kept = new List<Glyph>(length);
        for (var i = start; i < start + length; i++)
        {
            var g = letters[i];
            var duplicate = -1;
            for (var k = kept.Count - 1; k >= 0 && k >= kept.Count - 4; k--)
            {
                var o = kept[k];
                var tolerance = 0.15 * Math.Max(o.Size, g.Size);
                if (o.Value == g.Value && Math.Abs(o.Left - g.Left) <= tolerance && Math.Abs(o.Baseline - g.Baseline) <= tolerance)
                {
                    duplicate = k;
                    break;
                }
            }

            if (duplicate >= 0)
            {
                kept[duplicate] = kept[duplicate] with { Bold = true, Right = Math.Max(kept[duplicate].Right, g.Right) };
            }
            else
            {
                kept.Add(g);
            }
        }

        return kept;
    }
}
