using Gumu.Compliance;
using Gumu.Compliance.Rules;
using Gumu.SampleBuilder.Rendering;

namespace Gumu.SampleBuilder.Model;

/// <summary>A relation of a template table that a report's figures break, as the checker words it.</summary>
/// <param name="Table">The template table ("三", "统计表").</param>
/// <param name="Relation">The relation's id in the rule set, or "value" for a cell that cannot hold its value (a negative or fractional count).</param>
/// <param name="Message">The checker's message.</param>
internal sealed record BrokenRelation(string Table, string Relation, string Message)
{
    public override string ToString() => $"table {Table} {Relation}: {Message}";
}

/// <summary>
/// Checks a report's figures against the relations of the rule set each table belongs to — the
/// rule set's own relations, evaluated by the checker's own relation check over the tables as a
/// reader sees them — so compliant samples are compliant and a defect sample breaks only what it
/// was made to break.
/// </summary>
internal static class FigureCheck
{
    public static IReadOnlyList<BrokenRelation> BrokenRelations(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tables = new List<(RuleSet RuleSet, TableLayout Layout)>();
        if (report.Table is { } statistics)
        {
            tables.Add((StatisticsTemplate.RuleSet, CoreDocument.Layout(statistics)));
        }

        tables.AddRange(report.FormTables.Select(t => (t.RuleSet, FormLayout.Of(t))));
        var broken = new List<BrokenRelation>();
        foreach (var group in tables.GroupBy(t => t.RuleSet))
        {
            var result = new ReportAnalyzer(group.Key).Analyze(CoreDocument.OfTables(group.Select(t => t.Layout)));
            broken.AddRange(result.Findings
                .Where(f => f.RuleId is "GM2001" or "GM2005")
                .Select(f => new BrokenRelation(
                    f.Property("table") as string ?? group.Key.Tables[0].Id,
                    f.Property("relation") as string ?? "value",
                    f.Message)));
        }

        return broken;
    }
}
