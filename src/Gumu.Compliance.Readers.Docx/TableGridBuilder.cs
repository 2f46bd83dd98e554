using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// Resolves w:tr/w:tc into a rectangular <see cref="TableGrid"/>: w:gridSpan widens a cell,
/// w:vMerge continue cells extend the origin above them (its RowSpan grows), w:gridBefore and
/// w:gridAfter pad a row, and ragged rows are padded with <see cref="TableCell.Empty"/>.
/// The resolved grid may not exceed <see cref="ReaderLimits.MaxTableCells"/> slots.
/// </summary>
internal sealed class TableGridBuilder(int tableNumber, int maxCells)
{
    private readonly List<List<Origin?>> _rows = [];
    private long _slots;
    private Origin? _current;

    public void StartRow(int gridBefore)
    {
        _rows.Add([]);
        Pad(gridBefore);
    }

    public void EndRow(int gridAfter) => Pad(gridAfter);

    /// <summary>
    /// Places the next cell of the current row and returns its 1-based location. A continue cell
    /// that has no origin directly above it starts a cell of its own.
    /// </summary>
    /// <returns>The slot's location and whether the cell continues a vertical merge (its text is not shown).</returns>
    public (SourceLocation Location, bool Continues) AddCell(int gridSpan, bool continuesMerge)
    {
        var row = _rows.Count - 1;
        var cells = _rows[row];
        var column = cells.Count;
        var span = Math.Max(1, gridSpan);
        Reserve(span);

        Origin? above = row > 0 && _rows[row - 1].Count > column ? _rows[row - 1][column] : null;
        if (continuesMerge && above is not null && above.Column == column)
        {
            above.RowSpan = Math.Max(above.RowSpan, row - above.Row + 1);
            _current = null;
            for (var i = 0; i < span; i++)
            {
                cells.Add(above);
            }

            return (SourceLocation.AtCell(tableNumber, row + 1, column + 1), true);
        }

        var origin = new Origin(row, column, span, SourceLocation.AtCell(tableNumber, row + 1, column + 1));
        _current = origin;
        for (var i = 0; i < span; i++)
        {
            cells.Add(origin);
        }

        return (origin.Location, false);
    }

    /// <summary>Sets the text of the cell placed last (ignored for a continue cell).</summary>
    public void SetText(string text)
    {
        if (_current is not null)
        {
            _current.Text = text;
        }
    }

    public TableGrid Build()
    {
        var columns = _rows.Count == 0 ? 0 : _rows.Max(r => r.Count);
        var total = (long)_rows.Count * columns;
        if (total > maxCells)
        {
            throw PackageGuard.LimitExceeded(nameof(ReaderLimits.MaxTableCells), maxCells, total);
        }

        var grid = new TableCell[_rows.Count, columns];
        for (var r = 0; r < _rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var origin = c < _rows[r].Count ? _rows[r][c] : null;
                grid[r, c] = origin is null
                    ? TableCell.Empty(SourceLocation.AtCell(tableNumber, r + 1, c + 1))
                    : new TableCell
                    {
                        Text = origin.Text,
                        Location = origin.Location,
                        IsOrigin = origin.Row == r && origin.Column == c,
                        RowSpan = origin.RowSpan,
                        ColumnSpan = origin.ColumnSpan,
                    };
            }
        }

        return new TableGrid(grid);
    }

    private void Pad(int count)
    {
        if (count <= 0)
        {
            return;
        }

        Reserve(count);
        var cells = _rows[^1];
        for (var i = 0; i < count; i++)
        {
            cells.Add(null);
        }
    }

    /// <summary>Fails before a hostile w:gridSpan or row count makes the grid large.</summary>
    private void Reserve(long count)
    {
        _slots += count;
        if (_slots > maxCells)
        {
            throw PackageGuard.LimitExceeded(nameof(ReaderLimits.MaxTableCells), maxCells, $"> {maxCells}");
        }
    }

    private sealed class Origin(int row, int column, int columnSpan, SourceLocation location)
    {
        public int Row { get; } = row;

        public int Column { get; } = column;

        public int ColumnSpan { get; } = columnSpan;

        public SourceLocation Location { get; } = location;

        public int RowSpan { get; set; } = 1;

        public string Text { get; set; } = string.Empty;
    }
}
