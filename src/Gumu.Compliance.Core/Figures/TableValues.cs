using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>A template row as found in a report's table.</summary>
public sealed record TableRowValue
{
    /// <summary>The template row.</summary>
    public required TableRowSpec Spec { get; init; }

    /// <summary>The row's label in the table's own words (e.g. "1.当面", "(三)不予公开"); the template's when the table has no row labels.</summary>
    public required string Label { get; init; }

    /// <summary>The table (or the part of a table split over several) the row is in.</summary>
    public required TableBlock Table { get; init; }

    /// <summary>0-based row of the table's grid.</summary>
    public required int GridRow { get; init; }

    /// <summary>Where the row's label is.</summary>
    public required SourceLocation Location { get; init; }
}

/// <summary>A template value column as found in a report's table header.</summary>
/// <param name="Spec">The template column.</param>
/// <param name="Header">The header in the table's own words (its lowest header cell).</param>
public sealed record TableColumnValue(TableColumnSpec Spec, string Header);

/// <summary>One cell of a template table as found in a report: where it is and what it holds.</summary>
public sealed record TableCellValue
{
    /// <summary>The template table the cell belongs to.</summary>
    public required TableSpec TableSpec { get; init; }

    /// <summary>The row.</summary>
    public required TableRowValue Row { get; init; }

    /// <summary>The template column.</summary>
    public required TableColumnSpec Column { get; init; }

    /// <summary>The column's header in the table's own words, or the template's label when the header was not found.</summary>
    public required string ColumnHeader { get; init; }

    /// <summary>The cell, or null when the column was not found or the row's label spans it.</summary>
    public TableCell? Cell { get; init; }

    /// <summary>The value.</summary>
    public required TableValue Value { get; init; }

    /// <summary>The unit: the table's unit column when it gives one, else the row's or column's in the template.</summary>
    public required string Unit { get; init; }

    /// <summary>Where the value is (the cell, else the row's label).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The cell's key.</summary>
    public CellKey Key => new(Row.Spec.Id, Column.Id);

    /// <summary>The number, or null when the value is blank, not applicable or unreadable.</summary>
    public decimal? Number => Value.Kind == TableValueKind.Number ? Value.Number : null;
}

/// <summary>
/// A template table read from a report: which grid rows hold which template rows, which grid
/// columns which template columns, and the value of every cell the template has. A table split
/// into several (one per 第二十条 item, or cut by a page break) is read as one.
/// </summary>
public sealed class TableValues
{
    private readonly Dictionary<CellKey, TableCellValue> _cells;

    internal TableValues(
        TableSpec spec,
        IReadOnlyList<TableBlock> fragments,
        IReadOnlyDictionary<string, TableRowValue> rows,
        IReadOnlyDictionary<string, TableColumnValue> columns,
        List<TableCellValue> cells,
        IReadOnlyList<TableRowSpec> missingRows,
        IReadOnlyList<TableColumnSpec> missingColumns)
    {
        Spec = spec;
        Fragments = fragments;
        Rows = rows;
        Columns = columns;
        Cells = cells;
        _cells = cells.ToDictionary(c => c.Key);
        MissingRows = missingRows;
        MissingColumns = missingColumns;
    }

    /// <summary>The template table.</summary>
    public TableSpec Spec { get; }

    /// <summary>The report's table, or its parts in document order.</summary>
    public IReadOnlyList<TableBlock> Fragments { get; }

    /// <summary>The report's table (its first part).</summary>
    public TableBlock Table => Fragments[0];

    /// <summary>The template rows found, by row id.</summary>
    public IReadOnlyDictionary<string, TableRowValue> Rows { get; }

    /// <summary>The template value columns found, by column id.</summary>
    public IReadOnlyDictionary<string, TableColumnValue> Columns { get; }

    /// <summary>Every cell of the rows found, in reading order (part, grid row, template column).</summary>
    public IReadOnlyList<TableCellValue> Cells { get; }

    /// <summary>Required template rows not found, in template order.</summary>
    public IReadOnlyList<TableRowSpec> MissingRows { get; }

    /// <summary>Required template value columns not found, in template order.</summary>
    public IReadOnlyList<TableColumnSpec> MissingColumns { get; }

    /// <summary>True when no value cell is filled in: the empty form was published.</summary>
    public bool IsEmptyForm => Cells.All(c => c.Value.Kind == TableValueKind.Blank);

    /// <summary>A cell as found, or null when its row was not found.</summary>
    public TableCellValue? Cell(CellKey key) => _cells.GetValueOrDefault(key);

    /// <summary>A cell's number, or null when the cell is absent or not a number.</summary>
    public decimal? NumberOf(CellKey key) => Cell(key)?.Number;

    /// <summary>The cell of a template row by its number in a one-column table (yunnan-2018's r1 … r58), or null.</summary>
    public TableCellValue? RowCell(int number)
    {
        foreach (var cell in Cells)
        {
            if (cell.Row.Spec.Number == number)
            {
                return cell;
            }
        }

        return null;
    }
}
