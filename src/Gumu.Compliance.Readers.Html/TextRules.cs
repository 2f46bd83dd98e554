using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Readers.Html;

/// <summary>Text normalisation and the small text patterns the reader relies on.</summary>
internal static partial class TextRules
{
    /// <summary>
    /// Collapses whitespace as a browser shows it: every run of whitespace (ASCII, no-break space,
    /// ideographic space U+3000, …) becomes one space, leading and trailing whitespace goes, and a
    /// run made only of ASCII whitespace that contains a line break disappears when it sits between
    /// two East Asian wide characters (CSS Text 3 segment-break rule: Word and many editors wrap
    /// Chinese text at arbitrary points). Zero-width characters are dropped.
    /// </summary>
    public static string Collapse(string raw)
    {
        if (raw.Length == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(raw.Length);
        var pending = false;
        var pendingBreak = false;
        var pendingAsciiOnly = true;
        foreach (var ch in raw)
        {
            if (IsZeroWidth(ch))
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                pending = true;
                if (ch is '\n' or '\r')
                {
                    pendingBreak = true;
                }
                else if (ch is not (' ' or '\t' or '\f'))
                {
                    pendingAsciiOnly = false;
                }

                continue;
            }

            if (pending && sb.Length > 0 && !(pendingBreak && pendingAsciiOnly && IsWide(sb[^1]) && IsWide(ch)))
            {
                sb.Append(' ');
            }

            pending = false;
            pendingBreak = false;
            pendingAsciiOnly = true;
            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>True for characters that take no space (zero-width space, BOM, soft hyphen, …).</summary>
    public static bool IsZeroWidth(char ch) => ch is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>True when the string holds nothing but whitespace and zero-width characters.</summary>
    public static bool IsBlank(string text)
    {
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch) && !IsZeroWidth(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts the visible (non-whitespace) characters.</summary>
    public static int VisibleLength(string text)
    {
        var n = 0;
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch) && !IsZeroWidth(ch))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// East Asian wide or full-width characters (Han, kana, CJK punctuation, full-width forms) and
    /// surrogates (supplementary Han); Hangul is excluded as in CSS Text 3.
    /// </summary>
    public static bool IsWide(char ch) =>
        ch is (>= '\u2E80' and <= '\u303E')
            or (>= '\u3041' and <= '\u33FF')
            or (>= '\u3400' and <= '\u4DBF')
            or (>= '\u4E00' and <= '\u9FFF')
            or (>= '\uA000' and <= '\uA4CF')
            or (>= '\uF900' and <= '\uFAFF')
            or (>= '\uFE10' and <= '\uFE19')
            or (>= '\uFE30' and <= '\uFE6F')
            or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6')
            || char.IsSurrogate(ch);

    /// <summary>True for Han ideographs (one supplementary ideograph counts once, by its high surrogate).</summary>
    public static bool IsHan(char ch) =>
        ch is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uD840' and <= '\uD8BF');

    /// <summary>
    /// How much running text a string carries: one point per Han character, a quarter per other
    /// letter or digit (so pages without Chinese still score).
    /// </summary>
    public static double Score(string text)
    {
        double score = 0;
        foreach (var ch in text)
        {
            if (IsHan(ch))
            {
                score += 1;
            }
            else if (char.IsLetterOrDigit(ch))
            {
                score += 0.25;
            }
        }

        return score;
    }

    /// <summary>Removes every whitespace character (for comparing titles).</summary>
    public static string WithoutWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch) && !IsZeroWidth(ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>True when the text starts with a top-level Chinese ordinal heading number ("一、", "十二.").</summary>
    public static bool StartsWithTopOrdinal(string text) => TopOrdinal().IsMatch(text);

    /// <summary>True when a short line is portal chrome: breadcrumbs, font-size switches, print/close/share links, footers, the metadata line.</summary>
    public static bool IsChromeLine(string text) => text.Length <= 160 && ChromeLine().IsMatch(text);

    /// <summary>True when the text holds a calendar date (2019-01-14, 2019/1/14, 2019.01.14, 2019年1月14日).</summary>
    public static bool ContainsDate(string text) => AnyDate().IsMatch(text);

    /// <summary>Parses a date at the start of <paramref name="value"/> (after NFKC, so full-width digits work).</summary>
    public static bool TryParseLeadingDate(string value, out DateOnly date, out string matched)
    {
        date = default;
        matched = string.Empty;
        var normalized = TextNormalizer.Nfkc(value);
        var m = LeadingDate().Match(normalized);
        if (!m.Success)
        {
            return false;
        }

        var c = CultureInfo.InvariantCulture;
        var year = int.Parse(m.Groups["y"].Value, NumberStyles.None, c);
        var month = int.Parse(m.Groups["m"].Value, NumberStyles.None, c);
        var day = int.Parse(m.Groups["d"].Value, NumberStyles.None, c);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);

        // The raw text as it appears in the (un-normalised) value, for locating it in the source.
        matched = normalized.Length == value.Length ? value.Substring(m.Index, m.Length) : m.Value;
        return true;
    }

    /// <summary>The labels of a portal metadata line or metadata table, longest first.</summary>
    public static Regex MetaLabel() => MetaLabelRegex();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}\s*[、.．，,]")]
    private static partial Regex TopOrdinal();

    [GeneratedRegex(@"(19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"^\s*(?<y>(19|20)[0-9]{2})\s*[-/.年]\s*(?<m>[0-9]{1,2})\s*[-/.月]\s*(?<d>[0-9]{1,2})(?![0-9])\s*日?")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(
        @"(信息来源|文章来源|稿件来源|来源|发布机构|发布单位|发文机关|发布日期|发布时间|成文日期|生效日期|作者|点击数|点击量|点击率|点击|浏览次数|浏览量|浏览|阅读次数|阅读数|阅读|访问量|访问次数|字体|字号|责任编辑|编辑|索引号|主题分类|分类|文号|主题词|关键词|日期|时间)\s*[:：]?")]
    private static partial Regex MetaLabelRegex();

    [GeneratedRegex(
        @"当前位置|您的位置|所在位置|现在的位置" +
        @"|字[体號号]\s*[:：]?\s*[\[【(（]?\s*大\s*[\]】)）]?\s*[\[【(（]?\s*中" +
        @"|【\s*大\s*】\s*【\s*中\s*】|打印本页|打印此页|打印文章|关闭窗口|关闭本页|【\s*打印\s*】|【\s*关闭\s*】|\[\s*打印\s*\]|\[\s*关闭\s*\]" +
        @"|分享到|收藏本页|返回顶部|上一篇[:：]|下一篇[:：]" +
        @"|版权所有|ICP\s*备|ICP\s*证|网站标识码|公网安备|主办单位\s*[:：]|承办单位\s*[:：]|技术支持\s*[:：]|建议使用.{0,30}浏览器|最佳分辨率" +
        @"|(发布日期|发布时间|信息来源|文章来源|点击数|点击量|点击|浏览次数|阅读次数|访问量)\s*[:：]")]
    private static partial Regex ChromeLine();
}
