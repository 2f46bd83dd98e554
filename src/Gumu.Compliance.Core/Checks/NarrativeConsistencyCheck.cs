using Gumu.Compliance.Figures;
using Gumu.Compliance.Rules;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// GM2003 narrative-self-contradiction, two cases. (1) The text states one quantity twice and the
/// two figures allow no common value ("行政复议2件" … "未发生行政复议"): reported at the later
/// statement, once per contradicting value, with <c>first</c> and <c>second</c>. (2) A stated total and
/// its parts stated after it in the same paragraph (quantities with <c>partOf</c>, e.g. applications
/// by channel, "其中网络申请2件、信函申请2件"): reported at the total when the parts add up to more
/// than the total, or when every part is stated and they add up to something else — parts that
/// are left unstated may hold the difference, so a smaller sum of some parts is no contradiction.
/// Approximate figures take part in (1) by their ranges and never in (2).
/// </summary>
internal sealed class NarrativeConsistencyCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM2003"];

    public void Run(CheckContext context)
    {
        if (context.RuleSet.Narrative is not { } spec)
        {
            return;
        }

        var narrative = context.Narrative;
        var language = context.Options.Language;
        foreach (var quantity in spec.Quantities)
        {
            var statements = narrative.Of(quantity.Id).ToList();
            if (statements.Count < 2)
            {
                continue;
            }

            var first = statements[0];
            var reported = new HashSet<(decimal, decimal?)>();
            foreach (var later in statements.Skip(1))
            {
                if (!later.Figure.Overlaps(first.Figure) && reported.Add((later.Figure.Minimum, later.Figure.Maximum)))
                {
                    context.Report("GM2003", "default", later.Source.Section, later.Source.Location, later.Source.Evidence, later.Source.BlockIndex,
                        [P("quantity", quantity.Id), P("first", first.Figure.Value), P("second", later.Figure.Value)], FigureOrder.Text(later.Source.Position),
                        [P("quantity", quantity.Name.In(language)), P("first", first.Written), P("second", later.Written)]);
                }
            }
        }

        foreach (var total in spec.Quantities)
        {
            var partQuantities = spec.Quantities.Where(q => q.PartOf == total.Id).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            if (partQuantities.Count > 0)
            {
                CheckParts(context, total, partQuantities, narrative);
            }
        }
    }

    // Each statement of the total takes the parts stated after it in its paragraph, up to the next
    // statement of the total: one pass over the statements in document order.
    private static void CheckParts(CheckContext context, NarrativeQuantitySpec total, HashSet<string> partQuantities, NarrativeFigures narrative)
    {
        NarrativeStatement? current = null;
        var parts = new Dictionary<string, NarrativeStatement>(StringComparer.Ordinal);
        foreach (var statement in narrative.Statements.Append(null))
        {
            var closes = statement is null || statement.Quantity.Id == total.Id || (current is not null && statement.Source.BlockIndex != current.Source.BlockIndex);
            if (closes && current is not null)
            {
                Compare(context, total, current, parts.Values.OrderBy(p => p.Source.Position).ToList(), partQuantities.Count);
                current = null;
                parts.Clear();
            }

            if (statement is null)
            {
                break;
            }

            if (statement.Quantity.Id == total.Id)
            {
                current = statement.Figure.IsExact && !statement.IsNone ? statement : null;
            }
            else if (current is not null && partQuantities.Contains(statement.Quantity.Id))
            {
                parts.TryAdd(statement.Quantity.Id, statement);
            }
        }
    }

    private static void Compare(CheckContext context, NarrativeQuantitySpec total, NarrativeStatement statement, List<NarrativeStatement> parts, int partCount)
    {
        if (parts.Count == 0 || parts.Any(p => !p.Figure.IsExact))
        {
            return;
        }

        var sum = parts.Sum(p => p.Figure.Value);
        var stated = statement.Figure.Value;
        if (sum > stated || (parts.Count == partCount && sum != stated))
        {
            context.Report("GM2003", "parts", statement.Source.Section, statement.Source.Location, statement.Source.Evidence, statement.Source.BlockIndex,
                [P("quantity", total.Id), P("stated", stated), P("computed", sum), P("parts", parts.Select(p => p.Quantity.Id).ToArray()), P("partValues", parts.Select(p => p.Figure.Value).ToArray())],
                FigureOrder.Text(statement.Source.Position),
                [P("quantity", total.Name.In(context.Options.Language)), P("stated", statement.Written)]);
        }
    }
}
