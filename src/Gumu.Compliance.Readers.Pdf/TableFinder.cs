namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// Finds ruled tables on a page: rulings that touch form a frame; a frame with at least two
/// rows and two columns is a table. Row and column boundaries are the distinct positions of its
/// rulings; two neighbouring grid slots belong to one (merged) cell when no ruling separates
/// them, so the cells come out exactly as the author merged them.
/// </summary>
internal static class TableFinder
{
    /// <summary>Rulings closer than this (points) are one line: double borders, the two edges of a thin filled bar.</summary>
    private const double Snap = 2.5;

    /// <summary>How far a ruling may fall short of another and still touch it (points).</summary>
    private const double Touch = 2.5;

    public static List<RuledTable> Find(PageContent page, CancellationToken cancellationToken)
    {
        var horizontal = Merge(page.Rulings.Where(r => r.IsHorizontal).ToList());
        var vertical = Merge(page.Rulings.Where(r => !r.IsHorizontal).ToList());
        if (horizontal.Count < 2 || vertical.Count < 2)
        {
            return [];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var all = horizontal.Concat(vertical).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        for (var i = 0; i < horizontal.Count; i++)
        {
            for (var j = 0; j < vertical.Count; j++)
            {
                if (Touches(horizontal[i], vertical[j]))
                {
                    Union(parent, i, horizontal.Count + j);
                }
            }
        }

        var tables = new List<RuledTable>();
        foreach (var group in Enumerable.Range(0, all.Count).GroupBy(i => Find(parent, i)))
        {
            var members = group.Select(i => all[i]).ToList();
            var h = members.Where(r => r.IsHorizontal).ToList();
            var v = members.Where(r => !r.IsHorizontal).ToList();
            if (h.Count < 2 || v.Count < 2)
            {
                continue;
            }

            var rows = Distinct(h.Select(r => r.Position));
            var columns = Distinct(v.Select(r => r.Position));
            if (rows.Length < 3 && columns.Length < 3)
            {
                // One framed box (a note drawn in a border): text, not a table.
                continue;
            }

            if (rows.Length < 2 || columns.Length < 2)
            {
                continue;
            }

            tables.Add(new RuledTable(page.Number, rows, columns, Cells(rows, columns, h, v)));
        }

        tables.Sort((a, b) => a.Top.CompareTo(b.Top));
        return tables;
    }

    /// <summary>Slots joined where no ruling separates them; each group is one cell (its bounding bands).</summary>
    private static List<TableSlotCell> Cells(double[] rows, double[] columns, List<Ruling> h, List<Ruling> v)
    {
        var rowCount = rows.Length - 1;
        var columnCount = columns.Length - 1;
        var parent = Enumerable.Range(0, rowCount * columnCount).ToArray();
        for (var r = 0; r < rowCount; r++)
        {
            var middle = (rows[r] + rows[r + 1]) / 2;
            for (var c = 0; c + 1 < columnCount; c++)
            {
                if (!v.Any(x => Math.Abs(x.Position - columns[c + 1]) <= Snap && x.Start <= middle && x.End >= middle))
                {
                    Union(parent, (r * columnCount) + c, (r * columnCount) + c + 1);
                }
            }
        }

        for (var c = 0; c < columnCount; c++)
        {
            var middle = (columns[c] + columns[c + 1]) / 2;
            for (var r = 0; r + 1 < rowCount; r++)
            {
                if (!h.Any(x => Math.Abs(x.Position - rows[r + 1]) <= Snap && x.Start <= middle && x.End >= middle))
                {
                    Union(parent, (r * columnCount) + c, ((r + 1) * columnCount) + c);
                }
            }
        }

        var cells = new List<TableSlotCell>();
        foreach (var group in Enumerable.Range(0, rowCount * columnCount).GroupBy(i => Find(parent, i)).OrderBy(g => g.Min()))
        {
            var r0 = group.Min(i => i / columnCount);
            var r1 = group.Max(i => i / columnCount) + 1;
            var c0 = group.Min(i => i % columnCount);
            var c1 = group.Max(i => i % columnCount) + 1;
            cells.Add(new TableSlotCell { Row0 = r0, Row1 = r1, Column0 = c0, Column1 = c1, Left = columns[c0], Right = columns[c1] });
        }

        return cells;
    }

    /// <summary>Joins collinear rulings that overlap or nearly touch.</summary>
    private static List<Ruling> Merge(List<Ruling> rulings)
    {
        var merged = new List<Ruling>();
        var lines = new List<List<Ruling>>();
        foreach (var r in rulings.OrderBy(r => r.Position))
        {
            if (lines.Count == 0 || r.Position - lines[^1][^1].Position > Snap)
            {
                lines.Add([]);
            }

            lines[^1].Add(r);
        }

        foreach (var line in lines)
        {
            var position = line.Average(r => r.Position);
            var isHorizontal = line.First().IsHorizontal;
            double? start = null;
            double end = 0;
            foreach (var r in line.OrderBy(r => r.Start))
            {
                if (start is null || r.Start > end + Touch)
                {
                    if (start is double s)
                    {
                        merged.Add(Make(isHorizontal, position, s, end));
                    }

                    start = r.Start;
                    end = r.End;
                }
                else
                {
                    end = Math.Max(end, r.End);
                }
            }

            if (start is double last)
            {
                merged.Add(Make(isHorizontal, position, last, end));
            }
        }

        return merged;
    }

    private static Ruling Make(bool horizontal, double position, double start, double end) =>
        horizontal ? new Ruling(start, position, end, position) : new Ruling(position, start, position, end);

    private static bool Touches(Ruling h, Ruling v) =>
        v.Position >= h.Start - Touch && v.Position <= h.End + Touch
        && h.Position >= v.Start - Touch && h.Position <= v.End + Touch;

    /// <summary>Distinct positions in order, positions within <see cref="Snap"/> of each other counted once.</summary>
    public static double[] Distinct(IEnumerable<double> all)
    {
        var positions = new List<double>();
        foreach (var p in all.Order())
        {
            if (positions.Count == 0 || p - positions[^1] > Snap)
            {
                positions.Add(p);
            }
        }

        return [.. positions];
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
