using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Sections;

/// <summary>
/// The body that issues a report and what kind of body it is. The name is the title's words before
/// its year ("石桥镇人民政府2025年…"), or, for a title that starts with the year ("2018年武汉市江汉区
/// 政府信息公开工作年度报告"), the words between the year and "政府信息公开"; failing that, the
/// byline the title stands next to ("2022年政府信息公开工作年度报告" over "松木塘镇人民政府"), then the
/// portal's "信息来源". The kind comes from the name's ending (the rule set's <c>issuerKinds</c>):
/// 镇/乡/街道 are townships and subdistricts, 局/委/办 departments, 县/区/市/州/省 (人民政府) governments.
/// </summary>
internal static class ReportIssuer
{
    private static readonly string[] PhraseStarts = ["政府信息公开", "政务公开", "政务信息公开", "信息公开"];

    private const int MaxBylineLength = 30;

    // How far into the report self-references are looked for: the opening and the first section.
    private const int OpeningParagraphs = 8;

    /// <summary>The issuing body's name, or null.</summary>
    public static string? Name(ReportTitle title, ReportDocument document, RuleSet ruleSet)
    {
        if (title.Text is { } text && FromTitle(TextNormalizer.Key(text)) is { Length: >= 2 } name)
        {
            return name;
        }

        if (Byline(title, document, ruleSet) is { } byline)
        {
            return byline;
        }

        return document.Metadata.Issuer is { Length: >= 2 } issuer ? TextNormalizer.Key(issuer) : null;
    }

    /// <summary>
    /// The agency named on its own line right below (or above) a title that does not name it: a
    /// short line with no figures that ends like a body of a known kind ("松木塘镇人民政府"). Null when
    /// there is none.
    /// </summary>
    public static string? Byline(ReportTitle title, ReportDocument document, RuleSet ruleSet)
    {
        // A title the reader took out of the text (a web page's heading) stood right above the
        // first block; a title found among the blocks has its neighbours on both sides.
        ReadOnlySpan<int> neighbours = title.BlockIndex is int at ? [at + 1, at - 1]
            : title.Text is not null && title.Location is not null && title.Text == document.Title?.Trim() ? [0]
            : [];
        foreach (var i in neighbours)
        {
            if (i >= 0 && i < document.Blocks.Count && document.Blocks[i] is ParagraphBlock p)
            {
                var key = TextNormalizer.Key(p.Text);
                if (key.Length is >= 2 and <= MaxBylineLength
                    && !key.Any(c => char.IsAsciiDigit(c) || c is ':' or '：' or '，' or ',' or '。')
                    && !key.Contains("公开", StringComparison.Ordinal)
                    && !key.Contains("报告", StringComparison.Ordinal)
                    && Kind(key, ruleSet) is not null)
                {
                    return key;
                }
            }
        }

        return null;
    }

    /// <summary>The agency named in a normalised title, or an empty string.</summary>
    public static string FromTitle(string key)
    {
        var year = ReportTitle.FindYear(key);
        string agency;
        if (year is (int at, _) && at > 0)
        {
            agency = key[..at];
        }
        else
        {
            var start = year is (int first, _) ? SkipYear(key, first) : 0;
            var end = PhraseStarts.Select(p => key.IndexOf(p, start, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (end < 0)
            {
                end = key.IndexOf("年度报告", start, StringComparison.Ordinal);
            }

            agency = end > start ? key[start..end] : string.Empty;
        }

        return agency.StartsWith("关于", StringComparison.Ordinal) ? agency[2..] : agency;
    }

    /// <summary>
    /// The kind of body that issues the report: from its name when the report names it, else from
    /// how the opening refers to its own body ("现结合我镇实际") when every such reference there
    /// belongs to one kind. Null when neither tells.
    /// </summary>
    public static IssuerKindSpec? KindOf(ReportTitle title, ReportDocument document, RuleSet ruleSet)
    {
        var name = Name(title, document, ruleSet);
        return name is not null ? Kind(name, ruleSet) : FromSelfReferences(document, ruleSet);
    }

    /// <summary>The one kind whose self-references ("我镇", "我局") the report's opening paragraphs use, or null.</summary>
    internal static IssuerKindSpec? FromSelfReferences(ReportDocument document, RuleSet ruleSet)
    {
        IssuerKindSpec? found = null;
        var paragraphs = 0;
        foreach (var block in document.Blocks)
        {
            if (block is not ParagraphBlock p)
            {
                continue;
            }

            if (++paragraphs > OpeningParagraphs)
            {
                break;
            }

            foreach (var kind in ruleSet.IssuerKinds)
            {
                if (kind.SelfReferences.Any(r => p.Text.Contains(r, StringComparison.Ordinal)))
                {
                    if (found is not null && found.Kind != kind.Kind)
                    {
                        return null;
                    }

                    found = kind;
                }
            }
        }

        return found;
    }

    /// <summary>The kind of body a name shows, by its longest known ending, or null.</summary>
    public static IssuerKindSpec? Kind(string? name, RuleSet ruleSet)
    {
        if (name is null)
        {
            return null;
        }

        IssuerKindSpec? best = null;
        var bestLength = 0;
        foreach (var kind in ruleSet.IssuerKinds)
        {
            foreach (var suffix in kind.Suffixes)
            {
                if (suffix.Length > bestLength && name.EndsWith(suffix, StringComparison.Ordinal))
                {
                    (best, bestLength) = (kind, suffix.Length);
                }
            }
        }

        return best;
    }

    // "2018年" / "2018年度" at the start of a title.
    private static int SkipYear(string key, int at)
    {
        var i = at;
        while (i < key.Length && (char.IsAsciiDigit(key[i]) || "〇零一二三四五六七八九".Contains(key[i], StringComparison.Ordinal)))
        {
            i++;
        }

        if (i < key.Length && key[i] == '年')
        {
            i++;
        }

        if (i < key.Length && key[i] == '度')
        {
            i++;
        }

        return i;
    }
}
