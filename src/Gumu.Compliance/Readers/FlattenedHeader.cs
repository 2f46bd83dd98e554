namespace Gumu.Compliance.Readers;

/// <summary>
/// Puts back the columns of a table header whose merged cells a web page gave once each: a
/// header of several rows ("申请人情况" over "自然人 / 法人或其他组织 / 总计" over "商业企业 …
/// 其他") comes out of a flattened table as rows shorter than the rows of figures below.
/// </summary>
/// <remarks>
/// The header is read as a tree: each cell is either a leaf (a column of its own, reaching down
/// to the figures) or the parent of at least two consecutive cells of the row below, and the
/// leaves make as many columns as the widest row of figures. Of the trees that fit, one is taken
/// only when it also keeps these: a total ("总计", "合计", "小计") is a leaf and the last of its
/// siblings (the top row's cells are siblings too); when the rows of figures start with a label, the header's first cell is the label
/// column's. Among the rest, parents stand as far right as possible (a table breaks down its
/// later columns, "法人或其他组织" rather than "自然人"). A parent's text fills every column
/// under it, as merged cells are spread out elsewhere; slots below a leaf stay empty. When the
/// rows of figures start with a label and no tree fits, the header may lack the label column's
/// own cell and is laid over the other columns. When the header rows were themselves inferred
/// from a stream of cells, every way of cutting its cells into rows is tried too (the most rows
/// among equally good trees). A block title above the header ("第二十条第(一)项") stays a row of its
/// own. A header that fits no tree is left as it is; the search is bounded.
/// </remarks>
internal static class FlattenedHeader
{
    private const int MaxHeaderRows = 4;
    private const int MaxColumns = 40;

    /// <summary>Most header cells re-cut into rows (C(23, 3) cuts at most).</summary>
    private const int MaxStreamCells = 24;

    /// <summary>Most splits tried for one header, all cuts together: a real one needs a few thousand; a hostile one stops here.</summary>
    private const int MaxSteps = 200_000;

    private sealed class Budget
    {
        public int Steps;
    }

    /// <summary>
    /// The rows with their header laid out over the columns of the figures below. With
    /// <paramref name="inferred"/> (rows rebuilt from a stream of cells, their header rows a
    /// guess) the header's cells may also be cut into rows anew.
    /// </summary>
    public static List<List<TextCell>> Align(List<List<TextCell>> rows, bool inferred)
    {
        // A block title above the header ("第二十条第(一)项") is a row of its own, not a header cell.
        var titles = 0;
        while (titles < rows.Count && rows[titles].Count == 1 && FlattenedTable.IsBlockTitle(rows[titles][0].Text))
        {
            titles++;
        }

        var headerRows = 0;
        while (titles + headerRows < rows.Count && !rows[titles + headerRows].Exists(c => FlattenedTable.IsValue(c.Text)))
        {
            headerRows++;
        }

        if (headerRows == 0 || titles + headerRows == rows.Count)
        {
            return rows;
        }

        var width = rows.Skip(titles + headerRows).Max(r => r.Count);
        var header = rows.Skip(titles).Take(headerRows).ToList();
        var body = rows.Skip(titles + headerRows).ToList();
        if (width > MaxColumns || header.TrueForAll(r => r.Count >= width))
        {
            return rows;
        }

        var aligned = AlignHeader(header, width, !FlattenedTable.IsValue(body[0][0].Text), inferred);
        return aligned is null ? rows : [.. rows.Take(titles), .. aligned, .. body];
    }

    private static List<List<TextCell>>? AlignHeader(List<List<TextCell>> header, int width, bool labelled, bool inferred)
    {

        // The rows as given first; then, for a header that came as a stream of cells with no row
        // breaks left, every way of cutting its cells into rows (most rows first among equals).
        if (header.Count <= MaxHeaderRows && !header.Exists(r => r.Count > width) && Fit(header, width, labelled, new Budget(), out _) is { } fitted)
        {
            return fitted;
        }

        var cells = header.SelectMany(r => r).ToList();
        if (!inferred || cells.Count > MaxStreamCells)
        {
            return null;
        }

        List<List<TextCell>>? best = null;
        var bestScore = (int.MaxValue, 0);
        var budget = new Budget();
        foreach (var cut in Cuts(cells))
        {
            if (cut.Exists(r => r.Count > width))
            {
                continue;
            }

            if (budget.Steps > MaxSteps)
            {
                break;
            }

            if (Fit(cut, width, labelled, budget, out var score) is { } candidate && (score, -cut.Count).CompareTo(bestScore) < 0)
            {
                best = candidate;
                bestScore = (score, -cut.Count);
            }
        }

        return best;
    }

    /// <summary>
    /// The header laid out over <paramref name="width"/> columns, or null when it fits no tree.
    /// With a label column, the header's first cell heads it; failing that, the label column's
    /// header may be missing (a note cell the copy lost) and the header covers the other columns.
    /// </summary>
    private static List<List<TextCell>>? Fit(List<List<TextCell>> header, int width, bool labelled, Budget budget, out int score)
    {
        foreach (var (leaves, offset, labelFirst) in labelled ? [(width, 0, true), (width - 1, 1, false)] : new[] { (width, 0, false) })
        {
            int[][]? best = null;
            var bestScore = int.MaxValue;
            Search(header, 0, 0, leaves, labelFirst, new int[header.Count][], budget, ref best, ref bestScore);
            if (best is not null)
            {
                // A header that heads its label column beats any that does not.
                score = bestScore + (offset * 1_000_000);
                return Layout(header, best, width, offset);
            }
        }

        score = int.MaxValue;
        return null;
    }

