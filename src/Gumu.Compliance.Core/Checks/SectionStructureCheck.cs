using Gumu.Compliance.Sections;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// GM1001 section-missing, GM1002 section-out-of-order, GM1003 section-title-deviates,
/// GM1004 section-duplicated, GM1005 section-empty — over the recognised outline.
/// </summary>
internal sealed class SectionStructureCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM1001", "GM1002", "GM1003", "GM1004", "GM1005"];

    public void Run(CheckContext context)
    {
        var outline = context.Outline;
        var firsts = new Dictionary<int, ReportSection>();
        foreach (var section in outline.Sections)
        {
            if (!firsts.TryAdd(section.Number, section))
            {
                var spec = context.RuleSet.Section(section.Number)!;
                context.Report("GM1004", "default", section.Number, section.Heading.Paragraph.Location, section.Heading.Paragraph.Text,
                    section.Heading.BlockIndex, [P("expected", Expected(context, section.Number)), P("actual", section.Heading.Title)]);
            }
        }

        ReportMissing(context, firsts);
        if (context.RuleSet.SectionOrder != "any")
        {
            ReportOutOfOrder(context, firsts);
        }

        foreach (var section in outline.Sections)
        {
            var heading = section.Heading;
            if (!heading.IsCanonical)
            {
                context.Report("GM1003", "default", section.Number, heading.Paragraph.Location, heading.Paragraph.Text,
                    heading.BlockIndex, [P("expected", Expected(context, section.Number)), P("actual", heading.Title)], subOrder: 1);
            }

            if (!section.HasContent)
            {
                context.Report("GM1005", "default", section.Number, heading.Paragraph.Location, heading.Paragraph.Text,
                    heading.BlockIndex, [P("expected", Expected(context, section.Number))], subOrder: 2);
            }
        }
    }

    private static string Expected(CheckContext context, int number) =>
        SectionText.Title(context.RuleSet.Section(number)!, context.Year, context.Options.Language);

    // A missing section is reported where it should have been: at the next present section's
    // heading. A section the template does not require, or one the text covers by a statement of
    // its own (a template of matters in any order), is not missing.
    private static void ReportMissing(CheckContext context, Dictionary<int, ReportSection> firsts)
    {
        var anyOrder = context.RuleSet.SectionOrder == "any";
        foreach (var spec in context.RuleSet.Sections)
        {
            if (firsts.ContainsKey(spec.Number) || !spec.Required || StatedInText(context, spec))
            {
                continue;
            }

            var next = anyOrder ? null : context.RuleSet.Sections
                .Where(s => s.Number > spec.Number && firsts.ContainsKey(s.Number))
                .Select(s => firsts[s.Number])
                .OrderBy(s => s.Heading.BlockIndex)
                .FirstOrDefault();
            // A matter of a template in any order has no place of its own: the finding is document-wide.
            var anchor = anyOrder ? null : next ?? firsts.Values.OrderBy(s => s.Heading.BlockIndex).LastOrDefault();
            context.Report("GM1001", anyOrder ? "matter" : "default", spec.Number, anchor?.Heading.Paragraph.Location, null,
                anchor?.Heading.BlockIndex ?? -1, [P("expected", SectionText.Title(spec, context.Year, context.Options.Language))]);
        }
    }

    private static bool StatedInText(CheckContext context, Rules.SectionSpec spec) =>
        spec.Statements.Count > 0 && context.Document.Blocks.OfType<Documents.ParagraphBlock>().Any(p => WordsOf(spec.Statements).Matches(p.Text));

    private static Text.WordGroups WordsOf(IReadOnlyList<IReadOnlyList<string>> groups) =>
        Words.GetValue(groups, static g => new Text.WordGroups(g));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<IReadOnlyList<string>>, Text.WordGroups> Words = [];

    // Sections outside the longest run that follows template order are the ones out of place.
    private static void ReportOutOfOrder(CheckContext context, Dictionary<int, ReportSection> firsts)
    {
        var ordered = firsts.Values.OrderBy(s => s.Heading.BlockIndex).ToList();
        if (ordered.Count < 2)
        {
            return;
        }

        var templateRank = context.RuleSet.Sections.Select((s, i) => (s.Number, i)).ToDictionary(x => x.Number, x => x.i);
        var ranks = ordered.Select(s => templateRank[s.Number]).ToArray();
        var inOrder = LongestIncreasingSubsequence(ranks);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (inOrder.Contains(i))
            {
                continue;
            }

            var section = ordered[i];
            var after = i > 0 ? ordered[i - 1].Number : (int?)null;
            context.Report("GM1002", "default", null, section.Heading.Paragraph.Location, section.Heading.Paragraph.Text,
                section.Heading.BlockIndex,
                [P("moved", section.Number), P("after", after), P("expected", Expected(context, section.Number))]);
        }
    }

    /// <summary>Indices of one longest strictly increasing subsequence (the earliest-ending on ties).</summary>
    internal static HashSet<int> LongestIncreasingSubsequence(IReadOnlyList<int> values)
    {
        var n = values.Count;
        var length = new int[n];
        var previous = new int[n];
        var best = -1;
        for (var i = 0; i < n; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (values[j] < values[i] && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best])
            {
                best = i;
            }
        }

        var result = new HashSet<int>();
        for (var k = best; k >= 0; k = previous[k])
        {
            result.Add(k);
        }

        return result;
    }
}
