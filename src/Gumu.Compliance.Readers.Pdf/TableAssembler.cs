using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// Turns the parts of one table (one part per page it runs over) into a <see cref="TableGrid"/>
/// shaped like the DOCX and HTML readers' grids: columns are the union of every part's column
/// boundaries, a merged cell's top-left slot is its origin and the slots it covers repeat its
/// text, location and spans. Where a table continues on the next page the repeated header rows
/// are dropped, a row that the page break cut in two is joined back (its label's halves become
/// one text), and a vertically merged cell that runs on over the break stays one cell.
/// </summary>
internal static class TableAssembler
{
    /// <summary>How many leading rows of a continuation may repeat the table's header.</summary>
    private const int MaxHeaderRows = 3;

    public static TableBlock Build(int number, IReadOnlyList<RuledTable> parts, int maxCells)
    {
        var columns = TableFinder.Distinct(parts.SelectMany(p => p.Columns));
        var cells = new List<Cell>();
        var rowCount = 0;
        List<Cell>? first = null;
        foreach (var part in parts)
        {
            var mapped = part.Cells.Select(c => new Cell
            {
                Row0 = c.Row0,
                Row1 = c.Row1,
                Column0 = Nearest(columns, part.Columns[c.Column0]),
                Column1 = Nearest(columns, part.Columns[c.Column1]),
                Text = c.Text,
                Start = c.Start,
                Page = part.Page,
                WrapsToEdge = c.WrapsToEdge,
            }).Where(c => c.Column1 > c.Column0).ToList();
            var partRows = part.RowCount;

            if (first is null)
            {
                first = mapped;
            }
            else
            {
                var header = RepeatedHeaderRows(first, mapped, partRows);
                mapped = mapped.Where(c => c.Row0 >= header).ToList();
                foreach (var c in mapped)
                {
                    c.Row0 -= header;
                    c.Row1 -= header;
                }

                partRows -= header;
            }

            foreach (var c in mapped)
            {
                c.Row0 += rowCount;
                c.Row1 += rowCount;
            }

            if (rowCount > 0 && partRows > 0)
            {
                partRows -= JoinAcrossBreak(cells, mapped, rowCount);
            }

            cells.AddRange(mapped);
            rowCount += Math.Max(0, partRows);
        }

        var columnCount = columns.Length - 1;
        if ((long)rowCount * columnCount > maxCells)
        {
            throw PdfFailures.LimitExceeded(nameof(ReaderLimits.MaxTableCells), maxCells, (long)rowCount * columnCount);
        }

        return ToBlock(number, parts[0], cells, rowCount, columnCount);
    }

    private static TableBlock ToBlock(int number, RuledTable firstPart, List<Cell> cells, int rowCount, int columnCount)
    {
        var grid = new TableCell?[rowCount, columnCount];
        foreach (var c in cells.OrderBy(c => c.Row0).ThenBy(c => c.Column0))
        {
            if (c.Row0 >= rowCount || c.Row1 <= c.Row0)
            {
                continue;
            }

            var row1 = Math.Min(c.Row1, rowCount);
            var location = new SourceLocation
            {
                Page = c.Start?.Page ?? c.Page,
                Line = c.Start?.Line,
                Table = number,
                Row = c.Row0 + 1,
                Cell = c.Column0 + 1,
            };
            var origin = new TableCell { Text = c.Text, Location = location, RowSpan = row1 - c.Row0, ColumnSpan = c.Column1 - c.Column0 };
            var covered = origin with { IsOrigin = false };
            for (var r = c.Row0; r < row1; r++)
            {
                for (var k = c.Column0; k < c.Column1; k++)
                {
                    grid[r, k] ??= r == c.Row0 && k == c.Column0 ? origin : covered;
                }
            }
        }

        var resolved = new TableCell[rowCount, columnCount];
        for (var r = 0; r < rowCount; r++)
        {
            for (var k = 0; k < columnCount; k++)
            {
                resolved[r, k] = grid[r, k] ?? TableCell.Empty(new SourceLocation { Page = firstPart.Page, Table = number, Row = r + 1, Cell = k + 1 });
            }
        }

        var firstLine = cells.Where(c => c.Start is not null && c.Start.Value.Page == firstPart.Page).Select(c => (int?)c.Start!.Value.Line).Min();
        return new TableBlock
        {
            Grid = new TableGrid(resolved),
            Number = number,
            Location = new SourceLocation { Page = firstPart.Page, Line = firstLine, Table = number },
        };
    }

