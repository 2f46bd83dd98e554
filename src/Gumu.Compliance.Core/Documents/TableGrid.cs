namespace Gumu.Compliance.Documents;

/// <summary>
/// A table as a rectangular grid: a cell spanning several rows or columns occupies every slot it
/// covers, and <see cref="TableCell.IsOrigin"/> tells its top-left slot from the covered ones.
/// </summary>
public sealed class TableGrid
{
    private readonly TableCell[,] _cells;

    /// <summary>Creates a grid from resolved cells (rows × columns).</summary>
    public TableGrid(TableCell[,] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _cells = cells;
    }

    /// <summary>Number of rows.</summary>
    public int RowCount => _cells.GetLength(0);

    /// <summary>Number of columns.</summary>
    public int ColumnCount => _cells.GetLength(1);

    /// <summary>The cell at a 0-based row and column.</summary>
    public TableCell this[int row, int column] => _cells[row, column];

    /// <summary>The cells of one row, left to right.</summary>
    public IEnumerable<TableCell> Row(int row)
    {
        for (var c = 0; c < ColumnCount; c++)
        {
            yield return _cells[row, c];
        }
    }
}

/// <summary>One slot of a <see cref="TableGrid"/>.</summary>
public sealed record TableCell
{
    /// <summary>The cell's visible text (a covered slot repeats its origin's text).</summary>
    public required string Text { get; init; }

    /// <summary>Where the origin cell is.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>True for the top-left slot of a (possibly merged) cell.</summary>
    public bool IsOrigin { get; init; } = true;

    /// <summary>Rows the origin cell spans.</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>Columns the origin cell spans.</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>An empty slot that no source cell covers (ragged rows).</summary>
    public static TableCell Empty(SourceLocation location) => new() { Text = string.Empty, Location = location };
}
