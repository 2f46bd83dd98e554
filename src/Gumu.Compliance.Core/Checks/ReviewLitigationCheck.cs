using Gumu.Compliance.Figures;
using Gumu.Compliance.Sections;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// Section 10's statements on complaints, administrative reviews and lawsuits, driven by
/// <c>narrative.requiredStatements</c> and <c>narrative.proceedings</c>:
/// GM3001 review-not-reported, GM3002 litigation-not-reported, GM3005 complaints-not-reported —
/// the section states no count of that quantity, zero included ("未发生…举报、行政复议和行政诉讼"
/// states all three as 0; a figure shared ambiguously, "行政复议、行政诉讼共3件", mentions both and
/// states neither, so it is no ground for these either); reported at the section's heading. GM3003 review-outcome-missing and
/// GM3004 litigation-outcome-missing — the section states a count above zero and no outcome
/// (variant <c>default</c>), or outcomes that account for fewer (<c>partial</c>) or more
/// (<c>excess</c>) than an exact count; reported at the statement of the count. The table never
/// stands in for the text. When the section is missing altogether, GM1001 says so and none of
/// these is reported; an empty section gets them (it states nothing).
/// </summary>
internal sealed class ReviewLitigationCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM3001", "GM3002", "GM3003", "GM3004", "GM3005"];

    public void Run(CheckContext context)
    {
        if (context.RuleSet.Narrative is not { } spec)
        {
            return;
        }

        var narrative = context.Narrative;
        var quantities = spec.Quantities.ToDictionary(q => q.Id, StringComparer.Ordinal);
        foreach (var required in spec.RequiredStatements)
        {
            var quantity = quantities[required.Quantity];
            var sectionNumbers = required.Section is int own ? [own] : quantity.Sections;
            if (FirstSection(context.Outline, sectionNumbers) is not { } section || narrative.Mentions(quantity.Id))
            {
                continue;
            }

            // A table that states the quantity (national table 四) makes the statement, 0 included.
            var byTable = required.SatisfiedBy.Select(c => CellSum.Resolve(context.RuleSet, c)).ToList();
            var tableCells = byTable.SelectMany(c => c.Evaluate(context.ValuesOf).Cells).ToList();
            if (tableCells.Any(c => c.Value.Kind != TableValueKind.Blank))
            {
                continue;
            }

            // A table published as an image or attachment may well state it: GM1007 says it cannot be read.
            var tables = byTable.SelectMany(c => c.Cells.Select(x => x.Table)).Distinct().ToList();
            if (context.Tables.Any(t => tables.Contains(t.Spec) && t.Substitute is not null))
            {
                continue;
            }

            var heading = section.Heading;
            List<KeyValuePair<string, object?>> messageValues = [];
            var variant = "default";
            if (byTable.Count > 0)
            {
                variant = "with-table";
                messageValues.AddRange(context.TableNames(byTable[0].Cells[0].Table));
            }

            context.Report(required.Rule, variant, section.Number, heading.Paragraph.Location, null, heading.BlockIndex,
                [P("quantity", quantity.Id)], FigureOrder.Text(0), messageValues);
        }

        foreach (var proceeding in spec.Proceedings)
        {
            var count = NarrativeTableCheck.FirstCount(narrative, proceeding.Quantity);
            if (count is null || (count.Figure.Minimum <= 0 && count.Figure.Value <= 0))
            {
                continue;
            }

            var account = ProceedingAccount.Compute(proceeding, count, narrative.OutcomesOf(proceeding).ToList());
            string variant;
            if (!account.AnyOutcome)
            {
                variant = "default";
            }
            else if (account.Count is decimal n && account.Accounted is decimal accounted && accounted != n)
            {
                variant = accounted < n ? "partial" : "excess";
            }
            else
            {
                continue;
            }

            var source = count.Source;
            context.Report(proceeding.Rule, variant, source.Section, source.Location, source.Evidence, source.BlockIndex,
                [P("quantity", proceeding.Quantity), P("count", count.Figure.Value), P("accounted", account.Accounted ?? 0m)], FigureOrder.Text(source.Position),
                [P("stated", count.Written)]);
        }
    }

    private static ReportSection? FirstSection(ReportOutline outline, IEnumerable<int> sections) =>
        outline.Sections.FirstOrDefault(s => sections.Contains(s.Number));
}
