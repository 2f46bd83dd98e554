using Gumu.Compliance.Figures;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// The values of the statistics table one cell at a time: GM2004 table-value-unreadable (a value
/// cell of a template row holds text, not a number; blank, "/" and "——" are not reported) and
/// GM2001 table-arithmetic for a value that cannot be (a negative or fractional count, a negative
/// amount). These findings point at one cell's value, so they carry the table's section (14) and
/// the cell's location. Amounts are the rows whose unit (table's unit column, else template) is one
/// of the rule set's <c>amountUnits</c>; every other row counts.
/// </summary>
internal sealed class TableValueCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM2001", "GM2004"];

    public void Run(CheckContext context)
    {
        if (context.TableValues is not { } values)
        {
            return;
        }

        var spec = context.RuleSet.StatisticsTable!;
        var order = context.IndexOf(values.Table);
        foreach (var row in values.Rows.Values.OrderBy(r => r.GridRow))
        {
            var subOrder = FigureOrder.Cell(row.GridRow);
            if (row.Value.Kind == TableValueKind.Text)
            {
                context.Report("GM2004", "default", spec.Section, row.Location, row.Value.Text, order,
                    [P("row", row.Label), P("templateRow", row.Spec.Row), P("value", row.Value.Text)], subOrder);
                continue;
            }

            if (row.Number is not decimal number)
            {
                continue;
            }

            var amount = spec.AmountUnits.Contains(row.Unit, StringComparer.Ordinal) || spec.AmountUnits.Contains(row.Spec.Unit, StringComparer.Ordinal);
            if (number < 0 || (!amount && number != decimal.Truncate(number)))
            {
                context.Report("GM2001", amount ? "amount" : "negative", spec.Section, row.Location, row.Value.Text, order,
                    [P("row", row.Label), P("templateRow", row.Spec.Row), P("table", number), P("unit", row.Unit)], subOrder);
            }
        }
    }
}

/// <summary>Orders findings of one table or paragraph.</summary>
internal static class FigureOrder
{
    /// <summary>The sub-order of a finding at a table's grid row (fits the 4096 slots of one block).</summary>
    public static int Cell(int gridRow) => Math.Min(4095, gridRow * 4);

    /// <summary>The sub-order of a finding at a position in a paragraph.</summary>
    public static int Text(int position) => Math.Min(4095, position);
}
