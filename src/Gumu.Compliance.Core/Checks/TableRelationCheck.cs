using Gumu.Compliance.Figures;
using Gumu.Compliance.Rules;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// The statistics table's relations (rule-set data, <c>statisticsTable.relations</c>):
/// GM2001 table-arithmetic for equalities and bounds, GM2005 table-implausible for plausibility
/// relations. A relation that involves an unknown value (blank, "/", "——", unreadable, row absent)
/// is skipped. A relation is about several cells, so its finding is table-wide: section null (as
/// the contract has it for table-wide GM2001), located at the cell of the relation's first row
/// (the total of an equality, the part of a bound). Properties: <c>relation</c> (id),
/// <c>expression</c>, <c>row</c> (that row's label in the table's own words), <c>table</c> (its
/// value), and per shape <c>computed</c>/<c>parts</c>/<c>partValues</c> (total and parts) or
/// <c>bound</c>/<c>boundValue</c> (bound), or <c>values</c>.
/// </summary>
internal sealed class TableRelationCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM2001", "GM2005"];

    public void Run(CheckContext context)
    {
        if (context.TableValues is not { } values)
        {
            return;
        }

        var order = context.IndexOf(values.Table);
        var english = context.Options.Language == Language.English;
        foreach (var (spec, expression) in FigureRuleData.RelationsOf(context.RuleSet.StatisticsTable!))
        {
            if (!context.IsEnabled(spec.Rule) || expression.Holds(values.NumberOf, spec.Tolerance, spec.RelativeTolerance) != false)
            {
                continue;
            }

            var first = values.Row(expression.Rows[0])!;
            var common = new List<KeyValuePair<string, object?>>
            {
                P("relation", spec.Id), P("expression", spec.Expr), P("row", first.Label), P("templateRow", first.Spec.Row), P("table", first.Number),
            };
            var comparison = expression.First;
            var left = RelationComparison.SingleRow(comparison.Left);
            var right = RelationComparison.SingleRow(comparison.Right);
            string variant;
            List<KeyValuePair<string, object?>>? messageValues = null;
            if (spec.Rule == "GM2001" && expression.Second is null && left is not null && comparison.Operator == ComparisonOperator.Equal && comparison.Right.Count > 1)
            {
                var parts = comparison.Right.Where(t => t.Row is not null).Select(t => values.Row(t.Row!.Value)!).ToList();
                variant = "default";
                common.Add(P("computed", RelationComparison.Sum(comparison.Right, values.NumberOf)));
                common.Add(P("parts", parts.Select(p => p.Label).ToArray()));
                common.Add(P("partValues", parts.Select(p => p.Number!.Value).ToArray()));
                messageValues = [P("parts", string.Join(" + ", parts.Select(p => "“" + p.Label + "” " + RuleCatalog.FormatValue(p.Number))))];
            }
            else if (spec.Rule == "GM2001" && expression.Second is null && left is not null && right is int boundRow && comparison.Operator == ComparisonOperator.LessOrEqual)
            {
                var bound = values.Row(boundRow)!;
                variant = "bound";
                common.Add(P("bound", bound.Label));
                common.Add(P("boundValue", bound.Number));
            }
            else
            {
                variant = spec.Rule == "GM2001" ? "relation" : "default";
                var shown = expression.Rows.Select(r => values.Row(r)!).ToList();
                common.Add(P("values", shown.Select(r => r.Label + "=" + RuleCatalog.FormatValue(r.Number)).ToArray()));
                messageValues =
                [
                    P("description", spec.Description is { } d ? d.In(context.Options.Language) : spec.Expr),
                    P("values", string.Join(english ? ", " : ",", shown.Select(r => "“" + r.Label + "” " + RuleCatalog.FormatValue(r.Number)))),
                ];
            }

            context.Report(spec.Rule, variant, null, first.Location, first.Value.Text, order, common, FigureOrder.Cell(first.GridRow), messageValues);
        }
    }
}
