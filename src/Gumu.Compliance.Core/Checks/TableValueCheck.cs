using Gumu.Compliance.Figures;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// The values of each table one cell at a time: GM2004 table-value-unreadable (a value cell holds
/// text, not a number; blank, "/" and "——" are not reported) and GM2001 table-arithmetic for a
/// value that cannot be (a negative value where the template allows none, a fractional count).
/// These findings point at one cell, so they carry the table's section and the cell's location.
/// Amounts are cells whose unit (the table's unit column, else the template's) is one of the
/// table's <c>amountUnits</c>; every other cell counts.
/// </summary>
internal sealed class TableValueCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM2001", "GM2004"];

    public void Run(CheckContext context)
    {
        foreach (var values in context.FoundTables())
        {
            var spec = values.Spec;
            var cellStyle = spec.PropertyStyle == "cell";
            foreach (var cell in values.Cells)
            {
                var order = context.IndexOf(cell.Row.Table);
                var subOrder = FigureOrder.Cell(cell.Row.GridRow);
                if (cell.Value.Kind == TableValueKind.Text)
                {
                    context.Report("GM2004", cellStyle ? "cell" : "default", spec.Section, cell.Location, cell.Value.Text, order,
                        [.. CellProperties.Of(cell, spec), P("value", cell.Value.Text)], subOrder, [.. context.TableNames(spec), P("cell", context.CellText(cell))]);
                    continue;
                }

                if (cell.Number is not decimal number)
                {
                    continue;
                }

                var amount = spec.AmountUnits.Contains(cell.Unit, StringComparer.Ordinal)
                    || (cell.Row.Spec.Unit ?? cell.Column.Unit) is { } templateUnit && spec.AmountUnits.Contains(templateUnit, StringComparer.Ordinal);
                var negativeAllowed = cell.Row.Spec.Negative || cell.Column.Negative;
                if ((number < 0 && !negativeAllowed) || (!amount && number != decimal.Truncate(number)))
                {
                    var variant = amount ? "amount" : "negative";
                    context.Report("GM2001", cellStyle ? "cell-" + variant : variant, spec.Section, cell.Location, cell.Value.Text, order,
                        [.. CellProperties.Of(cell, spec), P(cellStyle ? "value" : "table", number), P("unit", cell.Unit)], subOrder, [.. context.TableNames(spec), P("cell", context.CellText(cell))]);
                }
            }
        }
    }
}

/// <summary>How findings name a table cell (<see cref="Rules.TableSpec.PropertyStyle"/>).</summary>
internal static class CellProperties
{
    /// <summary>
    /// "cell" style: <c>table</c> (the table's id), <c>row</c>, <c>column</c> (the table's own
    /// words). "row" style (yunnan-2018): <c>row</c> and <c>templateRow</c>.
    /// </summary>
    public static List<KeyValuePair<string, object?>> Of(TableCellValue cell, Rules.TableSpec spec) =>
        spec.PropertyStyle == "cell"
            ? [P("table", spec.Id), P("row", cell.Row.Label), P("column", cell.ColumnHeader)]
            : [P("row", cell.Row.Label), P("templateRow", cell.Row.Spec.Number)];
}

/// <summary>Orders findings of one table or paragraph.</summary>
internal static class FigureOrder
{
    /// <summary>The sub-order of a finding at a table's grid row (fits the 4096 slots of one block).</summary>
    public static int Cell(int gridRow) => Math.Min(4095, gridRow * 4);

    /// <summary>The sub-order of a finding at a position in a paragraph.</summary>
    public static int Text(int position) => Math.Min(4095, position);
}
