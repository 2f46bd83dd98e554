using Gumu.Compliance.Figures;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// The values of each table one cell at a time: GM2004 table-value-unreadable (a value cell holds
/// text, not a number; blank, "/" and "——" are not reported) and GM2001 table-arithmetic for a
/// value that cannot be (a negative value where the template allows none, a fractional count),
/// and GM2005 table-implausible for an amount written in 元 in a cell the form counts in 万元.
/// These findings point at one cell, so they carry the table's section and the cell's location.
/// Amounts are cells whose unit (the table's unit column, else the template's) is one of the
/// table's <c>amountUnits</c>; every other cell counts.
/// </summary>
internal sealed class TableValueCheck : IReportCheck
{
    private const string TenThousandYuan = "万元";

    public IReadOnlyList<string> RuleIds { get; } = ["GM2001", "GM2004", "GM2005"];

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
                // "251000元" in a 万元 cell: the number is in yuan, ten thousand times what the form means.
                var templateAmountUnit = cell.Row.Spec.Unit ?? cell.Column.Unit;
                var written = Text.TextNormalizer.Key(cell.Value.Text);
                if (templateAmountUnit == TenThousandYuan && written.EndsWith('元') && !written.EndsWith(TenThousandYuan, StringComparison.Ordinal))
                {
                    context.Report("GM2005", cellStyle ? "cell-yuan" : "yuan", spec.Section, cell.Location, cell.Value.Text, order,
                        [.. CellProperties.Of(cell, spec), P("value", cell.Value.Text), P("unit", templateAmountUnit)], subOrder, [.. context.TableNames(spec), P("cell", context.CellText(cell))]);
                }

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
