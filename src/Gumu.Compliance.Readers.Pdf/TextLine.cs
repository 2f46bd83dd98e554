namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// Letters that share a baseline, left to right, with the fake-bold duplicates removed. A page's
/// lines are numbered from 1 top to bottom; that number is the "line" of a location.
/// </summary>
internal sealed class TextLine
{
    public TextLine(int page, int number, IReadOnlyList<Glyph> glyphs)
    {
        Page = page;
        Number = number;
        Glyphs = glyphs;
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

    public IReadOnlyList<Glyph> Glyphs { get; }

    public double Left { get; }

    public double Right { get; }

    public double Baseline { get; }

    public double Size { get; }

    public double Top => Baseline - (0.8 * Size);

    public bool IsBold { get; }

    public string Text { get; }
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
    public static List<List<Glyph>> Group(IEnumerable<Glyph> glyphs, CancellationToken cancellationToken)
    {
        // Array.Sort with a comparison, not LINQ ordering: this runs for every letter of every page.
        var sorted = new List<Glyph>(glyphs is IReadOnlyCollection<Glyph> c ? c.Count : 0);
        foreach (var g in glyphs)
        {
            if (g.Size > 0)
            {
                sorted.Add(g);
            }
        }

        sorted.Sort(static (a, b) => a.Baseline != b.Baseline ? a.Baseline.CompareTo(b.Baseline) : a.Left.CompareTo(b.Left));
        var lines = new List<List<Glyph>>();
        List<Glyph>? current = null;
        var baseline = 0.0;
        var size = 0.0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var g = sorted[i];
            if (current is null || g.Baseline - baseline > 0.25 * Math.Max(size, g.Size))
            {
                current = [];
                lines.Add(current);
                baseline = g.Baseline;
                size = g.Size;
            }

            current.Add(g);
            size = Math.Max(size, g.Size);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = WithoutOverprint(lines[i]);
        }

        return lines;
    }

    /// <summary>Left to right, one letter where the same letter is drawn twice at (almost) the same place.</summary>
    public static List<Glyph> WithoutOverprint(List<Glyph> line)
    {
        line.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        var kept = new List<Glyph>(line.Count);
        foreach (var g in line)
        {
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
