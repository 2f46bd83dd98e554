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
public sealed record ReportTitle(string? Text, SourceLocation? Location, int? Year, int? BlockIndex)
{
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

    internal static ReportTitle Find(ReportDocument document, RuleSet ruleSet, ReportOutline outline)
    {
        // A title the reader located on the page comes first.
        if (!string.IsNullOrWhiteSpace(document.Title) && document.TitleLocation is not null && IsTitleLike(document.Title, ruleSet))
        {
            return new ReportTitle(document.Title.Trim(), document.TitleLocation, YearIn(document.Title), null);
        }

        // Then the body's own title paragraph, which a person can find.
        var limit = Math.Min(outline.PreambleEnd, 12);
        for (var i = 0; i < limit; i++)
        {
            if (document.Blocks[i] is ParagraphBlock p && p.Text.Length <= 80 && IsTitleLike(p.Text, ruleSet))
            {
                return new ReportTitle(p.Text, p.Location, YearIn(p.Text), i);
            }
        }

        // Last, a title known only from metadata (document properties).
        return string.IsNullOrWhiteSpace(document.Title)
            ? new ReportTitle(null, null, null, null)
            : new ReportTitle(document.Title.Trim(), document.TitleLocation, YearIn(document.Title), null);
    }

    internal static bool IsTitleLike(string text, RuleSet ruleSet)
    {
        var key = TextNormalizer.Key(text);
        return key.Contains(TextNormalizer.Key(ruleSet.TitlePhrase), StringComparison.Ordinal)
            || ruleSet.TitlePhraseVariants.Any(v => key.Contains(TextNormalizer.Key(v), StringComparison.Ordinal))
            || (key.Contains("年度报告", StringComparison.Ordinal) && key.Contains("公开", StringComparison.Ordinal))
            || (key.Contains("年报", StringComparison.Ordinal) && key.Contains("公开", StringComparison.Ordinal));
    }
}
