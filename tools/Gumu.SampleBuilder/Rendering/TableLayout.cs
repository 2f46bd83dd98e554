namespace Gumu.SampleBuilder.Rendering;

/// <summary>What a cell of a printed table is.</summary>
internal enum LayoutRole
{
    /// <summary>A title row across the table ("第二十条第（一）项").</summary>
    Title,

    /// <summary>A column header, or the note in the header's top-left cell.</summary>
    Header,

    /// <summary>A row label.</summary>
    Label,

    /// <summary>A figure.</summary>
    Value,
}

/// <summary>A cell of a printed table: its text, and the grid rows and columns it covers from its top-left slot.</summary>
internal sealed record LayoutCell(string Text, LayoutRole Role, int Row, int Column, int RowSpan = 1, int ColumnSpan = 1)
{
    public bool StartsAt(int row, int column) => Row == row && Column == column;
}

/// <summary>
/// A printed table as a grid of merged cells, the one description every renderer writes: HTML
/// with rowspan/colspan, DOCX with gridSpan/vMerge, text as TAB rows repeating a merged cell's
/// text in every slot it covers, the core document as origin and covered slots.
/// </summary>
internal sealed class TableLayout
{
    private readonly LayoutCell[,] slots;

    /// <param name="weights">The relative width of each grid column.</param>
    /// <param name="cells">Cells that tile the grid exactly.</param>
    public TableLayout(IReadOnlyList<int> weights, IEnumerable<LayoutCell> cells)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(cells);
        var list = cells.ToList();
        Weights = weights;
        var rows = list.Max(c => c.Row + c.RowSpan);
        slots = new LayoutCell[rows, weights.Count];
        foreach (var cell in list)
        {
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                {
                    if (c >= weights.Count || slots[r, c] is not null)
                    {
                        throw new InvalidOperationException($"Table layout: \"{cell.Text}\" overlaps another cell or the edge at row {r}, column {c}.");
                    }

                    slots[r, c] = cell;
                }
            }
        }

        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < weights.Count; c++)
            {
                if (slots[r, c] is null)
                {
                    throw new InvalidOperationException($"Table layout: no cell covers row {r}, column {c}.");
                }
            }
        }
    }

    public IReadOnlyList<int> Weights { get; }

    public int RowCount => slots.GetLength(0);

    public int ColumnCount => slots.GetLength(1);

    /// <summary>The cell covering a slot.</summary>
    public LayoutCell this[int row, int column] => slots[row, column];

    /// <summary>The cells whose top-left slot is in the row, left to right.</summary>
    public IEnumerable<LayoutCell> CellsStartingIn(int row)
    {
        for (var c = 0; c < ColumnCount; c++)
        {
            if (slots[row, c].StartsAt(row, c))
            {
                yield return slots[row, c];
            }
        }
    }

    /// <summary>
    /// The row as a word processor stores it: one entry per cell that starts in the row or
    /// continues a vertical merge from above, each as wide as its cell.
    /// </summary>
    public IEnumerable<(LayoutCell Cell, bool ContinuesMerge)> WordCells(int row)
    {
        for (var c = 0; c < ColumnCount; c += slots[row, c].ColumnSpan)
        {
            var cell = slots[row, c];
            if (cell.Column != c)
            {
                throw new InvalidOperationException($"Table layout: \"{cell.Text}\" starts inside another cell in row {row}.");
            }

            yield return (cell, cell.Row != row);
        }
    }

    /// <summary>Column widths that add up to <paramref name="total"/>, in proportion to the weights (the last takes the rounding).</summary>
    public IReadOnlyList<int> Widths(int total)
    {
        var sum = Weights.Sum();
        var widths = Weights.Select(w => total * w / sum).ToList();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    /// <summary>The width of a cell, given the column widths.</summary>
    public static int Width(LayoutCell cell, IReadOnlyList<int> widths) => widths.Skip(cell.Column).Take(cell.ColumnSpan).Sum();
}
