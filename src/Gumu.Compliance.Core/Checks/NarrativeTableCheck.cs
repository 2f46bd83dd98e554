using Gumu.Compliance.Figures;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// GM2002 narrative-table-mismatch: a figure the text states for a quantity of the rule set
/// (<c>narrative.quantities</c> with a <c>row</c>) that the table's row contradicts. An
/// approximate figure ("100余次", "近百") contradicts only a value outside its range; a table value
/// that is blank, "/", "——" or unreadable contradicts nothing. Outcome rows of reviews and lawsuits
/// (41–43, 45–47) are compared only when the outcomes the text states account exactly for the
/// count (otherwise GM3003/GM3004 says so, and the rows the text gives are not reliable). Each
/// distinct stated value is reported once, at the paragraph that first states it (its section, its
/// location). Properties: <c>quantity</c>, <c>stated</c> (the number as written), <c>bound</c> (for an
/// approximation), <c>table</c>, <c>row</c> (the row's label in the table's own words), <c>templateRow</c>.
/// </summary>
internal sealed class NarrativeTableCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM2002"];

    public void Run(CheckContext context)
    {
        if (context.RuleSet.Narrative is not { } spec)
        {
            return;
        }

        var narrative = context.Narrative;
        foreach (var quantity in spec.Quantities)
        {
            if (Target(context.RuleSet, quantity) is not { } target)
            {
                continue;
            }

            var (table, cells) = target.Evaluate(context.ValuesOf);
            if (table is not decimal value)
            {
                continue;
            }

            var alternatives = quantity.AlternativeCells
                .Select(a => CellSum.Resolve(context.RuleSet, a).Evaluate(context.ValuesOf).Sum)
                .ToList();
            var reported = new HashSet<(decimal, decimal?)>();
            foreach (var statement in narrative.Of(quantity.Id))
            {
                var figure = statement.Figure;
                if (!figure.Admits(value) && !alternatives.Any(a => a is decimal v && figure.Admits(v))
                    && reported.Add((figure.Minimum, figure.Maximum)))
                {
                    Report(context, quantity.Id, quantity.Name, figure, statement.Written, statement.Source, cells, value);
                }
            }
        }

        // Phrases that state values without a figure: each distinct phrase of a rule once.
        var asserted = new HashSet<(string, string)>();
        foreach (var assertion in narrative.Assertions)
        {
            var (sum, cells) = CellSum.Resolve(context.RuleSet, assertion.Spec.Cells).Evaluate(context.ValuesOf);
            if (sum is not decimal value || value == assertion.Spec.Value || !asserted.Add((assertion.Spec.Id, assertion.Phrase)))
            {
                continue;
            }

            var source = assertion.Source;
            var table = cells[0].TableSpec;
            var shown = cells.Where(c => c.Number != assertion.Spec.Value || cells.Count == 1).ToList();
            context.Report("GM2002", "assertion", source.Section, source.Location, source.Evidence, source.BlockIndex,
                [P("quantity", assertion.Spec.Id), P("stated", assertion.Phrase), P("expected", assertion.Spec.Value), P("table", table.Id),
                 P("cells", cells.Select(c => c.TableSpec.RowLabels ? c.Row.Label + " / " + c.ColumnHeader : c.ColumnHeader).ToArray()),
                 P("cellValues", cells.Select(c => c.Number!.Value).ToArray()), P("computed", value)],
                FigureOrder.Text(source.Position),
                [P("statement", assertion.Spec.Name.In(context.Language)), .. context.TableNames(table),
                 P("cells", string.Join(RuleCatalog.Default.Text("list.separator", context.Language), shown.Select(c => context.CellText(c) + " " + RuleCatalog.FormatValue(c.Number))))]);
        }

        foreach (var proceeding in spec.Proceedings)
        {
            var count = FirstCount(narrative, proceeding.Quantity);
            var account = ProceedingAccount.Compute(proceeding, count, narrative.OutcomesOf(proceeding).ToList());
            if (account.Count is not decimal n || account.Accounted != n)
            {
                continue;
            }

            foreach (var (outcomeRow, value, first) in account.Rows)
            {
                if (CellSum.ForRow(context.RuleSet, outcomeRow.Row)?.Evaluate(context.ValuesOf) is ({ } table, var cells) && table != value)
                {
                    var figure = StatedFigure.Create(value, FigureBound.Exact, null, first.Source.Evidence, first.Source.Position, 0);
                    Report(context, outcomeRow.Id, outcomeRow.Name, figure, RuleCatalog.FormatValue(value), first.Source, cells, table);
                }
            }
        }
    }

    // The cells a quantity is compared with: its template row (one-column tables) or its cells.
    private static CellSum? Target(RuleSet ruleSet, NarrativeQuantitySpec quantity) =>
        quantity.Cells is { } cells ? CellSum.Resolve(ruleSet, cells)
        : quantity.Row is int row ? CellSum.ForRow(ruleSet, row)
        : null;

    /// <summary>The statement of a quantity's count a check goes by: the first exact one, else the first.</summary>
    internal static NarrativeStatement? FirstCount(NarrativeFigures narrative, string quantityId)
    {
        NarrativeStatement? first = null;
        foreach (var statement in narrative.Of(quantityId))
        {
            if (statement.Figure.IsExact)
            {
                return statement;
            }

            first ??= statement;
        }

        return first;
    }

    /// <summary>The contract spelling of an approximation: "at-least", "at-most", "around", "range".</summary>
    internal static string BoundName(FigureBound bound) => bound switch
    {
        FigureBound.AtLeast => "at-least",
        FigureBound.AtMost => "at-most",
        FigureBound.Around => "around",
        FigureBound.Range => "range",
        _ => "exact",
    };

    private static void Report(CheckContext context, string quantityId, LocalizedText name, StatedFigure figure, string written, NarrativeSource source, IReadOnlyList<TableCellValue> cells, decimal table)
    {
        var properties = new List<KeyValuePair<string, object?>> { P("quantity", quantityId), P("stated", figure.Value) };
        if (!figure.IsExact)
        {
            properties.Add(P("bound", BoundName(figure.Bound)));
        }

        var spec = cells[0].TableSpec;
        List<KeyValuePair<string, object?>> messageValues = [P("quantity", name.In(context.Language)), P("stated", written), .. context.TableNames(spec)];
        string variant;
        if (spec.PropertyStyle != "cell")
        {
            variant = "default";
            properties.AddRange([P("table", table), P("row", cells[0].Row.Label), P("templateRow", cells[0].Row.Spec.Number)]);
        }
        else if (cells.Count == 1)
        {
            variant = "cell";
            properties.AddRange([.. CellProperties.Of(cells[0], spec), P("value", table)]);
            messageValues.Add(P("cell", context.CellText(cells[0])));
        }
        else
        {
            variant = "cells";
            var labels = cells.Select(c => c.TableSpec.RowLabels ? c.Row.Label + " / " + c.ColumnHeader : c.ColumnHeader).ToArray();
            properties.AddRange([P("table", spec.Id), P("cells", labels), P("cellValues", cells.Select(c => c.Number!.Value).ToArray()), P("computed", table)]);
            messageValues.Add(P("cells", string.Join(" + ", cells.Select(c => context.CellText(c) + " " + RuleCatalog.FormatValue(c.Number)))));
        }

        context.Report("GM2002", variant, source.Section, source.Location, source.Evidence, source.BlockIndex, properties, FigureOrder.Text(source.Position), messageValues);
    }
}
