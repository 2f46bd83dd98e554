using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// GM1008 statistics-table-rows-missing: template rows (and, in tables with several value
/// columns, columns) not found in a table — one finding per table, under the table's section, at
/// the table, listing what is missing. Rows and columns some reports add and others leave out
/// (subtotals) are never missing. Properties: <c>table</c> (cell style), <c>count</c>, <c>rows</c>
/// (template row numbers, or ids), <c>labels</c>, and <c>columns</c> when columns are missing.
/// Nothing when there is no table (GM1006/GM1007 cover that) or it is the empty form (GM1009).
/// </summary>
internal sealed class TableRowsCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM1008"];

    public void Run(CheckContext context)
    {
        foreach (var values in context.FoundTables())
        {
            var rows = values.MissingRows;
            var columns = values.MissingColumns;
            if ((rows.Count == 0 && columns.Count == 0) || values.IsEmptyForm)
            {
                continue;
            }

            var spec = values.Spec;
            var separator = Rules.RuleCatalog.Default.Text("list.separator", context.Language);
            var rowLabels = string.Join(separator, rows.Select(r => r.Label));
            var columnLabels = string.Join(separator, columns.Select(c => c.Label));
            List<KeyValuePair<string, object?>> properties = spec.PropertyStyle == "cell" ? [P("table", spec.Id)] : [];
            var variant = columns.Count == 0 ? "default" : rows.Count == 0 ? "columns" : "rows-and-columns";
            properties.Add(P("count", rows.Count + columns.Count));
            if (rows.Count > 0)
            {
                properties.Add(P("rows", rows.Select(r => (object)(r.Number is int n ? n : r.Id)).ToArray()));
                properties.Add(P("labels", rows.Select(r => r.Label).ToArray()));
            }

            if (columns.Count > 0)
            {
                properties.Add(P("columns", columns.Select(c => c.Label).ToArray()));
            }

            context.Report("GM1008", variant, spec.Section, values.Table.Location, null, context.IndexOf(values.Table), properties,
                messageValues: [.. context.TableNames(spec), P("rows", rowLabels), P("columns", columnLabels), P("count", rows.Count + columns.Count), P("rowCount", rows.Count), P("columnCount", columns.Count)]);
        }
    }
}
