using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Sections;

/// <summary>
/// Recognises section headings by title: the canonical title or a known variant, after
/// normalisation (<see cref="TextNormalizer.Key"/>), with {Y}/{Y+1} matching any four-digit year.
/// Built once per rule set (regexes compiled once) and shared.
/// </summary>
internal sealed class SectionMatcher
{
    private const string YearGroup = "(?<year>[0-9]{4}|[〇零一二三四五六七八九]{4})";

    private static readonly ConditionalWeakTable<RuleSet, SectionMatcher> Cache = [];

    /// <summary>The longest heading a keyword group may recognise: a longer paragraph is running text.</summary>
    private const int MaxKeywordTitleLength = 40;

    private readonly List<TitlePattern> _patterns = [];
    private readonly List<(SectionSpec Section, WordGroups Words)> _keywords = [];

    private SectionMatcher(RuleSet ruleSet)
    {
        foreach (var section in ruleSet.Sections)
        {
            if (section.Keywords.Count > 0)
            {
                _keywords.Add((section, new WordGroups(section.Keywords)));
            }
        }

        foreach (var section in ruleSet.Sections)
        {
            _patterns.Add(TitlePattern.Create(section, section.Title, isCanonical: true));
            foreach (var variant in section.Variants)
            {
                _patterns.Add(TitlePattern.Create(section, variant, isCanonical: false));
            }
        }

        // Longest first, so "其他应报告的事项及附表" wins over "其他应报告的事项".
        _patterns.Sort((a, b) => b.KeyLength.CompareTo(a.KeyLength));
    }

    /// <summary>The matcher for a rule set (built on first use).</summary>
    public static SectionMatcher For(RuleSet ruleSet) => Cache.GetValue(ruleSet, static rs => new SectionMatcher(rs));

    /// <summary>
    /// Matches a heading text (number already removed). <paramref name="allowInline"/> lets the
    /// title be followed by punctuation and the section's first sentence in the same paragraph.
    /// </summary>
    public TitleMatch? Match(string titleText, bool allowInline) =>
        MatchKey(TextNormalizer.Key(titleText).TrimEnd('.', ':', ';', ','), allowInline);

    /// <summary>Matches a heading's title already turned into a matching key (trailing punctuation trimmed).</summary>
    public TitleMatch? MatchKey(string key, bool allowInline)
    {
        if (key.Length == 0)
        {
            return null;
        }

        return MatchTitle(key, allowInline) ?? (allowInline ? MatchKeywords(key) : null);
    }

    // A short heading that holds a section's words, whatever else it says ("三、依申请公开和不予公开情况").
    private TitleMatch? MatchKeywords(string key)
    {
        // The title ends at the first sentence punctuation; what follows is the section's text.
        var end = key.IndexOfAny(['.', ':', ';']);
        var title = end < 0 ? key : key[..end];
        if (title.Length == 0 || title.Length > MaxKeywordTitleLength)
        {
            return null;
        }

        foreach (var (section, words) in _keywords)
        {
            if (words.MatchesKey(title))
            {
                return new TitleMatch(section, IsCanonical: false, section.Title, null, HasInlineContent: end >= 0 && end + 1 < key.Length);
            }
        }

        return null;
    }

    private TitleMatch? MatchTitle(string key, bool allowInline)
    {
        foreach (var pattern in _patterns)
        {
            // Most titles are literal: a prefix test; only titles with a year need their regex.
            Match? m = null;
            int length;
            if (pattern.Literal is { } literal)
            {
                if (!key.StartsWith(literal, StringComparison.Ordinal))
                {
                    continue;
                }

                length = literal.Length;
            }
            else
            {
                m = pattern.Regex!.Match(key);
                if (!m.Success)
                {
                    continue;
                }

                length = m.Length;
            }

            var rest = key[length..];
            var inline = false;
            if (rest.Length > 0)
            {
                if (!allowInline || rest[0] is not ('.' or ':' or ';' or ','))
                {
                    continue;
                }

                inline = rest.Length > 1;
            }

            int? year = null;
            if (m is not null && m.Groups["year"].Success)
            {
                var y = m.Groups["year"].Value;
                year = char.IsAsciiDigit(y[0])
                    ? int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)
                    : ChineseNumerals.TryParse(y, out var v) ? (int)v : null;
            }

            return new TitleMatch(pattern.Section, pattern.IsCanonical, pattern.Title, year, inline);
        }

        return null;
    }

    private sealed record TitlePattern(SectionSpec Section, string Title, bool IsCanonical, string? Literal, Regex? Regex, int KeyLength)
    {
        public static TitlePattern Create(SectionSpec section, string title, bool isCanonical)
        {
            if (!title.Contains('{', StringComparison.Ordinal))
            {
                var key = TextNormalizer.Key(title);
                return new TitlePattern(section, title, isCanonical, key, null, key.Length);
            }

            var builder = new StringBuilder("^");
            var rest = title;
            while (rest.Length > 0)
            {
                var open = rest.IndexOf('{', StringComparison.Ordinal);
                var close = open < 0 ? -1 : rest.IndexOf('}', open);
                if (open < 0 || close < 0)
                {
                    builder.Append(Regex.Escape(TextNormalizer.Key(rest)));
                    break;
                }

                builder.Append(Regex.Escape(TextNormalizer.Key(rest[..open])));
                builder.Append(YearGroup);
                rest = rest[(close + 1)..];
            }

            var regex = new Regex(builder.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return new TitlePattern(section, title, isCanonical, null, regex, TextNormalizer.Key(title).Length);
        }
    }
}

/// <summary>A recognised section title.</summary>
/// <param name="Section">The template section.</param>
/// <param name="IsCanonical">True when the title is the template's wording (after normalisation).</param>
/// <param name="MatchedTitle">The title or variant that matched (with placeholders).</param>
/// <param name="Year">The year written in the title, for titles with {Y}/{Y+1}.</param>
/// <param name="HasInlineContent">True when the section's text follows the title in the same paragraph.</param>
internal sealed record TitleMatch(SectionSpec Section, bool IsCanonical, string MatchedTitle, int? Year, bool HasInlineContent);
