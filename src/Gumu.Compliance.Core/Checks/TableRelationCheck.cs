using Gumu.Compliance.Figures;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// The tables' relations (rule-set data, <c>tables[].relations</c>): GM2001 table-arithmetic for
/// equalities and bounds, GM2005 table-implausible for plausibility relations — once per instance
/// (per column for "forEach column", per row for "forEach row") that does not hold, and once per
/// cell. An instance that involves an unknown value (blank, "/", "——", unreadable, row or column
/// absent) is skipped. A relation is about several cells, so its finding is table-wide: section
/// null (as the contract has it), located at the relation's first cell (the total of an
/// equality, the part of a bound). Properties: <c>relation</c> (id), <c>expression</c>, the
/// first cell (<see cref="CellProperties"/>) and its number, and per shape
/// <c>computed</c>/<c>parts</c>/<c>partValues</c> (a total and its parts), <c>bound</c>/<c>boundValue</c>
/// (a bound), or <c>values</c>.
/// </summary>
internal sealed class TableRelationCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM2001", "GM2005"];

    public void Run(CheckContext context)
    {
        var issuerKind = ReportIssuer.KindOf(context.Title, context.Document, context.RuleSet)?.Kind;
        foreach (var values in context.FoundTables())
        {
            var schema = TableSchema.For(values.Spec);
            var reported = new HashSet<(string, CellKey)>();
            foreach (var relation in schema.Relations)
            {
                // A relation for some kinds of issuing body applies only when the body is known to be one.
                if (!context.IsEnabled(relation.Spec.Rule)
                    || (relation.Spec.IssuerKinds.Count > 0 && (issuerKind is null || !relation.Spec.IssuerKinds.Contains(issuerKind, StringComparer.Ordinal))))
                {
                    continue;
                }

                foreach (var instance in relation.Instances)
                {
                    if (instance.Holds(values.NumberOf, relation.Spec.Tolerance, relation.Spec.RelativeTolerance) != false)
                    {
                        continue;
                    }

                    var first = values.Cell(instance.Cells[0])!;
                    if (reported.Add((relation.Spec.Id, first.Key)))
                    {
                        Report(context, values, relation.Spec, instance, first);
                    }
                }
            }
        }
    }

    // A message lists at most this many parts; a longer list shows those that are not zero.
    private const int MaxPartsShown = 6;

    private static void Report(CheckContext context, TableValues values, TableRelationSpec spec, RelationInstance instance, TableCellValue first)
    {
        var table = values.Spec;
        var cellStyle = table.PropertyStyle == "cell";
        var language = context.Language;
        var catalog = RuleCatalog.Default;
        var separator = catalog.Text("list.separator", language);
        var properties = new List<KeyValuePair<string, object?>> { P("relation", spec.Id), P("expression", spec.Expr) };
        properties.AddRange(CellProperties.Of(first, table));
        properties.Add(P(cellStyle ? "value" : "table", first.Number));

        var comparison = instance.First;
        var total = comparison.Left is [{ Single: CellKey }] ? comparison.Left[0].Single : null;
        var bound = comparison.Right is [{ Single: CellKey b }] ? b : (CellKey?)null;
        string variant;
        List<KeyValuePair<string, object?>> messageValues = [.. context.TableNames(table), P("cell", context.CellText(first))];
        if (spec.Rule == "GM2001" && instance.Second is null && total is not null && comparison.Operator == ComparisonOperator.Equal
            && comparison.Right.SelectMany(t => t.Cells).Count() > 1)
        {
            var parts = comparison.Right.SelectMany(t => t.Cells).Select(k => values.Cell(k)!).ToList();
            variant = "default";
            properties.Add(P("computed", CellComparison.Sum(comparison.Right, values.NumberOf)));
            properties.Add(P("parts", parts.Select(p => PartLabel(first, p)).ToArray()));
            properties.Add(P("partValues", parts.Select(p => p.Number!.Value).ToArray()));
            var shown = parts.Count <= MaxPartsShown ? parts : parts.Where(p => p.Number != 0).ToList();
            var text = string.Join(" + ", shown.Select(p => "“" + PartLabel(first, p) + "” " + RuleCatalog.FormatValue(p.Number)));
            if (shown.Count < parts.Count)
            {
                text += (shown.Count > 0 ? catalog.Text("clause.separator", language) : string.Empty) + catalog.Text("parts.rest-zero", language);
            }

            messageValues.Add(P("parts", text));
        }
        else if (spec.Rule == "GM2001" && instance.Second is null && total is not null && bound is CellKey boundKey && comparison.Operator == ComparisonOperator.LessOrEqual)
        {
            var boundCell = values.Cell(boundKey)!;
            variant = "bound";
            properties.Add(P("bound", PartLabel(first, boundCell)));
            properties.Add(P("boundValue", boundCell.Number));
        }
        else
        {
            variant = spec.Rule == "GM2001" ? "relation" : "default";
            var shown = instance.Cells.Select(k => values.Cell(k)!).ToList();
            properties.Add(P("values", shown.Select(c => ValueLabel(shown, c) + "=" + RuleCatalog.FormatValue(c.Number)).ToArray()));
            messageValues.Add(P("description", spec.Description is { } d ? d.In(language) : spec.Expr));
            var list = string.Join(separator == "、" ? "，" : ", ", shown.Select(c => "“" + ValueLabel(shown, c) + "” " + RuleCatalog.FormatValue(c.Number)));
            messageValues.Add(P("values", cellStyle && Scope(context, shown) is { } scope
                ? catalog.FormatText("values.in-scope", language, [P("scope", scope), P("values", list)])
                : list));
        }

        if (cellStyle)
        {
            variant = variant switch
            {
                "default" when spec.Rule == "GM2001" => "cell",
                "bound" => "cell-bound",
                "relation" => "cell-relation",
                _ => "cell",
            };
        }

        context.Report(spec.Rule, variant, null, first.Location, first.Value.Text, context.IndexOf(first.Row.Table), properties,
            FigureOrder.Cell(first.Row.GridRow), messageValues);
    }

    // A cell named by what sets it apart from the relation's first cell: its row label when they
    // share a column, its column header when they share a row, else both.
    private static string PartLabel(TableCellValue first, TableCellValue part) =>
        part.Column.Id == first.Column.Id ? part.Row.Label
        : part.Row.Spec.Id == first.Row.Spec.Id ? part.ColumnHeader
        : part.Row.Label + " / " + part.ColumnHeader;

    // In a list of cells that share a column (or a row), each is named by what differs.
    private static string ValueLabel(List<TableCellValue> cells, TableCellValue cell) =>
        cells.All(c => c.Column.Id == cell.Column.Id) ? cell.Row.Label
        : cells.All(c => c.Row.Spec.Id == cell.Row.Spec.Id) ? cell.ColumnHeader
        : cell.Row.Label + " / " + cell.ColumnHeader;

    // What the cells of a relation share: "“自然人”列" or "“行政规范性文件”行"; null when nothing.
    private static string? Scope(CheckContext context, List<TableCellValue> cells)
    {
        if (cells.Count > 1 && cells.All(c => c.Column.Id == cells[0].Column.Id))
        {
            return RuleCatalog.Default.FormatText("scope.column", context.Language, [P("column", cells[0].ColumnHeader)]);
        }

        return cells.Count > 1 && cells[0].TableSpec.RowLabels && cells.All(c => c.Row.Spec.Id == cells[0].Row.Spec.Id)
            ? RuleCatalog.Default.FormatText("scope.row", context.Language, [P("row", cells[0].Row.Label)])
            : null;
    }
}
