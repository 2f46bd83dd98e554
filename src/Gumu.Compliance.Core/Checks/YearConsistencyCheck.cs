using System.Globalization;
using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Sections;
using Gumu.Compliance.Text;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// GM4002 year-inconsistent: the report year (title, else table caption) must agree with the
/// statistics period, the table caption, and section 13's plan for the following year.
/// </summary>
internal sealed partial class YearConsistencyCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM4002"];

    public void Run(CheckContext context)
    {
        if (context.Year is not int year)
        {
            return;
        }

        CheckStatisticsPeriod(context, year);

        foreach (var table in context.Tables)
        {
            if (context.Title.Year is not null && table.CaptionYear is int captionYear && captionYear != year && table.Caption is { } caption)
            {
                Report(context, "table-caption", table.Spec.Section, caption.Location, caption.Text, table.CaptionIndex ?? -1, captionYear, year);
            }
        }

        foreach (var section in context.Outline.Sections)
        {
            if (section.Heading.TitleYear is int planYear && context.RuleSet.Section(section.Number)!.Title.Contains("{Y+1}", StringComparison.Ordinal) && planYear != year + 1)
            {
                context.Report("GM4002", "plan", section.Number, section.Heading.Paragraph.Location, section.Heading.Paragraph.Text, section.Heading.BlockIndex,
                    [P("source", "plan"), P("found", planYear), P("year", year), P("expectedYear", year + 1), P("actual", section.Heading.Title)],
                    subOrder: 3);
            }
        }
    }

    private static void CheckStatisticsPeriod(CheckContext context, int year)
    {
        var blocks = context.Document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not ParagraphBlock p || !p.Text.Contains("统计", StringComparison.Ordinal) || !PeriodKeyword().IsMatch(TextNormalizer.Key(p.Text)))
            {
                continue;
            }

            if (ReportYear.Period(p.Text) is not var (from, to, _))
            {
                continue;
            }

            if (from != year || to != year)
            {
                Report(context, "statistics-period", context.Outline.SectionOf(i)?.Number, p.Location, p.Text, i, from != year ? from : to, year);
            }

            return; // one statement of the period is enough
        }
    }

    private static void Report(CheckContext context, string source, int? section, SourceLocation location, string evidence, int order, int found, int year)
    {
        var (zh, en) = source switch
        {
            "statistics-period" => ("统计期限", "statistics period"),
            "table-caption" => ("统计表标题", "statistics table caption"),
            _ => ("标题", "title"),
        };
        context.Report("GM4002", "default", section, location, evidence, order,
            [P("source", source), P("found", found), P("year", year)],
            messageValues: [P("where", zh), P("whereEn", en)]);
    }

    [GeneratedRegex("统计(期限|时限|期间|区间|时段|时间|周期)|数据统计|统计数据", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodKeyword();

}
