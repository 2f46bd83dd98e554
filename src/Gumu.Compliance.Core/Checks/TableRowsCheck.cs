using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// GM1008 statistics-table-rows-missing: template rows not found in the statistics table — one
/// finding for the table (section 14, at the table) listing every missing row, with the template
/// row numbers (<c>rows</c>) and labels (<c>labels</c>) as properties. Nothing when there is no table
/// (GM1006/GM1007 cover that).
/// </summary>
internal sealed class TableRowsCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM1008"];

    public void Run(CheckContext context)
    {
        if (context.TableValues is not { MissingRows.Count: > 0 } values)
        {
            return;
        }

        var missing = values.MissingRows;
        context.Report("GM1008", "default", context.RuleSet.StatisticsTable!.Section, values.Table.Location, null, context.IndexOf(values.Table),
            [P("count", missing.Count), P("rows", missing.Select(r => r.Row).ToArray()), P("labels", missing.Select(r => r.Label).ToArray())],
            messageValues: [P("rows", string.Join("、", missing.Select(r => r.Label)))]);
    }
}