    /// <summary>Every way of cutting a sequence of cells into 2 to <see cref="MaxHeaderRows"/> rows.</summary>
    private static IEnumerable<List<List<TextCell>>> Cuts(List<TextCell> cells)
    {
        for (var rowCount = 2; rowCount <= MaxHeaderRows && rowCount <= cells.Count; rowCount++)
        {
            foreach (var ends in Ends(cells.Count, rowCount, 1))
            {
                var rows = new List<List<TextCell>>();
                var start = 0;
                foreach (var end in ends)
                {
                    rows.Add(cells.GetRange(start, end - start));
                    start = end;
                }

                yield return rows;
            }
        }
    }

    /// <summary>Increasing row ends, the last one <paramref name="count"/>.</summary>
    private static IEnumerable<List<int>> Ends(int count, int rows, int from)
    {
        if (rows == 1)
        {
            yield return [count];
            yield break;
        }

        for (var end = from; end <= count - rows + 1; end++)
        {
            foreach (var rest in Ends(count, rows - 1, end + 1))
            {
                yield return [end, .. rest];
            }
        }
    }

    /// <summary>Tries every split of row <paramref name="row"/>'s cells into leaves and parents.</summary>
    private static void Search(List<List<TextCell>> header, int row, int leaves, int width, bool labelled, int[][] children, Budget budget, ref int[][]? best, ref int bestScore)
    {
        var cells = header[row];
        if (row == 0 && !TotalsLast(cells, [cells.Count]))
        {
            return;
        }

        var below = row + 1 < header.Count ? header[row + 1].Count : 0;
        var counts = new int[cells.Count];
        foreach (var split in Splits(cells, below, 0, counts, budget))
        {
            var rowLeaves = split.Count(c => c == 0);
            if (leaves + rowLeaves > width || (row == 0 && labelled && split[0] != 0))
            {
                continue;
            }

            children[row] = [.. split];
            if (row + 1 < header.Count)
            {
                if (TotalsLast(header[row + 1], split))
                {
                    Search(header, row + 1, leaves + rowLeaves, width, labelled, children, budget, ref best, ref bestScore);
                }
            }
            else if (leaves + rowLeaves == width)
            {
                var score = Score(children);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = [.. children.Select(c => (int[])c.Clone())];
                }
            }
        }
    }

    /// <summary>Children counts per cell (0 = leaf, else at least 2) adding up to <paramref name="below"/>; a total is a leaf.</summary>
    private static IEnumerable<int[]> Splits(List<TextCell> cells, int below, int index, int[] counts, Budget budget)
    {
        if (++budget.Steps > MaxSteps)
        {
            yield break;
        }

        if (index == cells.Count)
        {
            if (below == 0)
            {
                yield return counts;
            }

            yield break;
        }

        counts[index] = 0;
        foreach (var split in Splits(cells, below, index + 1, counts, budget))
        {
            yield return split;
        }

        if (IsTotal(cells[index].Text))
        {
            yield break;
        }

        for (var n = 2; n <= below; n++)
        {
            counts[index] = n;
            foreach (var split in Splits(cells, below - n, index + 1, counts, budget))
            {
                yield return split;
            }
        }

        counts[index] = 0;
    }

    /// <summary>In each parent's group of children, a total comes last.</summary>
    private static bool TotalsLast(List<TextCell> below, int[] split)
    {
        var start = 0;
        foreach (var n in split)
        {
            for (var k = start; k < start + n - 1; k++)
            {
                if (IsTotal(below[k].Text))
                {
                    return false;
                }
            }

            start += n;
        }

        return true;
    }

    /// <summary>Lower is better: parents as far right in their row as they can be.</summary>
    private static int Score(int[][] children)
    {
        var score = 0;
        foreach (var row in children)
        {
            for (var j = 0; j < row.Length; j++)
            {
                score += row[j] > 0 ? row.Length - 1 - j : 0;
            }
        }

        return score;
    }

    private static List<List<TextCell>> Layout(List<List<TextCell>> header, int[][] children, int width, int offset)
    {
        var grid = header.Select(r => Enumerable.Repeat(new TextCell(string.Empty, r[0].Line, r[0].Column), width).ToList()).ToList();
        var column = offset;
        Place(0, 0, header[0].Count);
        return grid;

        // Places cells [from, to) of a row and their descendants from the current column on.
        void Place(int row, int from, int to)
        {
            var firstChild = 0;
            for (var j = 0; j < from; j++)
            {
                firstChild += children[row][j];
            }

            for (var j = from; j < to; j++)
            {
                var start = column;
                if (children[row][j] == 0)
                {
                    column++;
                }
                else
                {
                    Place(row + 1, firstChild, firstChild + children[row][j]);
                    firstChild += children[row][j];
                }

                for (var c = start; c < column; c++)
                {
                    grid[row][c] = header[row][j];
                }
            }
        }
    }

    private static bool IsTotal(string text) => text.Trim() is "总计" or "合计" or "小计";
}
