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
        if (context.TableValues is not { } values || context.RuleSet.Narrative is not { } spec)
        {
            return;
        }

        var narrative = context.Narrative;
        foreach (var quantity in spec.Quantities)
        {
            if (quantity.Row is not int rowNumber || values.Row(rowNumber) is not { Number: decimal table } row)
            {
                continue;
            }

            var reported = new HashSet<(decimal, decimal?)>();
            foreach (var statement in narrative.Of(quantity.Id))
            {
                if (!statement.Figure.Admits(table) && reported.Add((statement.Figure.Minimum, statement.Figure.Maximum)))
                {
                    Report(context, quantity.Id, quantity.Name, statement.Figure, statement.Written, statement.Source, row, table);
                }
            }
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
                if (values.Row(outcomeRow.Row) is { Number: decimal table } row && table != value)
                {
                    var figure = StatedFigure.Create(value, FigureBound.Exact, null, first.Source.Evidence, first.Source.Position, 0);
                    Report(context, outcomeRow.Id, outcomeRow.Name, figure, RuleCatalog.FormatValue(value), first.Source, row, table);
                }
            }
        }
    }

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

    private static void Report(CheckContext context, string quantityId, LocalizedText name, StatedFigure figure, string written, NarrativeSource source, TableRowValue row, decimal table)
    {
        var properties = new List<KeyValuePair<string, object?>> { P("quantity", quantityId), P("stated", figure.Value) };
        if (!figure.IsExact)
        {
            properties.Add(P("bound", BoundName(figure.Bound)));
        }

        properties.AddRange([P("table", table), P("row", row.Label), P("templateRow", row.Spec.Row)]);
        context.Report("GM2002", "default", source.Section, source.Location, source.Evidence, source.BlockIndex, properties, FigureOrder.Text(source.Position),
            [P("quantity", name.In(context.Options.Language)), P("stated", written)]);
    }
}
