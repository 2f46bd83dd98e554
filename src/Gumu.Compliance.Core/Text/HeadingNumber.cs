namespace Gumu.Compliance.Text;

/// <summary>The kind of numbering in front of a heading.</summary>
internal enum HeadingNumberStyle
{
    /// <summary>No number.</summary>
    None,

    /// <summary>一、 二. 第三部分 — the template's top level.</summary>
    Chinese,

    /// <summary>（一） (二) — a sub-level in the template.</summary>
    ParenthesizedChinese,

    /// <summary>1. 2、 — Arabic digits.</summary>
    Arabic,

    /// <summary>(1) （2） 1） — parenthesized Arabic digits.</summary>
    ParenthesizedArabic,
}

/// <summary>
/// A heading's leading number ("一、", "（三）", "2.", "第四部分") split from its title, with
/// missing or doubled separators allowed ("一 、", "一.", "一,").
/// </summary>
/// <param name="Style">The numbering style.</param>
/// <param name="Value">The number's value (0 when none).</param>
/// <param name="Length">How many characters of the text the number and its separators take.</param>
internal readonly record struct HeadingNumber(HeadingNumberStyle Style, int Value, int Length)
{
    private const string Separators = "、.,:：．，。 \u3000\t";

    /// <summary>Splits the number off the start of a heading text.</summary>
    public static HeadingNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            return default;
        }

        var open = text[i] is '(' or '（';
        var start = open ? i + 1 : i;
        var hasDi = !open && text[start] == '第';
        if (hasDi)
        {
            start++;
        }

        var end = start;
        var arabic = end < text.Length && IsArabicDigit(text[end]);
        if (arabic)
        {
            while (end < text.Length && IsArabicDigit(text[end]) && end - start < 3)
            {
                end++;
            }
        }
        else
        {
            while (end < text.Length && ChineseNumerals.IsNumeralChar(text[end]) && end - start < 4)
            {
                end++;
            }
        }

        if (end == start)
        {
            return default;
        }

        int value;
        if (arabic)
        {
            value = 0;
            for (var k = start; k < end; k++)
            {
                value = (value * 10) + (text[k] - (text[k] >= '０' ? '０' : '0'));
            }
        }
        else if (ChineseNumerals.TryParse(text.AsSpan(start, end - start), out var v) && v is > 0 and < 1000)
        {
            value = (int)v;
        }
        else
        {
            return default;
        }

        var pos = end;
        if (hasDi)
        {
            if (pos < text.Length && (text[pos] == '部' || text[pos] == '章'))
            {
                pos += text.AsSpan(pos).StartsWith("部分", StringComparison.Ordinal) ? 2 : 1;
            }
            else
            {
                return default;
            }
        }

        if (open)
        {
            if (pos >= text.Length || text[pos] is not (')' or '）'))
            {
                return default;
            }

            pos++;
        }
        else if (!arabic)
        {
            // A bare Chinese numeral needs a separator (or 第…部分) to be a number, not a word: "一是…".
            if (!hasDi && (pos >= text.Length || !Separators.Contains(text[pos], StringComparison.Ordinal)))
            {
                return default;
            }
        }
        else
        {
            // Arabic digits need a separator or a closing parenthesis: "2018年" is no heading number.
            if (pos < text.Length && text[pos] is ')' or '）')
            {
                pos++;
                while (pos < text.Length && Separators.Contains(text[pos], StringComparison.Ordinal))
                {
                    pos++;
                }

                return new HeadingNumber(HeadingNumberStyle.ParenthesizedArabic, value, pos);
            }

            if (pos >= text.Length || !Separators.Contains(text[pos], StringComparison.Ordinal) || text[pos] == ':' || text[pos] == '：')
            {
                return default;
            }

            // "1.5万元" is a decimal, not a heading number.
            if (text[pos] is '.' or '．' && pos + 1 < text.Length && IsArabicDigit(text[pos + 1]))
            {
                return default;
            }
        }

        while (pos < text.Length && Separators.Contains(text[pos], StringComparison.Ordinal))
        {
            pos++;
        }

        var style = (open, arabic) switch
        {
            (true, true) => HeadingNumberStyle.ParenthesizedArabic,
            (true, false) => HeadingNumberStyle.ParenthesizedChinese,
            (false, true) => HeadingNumberStyle.Arabic,
            _ => HeadingNumberStyle.Chinese,
        };
        return new HeadingNumber(style, value, pos);
    }

    private static bool IsArabicDigit(char ch) => ch is (>= '0' and <= '9') or (>= '０' and <= '９');
}
