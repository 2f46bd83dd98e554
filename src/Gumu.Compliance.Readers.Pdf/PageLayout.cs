namespace Gumu.Compliance.Readers.Pdf;

/// <summary>One page after analysis: its tables (cells filled) and the text lines outside them, both in reading order.</summary>
internal sealed class PageLayout
{
    private PageLayout(int number, double height, List<RuledTable> tables, List<TextLine> lines)
    {
        Number = number;
        Height = height;
        Tables = tables;
        Lines = lines;
    }

    public int Number { get; }

    public double Height { get; }

    public List<RuledTable> Tables { get; }

    /// <summary>Text outside tables: each line keeps the number of the page line it is part of.</summary>
    public List<TextLine> Lines { get; }

    /// <summary>
    /// Numbers the page's lines top to bottom (table text included, so a number is what a person
    /// counts on the printed page), gives the letters inside a table to its cells and keeps the
    /// rest as the page's text lines.
    /// </summary>
    public static PageLayout Analyse(PageContent page, CancellationToken cancellationToken)
    {
        var tables = TableFinder.Find(page, cancellationToken);
        var lines = new List<TextLine>();
        var number = 0;
        foreach (var glyphs in LineBuilder.Group(page.Glyphs, cancellationToken))
        {
            if (glyphs.TrueForAll(g => string.IsNullOrWhiteSpace(g.Value)))
            {
                continue;
            }

            number++;
            if (tables.Count == 0)
            {
                lines.Add(new TextLine(page.Number, number, glyphs));
                continue;
            }

            var outside = new List<Glyph>(glyphs.Count);
            foreach (var g in glyphs)
            {
                var table = TableAt(tables, g);
                if (table is null)
                {
                    outside.Add(g);
                }
                else
                {
                    Place(table, g, page.Number, number);
                }
            }

            if (outside.Exists(g => !string.IsNullOrWhiteSpace(g.Value)))
            {
                lines.Add(new TextLine(page.Number, number, outside));
            }
        }

        foreach (var table in tables)
        {
            foreach (var cell in table.Cells)
            {
                FillText(cell, cancellationToken);
            }
        }

        return new PageLayout(page.Number, page.Height, tables, lines);
    }

    private static RuledTable? TableAt(List<RuledTable> tables, Glyph g)
    {
        foreach (var table in tables)
        {
            if (table.Contains(g))
            {
                return table;
            }
        }

        return null;
    }

    private static void Place(RuledTable table, Glyph g, int page, int line)
    {
        var row = Band(table.Rows, g.CenterY);
        var column = Band(table.Columns, g.CenterX);
        var cell = table.Cells.Find(c => row >= c.Row0 && row < c.Row1 && column >= c.Column0 && column < c.Column1);
        if (cell is null)
        {
            return;
        }

        cell.Glyphs.Add(g);
        if (cell.Start is null && !string.IsNullOrWhiteSpace(g.Value))
        {
            cell.Start = (page, line);
        }
    }

    private static int Band(double[] boundaries, double position)
    {
        for (var i = 0; i + 1 < boundaries.Length; i++)
        {
            if (position < boundaries[i + 1])
            {
                return i;
            }
        }

        return boundaries.Length - 2;
    }

    /// <summary>A cell's lines joined without a break: a label wrapped inside its cell (商业企 / 业) reads as one word.</summary>
    private static void FillText(TableSlotCell cell, CancellationToken cancellationToken)
    {
        if (cell.Glyphs.Count == 0)
        {
            return;
        }

        var text = new System.Text.StringBuilder();
        TextLine? last = null;
        foreach (var glyphs in LineBuilder.Group(cell.Glyphs, cancellationToken))
        {
            if (glyphs.TrueForAll(g => string.IsNullOrWhiteSpace(g.Value)))
            {
                continue;
            }

            last = new TextLine(0, 0, glyphs);
            TextJoin.AppendLine(text, last.Text.Trim());
        }

        cell.Text = Collapse(text.ToString());
        cell.WrapsToEdge = last is not null && cell.Right - last.Right <= (1.2 * last.Size) + 3;
    }

    public static string Collapse(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
