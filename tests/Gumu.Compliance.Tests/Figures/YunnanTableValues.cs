using Gumu.Compliance.Documents;
using Gumu.Compliance.Figures;

namespace Gumu.Compliance.Tests.Figures;

/// <summary>One row of the one-column Yunnan 2018 table as tests look at it.</summary>
internal sealed record YunnanRow(string Label, TableValue Value, int GridRow, string Unit, SourceLocation Location, TableCell? Cell)
{
    public decimal? Number => Value.Kind == TableValueKind.Number ? Value.Number : null;
}

/// <summary>Reads the Yunnan 2018 table by template row number (1–58).</summary>
internal static class YunnanTableValues
{
    public static YunnanRow? Row(this TableValues values, int number) =>
        values.RowCell(number) is { } cell ? new YunnanRow(cell.Row.Label, cell.Value, cell.Row.GridRow, cell.Unit, cell.Location, cell.Cell) : null;

    public static decimal? NumberOf(this TableValues values, int number) => values.RowCell(number)?.Number;

    /// <summary>The 0-based grid column the values were read from, or null.</summary>
    public static int? ValueColumn(this TableValues values)
    {
        var cell = values.Cells.FirstOrDefault(c => c.Cell is not null);
        if (cell is null)
        {
            return null;
        }

        var grid = cell.Row.Table.Grid;
        for (var c = 0; c < grid.ColumnCount; c++)
        {
            if (ReferenceEquals(grid[cell.Row.GridRow, c], cell.Cell))
            {
                return c;
            }
        }

        return null;
    }

    public static IEnumerable<int> Numbers(this IEnumerable<Gumu.Compliance.Rules.TableRowSpec> rows) => rows.Select(r => r.Number!.Value);
}
