using System.Globalization;
using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Sections;

/// <summary>Where a report's year was read.</summary>
internal enum ReportYearSource
{
    /// <summary>The report's title ("…2025年政府信息公开工作年度报告").</summary>
    Title,

    /// <summary>The statistics period ("统计期限自2025年1月1日起至2025年12月31日止").</summary>
    StatisticsPeriod,

    /// <summary>A table caption ("2018年…政府信息公开情况统计表").</summary>
    TableCaption,

    /// <summary>The opening sentence that names the report ("现将…2018年度政府信息公开年度报告向社会公布").</summary>
    Opening,
}

/// <summary>
/// The year a report is about, found without any rule set: from its title, else its statistics
/// period, else a table caption, else the opening sentence that names the report. A year the text
/// merely mentions ("2018年以来") is never taken.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="Source">Where it was read.</param>
/// <param name="Location">Where that is, if in the body.</param>
/// <param name="BlockIndex">The block it was read from, or null for the page's own title.</param>
internal sealed partial record ReportYear(int Year, ReportYearSource Source, SourceLocation? Location, int? BlockIndex)
{
    private const int OpeningBlocks = 12;

    /// <summary>Finds the year of a report, or null.</summary>
    public static ReportYear? Find(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (ReportTitle.FindIndependent(document) is { Year: int titleYear } title)
        {
            return new ReportYear(titleYear, ReportYearSource.Title, title.Location, title.BlockIndex);
        }

        var blocks = document.Blocks;
        if (FindPeriod(document) is { } period)
        {
            return period;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock p && p.Text.Length <= 120 && p.Text.Contains("统计表", StringComparison.Ordinal)
                && ReportTitle.YearIn(p.Text) is int captionYear)
            {
                return new ReportYear(captionYear, ReportYearSource.TableCaption, p.Location, i);
            }
        }

        for (var i = 0; i < Math.Min(blocks.Count, OpeningBlocks); i++)
        {
            if (blocks[i] is ParagraphBlock p && OpeningYear(p.Text) is int openingYear)
            {
                return new ReportYear(openingYear, ReportYearSource.Opening, p.Location, i);
            }
        }

        return null;
    }

    /// <summary>The statistics period's year, when the report states one.</summary>
    internal static ReportYear? FindPeriod(ReportDocument document)
    {
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock p && Period(p.Text) is { } period)
            {
                return new ReportYear(period.From, ReportYearSource.StatisticsPeriod, p.Location, i);
            }
        }

        return null;
    }

    /// <summary>
    /// The statistics period a paragraph states: the years of "自{Y}年1月1日起至{Y}年12月31日止" and
    /// its variants (the second year may be left out; "年" is sometimes lost: "20181月1日").
    /// </summary>
    internal static (int From, int To, int Index)? Period(string text)
    {
        if (!text.Contains("31", StringComparison.Ordinal) && !text.Contains("３１", StringComparison.Ordinal))
        {
            return null;
        }

        var m = PeriodRange().Match(Compact(text));
        if (!m.Success)
        {
            return null;
        }

        var from = int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture);
        var to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        return (from, to, m.Index);
    }

    private static int? OpeningYear(string text)
    {
        if (text.Length > 600 || !(text.Contains("报告", StringComparison.Ordinal) || text.Contains("年报", StringComparison.Ordinal)))
        {
            return null;
        }

        var m = OpeningPattern().Match(Compact(text));
        return m.Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    // NFKC without whitespace: full-width digits become ASCII, "。" stays a sentence end, and a
    // '.' inside a web address does not end anything.
    private static string Compact(string text)
    {
        var nfkc = TextNormalizer.Nfkc(text);
        var builder = new System.Text.StringBuilder(nfkc.Length);
        foreach (var ch in nfkc)
        {
            if (!char.IsWhiteSpace(ch))
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("(?<![0-9])(?<from>(19|20)[0-9]{2})年?度?0?1月0?1日起?(至|到|-|~|—|－)(?<to>(19|20)[0-9]{2})?年?度?12月31日", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodRange();

    [GeneratedRegex("(?<![0-9])(?<y>(19|20)[0-9]{2})年?度?[^,;:。]{0,30}?(政府信息公开|政务公开|信息公开)[^,;:。]{0,12}?(年度报告|工作报告|年报)", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPattern();
}