    /// <summary>The number of leading rows of a continuation that repeat the table's first rows word for word.</summary>
    private static int RepeatedHeaderRows(List<Cell> table, List<Cell> part, int partRows)
    {
        for (var k = Math.Min(MaxHeaderRows, partRows - 1); k >= 1; k--)
        {
            if (Rows(table, k) is { } expected && Rows(part, k) is { } actual && expected.SequenceEqual(actual) && expected.Any(s => s.Text.Length > 0))
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>The cells of the first <paramref name="k"/> rows, or null when a cell crosses below them.</summary>
    private static List<(int, int, int, int, string Text)>? Rows(List<Cell> cells, int k)
    {
        if (cells.Any(c => c.Row0 < k && c.Row1 > k))
        {
            return null;
        }

        return cells.Where(c => c.Row0 < k).OrderBy(c => c.Row0).ThenBy(c => c.Column0)
            .Select(c => (c.Row0, c.Row1, c.Column0, c.Column1, c.Text)).ToList();
    }

    /// <summary>
    /// Joins the continuation's first row to the table's last row where the page break cut one
    /// row or one merged cell in two. Returns the number of rows that disappeared (0 or 1).
    /// </summary>
    private static int JoinAcrossBreak(List<Cell> table, List<Cell> part, int breakRow)
    {
        var above = table.Where(c => c.Row1 == breakRow).ToList();
        var below = part.Where(c => c.Row0 == breakRow).ToList();
        if (above.Count == 0 || below.Count == 0)
        {
            return 0;
        }

        var pairs = below.Select(b => (Above: above.Find(a => a.Column0 == b.Column0 && a.Column1 == b.Column1), Below: b)).ToList();

        // A row cut by the page break: the same cells on both sides, text that wrapped to the
        // cell's edge going on below, and no cell filled on both sides otherwise.
        var sameShape = above.Count == below.Count && pairs.TrueForAll(p => p.Above is not null);
        if (sameShape
            && pairs.TrueForAll(p => p.Above!.Text.Length == 0 || p.Below.Text.Length == 0 || p.Above.WrapsToEdge)
            && pairs.Exists(p => p.Above!.Text.Length > 0 && p.Below.Text.Length > 0 && p.Above.WrapsToEdge))
        {
            foreach (var (a, b) in pairs)
            {
                var text = new System.Text.StringBuilder(a!.Text);
                TextJoin.AppendLine(text, b.Text);
                a.Text = text.ToString();
                a.Start ??= b.Start;
                a.Row1 = b.Row1 - 1;
                part.Remove(b);
            }

            foreach (var c in part)
            {
                if (c.Row0 > breakRow)
                {
                    c.Row0--;
                }

                c.Row1--;
            }

            return 1;
        }

        // A vertically merged cell running on: the part below is empty and one of the two
        // halves already spans rows (the merge is visible on its page).
        foreach (var (a, b) in pairs)
        {
            if (a is not null && b.Text.Length == 0 && (b.Row1 - b.Row0 >= 2 || a.Row1 - a.Row0 >= 2))
            {
                a.Row1 = b.Row1;
                part.Remove(b);
            }
        }

        return 0;
    }

    private static int Nearest(double[] columns, double x)
    {
        var best = 0;
        for (var i = 1; i < columns.Length; i++)
        {
            if (Math.Abs(columns[i] - x) < Math.Abs(columns[best] - x))
            {
                best = i;
            }
        }

        return best;
    }

    private sealed class Cell
    {
        public int Row0 { get; set; }

        public int Row1 { get; set; }

        public int Column0 { get; init; }

        public int Column1 { get; init; }

        public string Text { get; set; } = string.Empty;

        public (int Page, int Line)? Start { get; set; }

        public int Page { get; init; }

        public bool WrapsToEdge { get; init; }
    }
}
