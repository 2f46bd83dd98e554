using System.Globalization;
using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Sections;

/// <summary>The report's title as found, and the year written in it.</summary>
/// <param name="Text">The title text, or null when none was found.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Year">The year in the title, or null.</param>
/// <param name="BlockIndex">The body block that holds the title, or null when it came from the page or document properties.</param>
internal sealed partial record ReportTitle(string? Text, SourceLocation? Location, int? Year, int? BlockIndex)
{
    private const int SearchBlocks = 12;
    private const int MaxTitleLength = 80;

    private static readonly Regex ArabicYear = new(@"(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ChineseYear = new("(?<year>[〇零一二三四五六七八九]{4})年", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The first year (1900–2099) written in a text, Arabic or Chinese digits.</summary>
    public static int? YearIn(string text) => FindYear(TextNormalizer.Simplify(text))?.Year;

    /// <summary>The first year in an already normalised text and where it starts.</summary>
    internal static (int Index, int Year)? FindYear(string normalized)
    {
        var m = ArabicYear.Match(normalized);
        if (m.Success)
        {
            return (m.Index, int.Parse(m.Value, CultureInfo.InvariantCulture));
        }

        var c = ChineseYear.Match(normalized);
        return c.Success && ChineseNumerals.TryParse(c.Groups["year"].Value, out var y) && y is >= 1900 and < 2100 ? (c.Index, (int)y) : null;
    }

    /// <summary>
    /// The report's own title: the title the reader located on the page, or a short title-like
    /// paragraph before the first section heading. A title with a year wins over one without, so
    /// a breadcrumb or column name ("政府信息公开年报") above the real title is passed over; a
    /// title known only from document properties comes last.
    /// </summary>
    internal static ReportTitle Find(ReportDocument document, RuleSet ruleSet, ReportOutline outline) =>
        Find(document, ruleSet, Math.Min(outline.PreambleEnd, SearchBlocks));

    /// <summary>The title found without a rule set: searched up to the first numbered top-level heading.</summary>
    internal static ReportTitle FindIndependent(ReportDocument document)
    {
        var limit = Math.Min(document.Blocks.Count, SearchBlocks);
        for (var i = 0; i < limit; i++)
        {
            if (document.Blocks[i] is ParagraphBlock p && HeadingNumber.Parse(p.Text).Style == HeadingNumberStyle.Chinese)
            {
                limit = i;
                break;
            }
        }

        return Find(document, RuleSetLoader.Common, limit);
    }

    private static ReportTitle Find(ReportDocument document, RuleSet ruleSet, int limit)
    {
        var candidates = new List<ReportTitle>();
        if (!string.IsNullOrWhiteSpace(document.Title) && document.TitleLocation is not null && IsTitleLike(document.Title, ruleSet))
        {
            candidates.Add(new ReportTitle(document.Title.Trim(), document.TitleLocation, YearIn(document.Title), null));
        }

        for (var i = 0; i < Math.Min(limit, document.Blocks.Count); i++)
        {
            if (document.Blocks[i] is ParagraphBlock p && p.Text.Length <= MaxTitleLength && IsTitleLike(p.Text, ruleSet))
            {
                candidates.Add(new ReportTitle(p.Text, p.Location, YearIn(p.Text), i));
            }
        }

        if ((candidates.FirstOrDefault(c => c.Year is not null) ?? candidates.FirstOrDefault()) is { } found)
        {
            return found;
        }

        // Last, a title known only from metadata (document properties).
        return string.IsNullOrWhiteSpace(document.Title) || IsLetterTitle(document.Title)
            ? new ReportTitle(null, null, null, null)
            : new ReportTitle(document.Title.Trim(), document.TitleLocation, YearIn(document.Title), null);
    }

    /// <summary>True when a text reads like an annual report's title (and not like a notice about one).</summary>
    internal static bool IsTitleLike(string text, RuleSet ruleSet)
    {
        // A breadcrumb names the annual-report column and often the year, but is no title.
        if (PortalChrome.LooksLikeBreadcrumb(text))
        {
            return false;
        }

        var key = TextNormalizer.Key(text);
        var named = key.Contains(TextNormalizer.Key(ruleSet.TitlePhrase), StringComparison.Ordinal)
            || ruleSet.TitlePhraseVariants.Any(v => key.Contains(TextNormalizer.Key(v), StringComparison.Ordinal))
            || (key.Contains("年度报告", StringComparison.Ordinal) && key.Contains("公开", StringComparison.Ordinal))
            || (key.Contains("年报", StringComparison.Ordinal) && key.Contains("公开", StringComparison.Ordinal));
        return named && !IsLetterTitle(key);
    }

    /// <summary>
    /// True for the title of a notice, letter or reply ("关于做好…年度报告编制工作的通知"): filed in the
    /// annual-report column, about a report, but not one.
    /// </summary>
    internal static bool IsLetterTitle(string text) => LetterTitle().IsMatch(TextNormalizer.Key(text));

    [GeneratedRegex("^关于.*(通知|函|通报|批复|请示|意见|公告|决定|方案|办法)$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterTitle();
}
