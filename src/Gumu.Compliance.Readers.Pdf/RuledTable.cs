namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// A table found on one page from its ruling lines: the row and column boundaries (y down, x
/// right) and its cells as rectangles of grid bands, each with the letters inside it.
/// </summary>
internal sealed class RuledTable
{
    public RuledTable(int page, double[] rows, double[] columns, List<TableSlotCell> cells)
    {
        Page = page;
        Rows = rows;
        Columns = columns;
        Cells = cells;
    }

    public int Page { get; }

    /// <summary>Row boundaries, top to bottom (one more than the row bands).</summary>
    public double[] Rows { get; }

    /// <summary>Column boundaries, left to right (one more than the column bands).</summary>
    public double[] Columns { get; }

    public List<TableSlotCell> Cells { get; }

    public double Top => Rows[0];

    public double Bottom => Rows[^1];

    public double Left => Columns[0];

    public double Right => Columns[^1];

    public int RowCount => Rows.Length - 1;

    public bool Contains(Glyph g) =>
        g.CenterX > Left && g.CenterX < Right && g.CenterY > Top && g.CenterY < Bottom;
}

/// <summary>
/// One cell of a ruled table: the bands it covers (end exclusive), its letters and, once placed,
/// its text. <see cref="WrapsToEdge"/> is true when its last text line runs to the cell's right
/// edge, i.e. the text was wrapped and may go on in a continuation.
/// </summary>
internal sealed class TableSlotCell
{
    public required int Row0 { get; set; }

    public required int Row1 { get; set; }

    public required int Column0 { get; set; }

    public required int Column1 { get; set; }

    public required double Left { get; init; }

    public required double Right { get; init; }

    public List<Glyph> Glyphs { get; } = [];

    public string Text { get; set; } = string.Empty;

    /// <summary>Page and line of the first letter; null for an empty cell.</summary>
    public (int Page, int Line)? Start { get; set; }

    public bool WrapsToEdge { get; set; }
}
