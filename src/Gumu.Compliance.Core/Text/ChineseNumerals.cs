namespace Gumu.Compliance.Text;

/// <summary>
/// Reads Chinese numerals as written in reports: 一 … 九, 〇/零, 两/俩, 十二, 二十, 一百零三,
/// 三千零五, 一万二千, digit-by-digit forms such as 二〇一八, and financial forms (壹贰叁 …).
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>True for a character that can be part of a Chinese numeral.</summary>
    public static bool IsNumeralChar(char ch) => Digit(ch) >= 0 || Multiplier(ch) > 0;

    /// <summary>
    /// Parses a whole span as a Chinese numeral. Returns false for anything that is not entirely
    /// a well-formed numeral (so "十一五" style mixed text is rejected by the caller's scanning).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        // A numeral too large for a long is no figure of a report.
        try
        {
            return TryParseChecked(text, out value);
        }
        catch (OverflowException)
        {
            value = 0;
            return false;
        }
    }

    private static bool TryParseChecked(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        // Digit-by-digit form (二〇一八): every character is a digit and there are at least two.
        var allDigits = true;
        foreach (var ch in text)
        {
            if (Digit(ch) < 0)
            {
                allDigits = false;
                break;
            }
        }

        if (allDigits)
        {
            if (text.Length == 1)
            {
                value = Digit(text[0]);
                return true;
            }

            // "两" never appears in a digit-by-digit year or code.
            if (text.Contains('两') || text.Contains('俩'))
            {
                return false;
            }

            long v = 0;
            foreach (var ch in text)
            {
                v = checked((v * 10) + Digit(ch));
            }

            value = v;
            return true;
        }

        long total = 0;   // completed 万/亿 groups
        long section = 0; // within the current group
        long digit = -1;  // pending digit
        var lastMultiplier = long.MaxValue;
        var zeroSeen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var d = Digit(ch);
            if (d >= 0)
            {
                if (digit >= 0 && d != 0 && !zeroSeen)
                {
                    return false; // two digits in a row without a multiplier ("一二十")
                }

                if (d == 0)
                {
                    zeroSeen = true;
                    continue;
                }

                digit = d;
                zeroSeen = false;
                continue;
            }

            var m = Multiplier(ch);
            if (m <= 0)
            {
                return false;
            }

            if (m >= 10_000)
            {
                section += digit > 0 ? digit : 0;
                if (section == 0 && total == 0)
                {
                    return false;
                }

                total = (total + section) * m;
                section = 0;
                digit = -1;
                lastMultiplier = long.MaxValue;
                continue;
            }

            if (m >= lastMultiplier)
            {
                return false; // "十百", "百百"
            }

            // A bare 十 at the start means 一十.
            var factor = digit > 0 ? digit : (m == 10 && section == 0 ? 1 : -1);
            if (factor < 0)
            {
                return false;
            }

            section += factor * m;
            digit = -1;
            lastMultiplier = m;
            zeroSeen = false;
        }

        if (digit > 0)
        {
            section += digit;
        }

        value = total + section;
        return true;
    }

    /// <summary>The digit value of a numeral character, or -1.</summary>
    public static int Digit(char ch) => ch switch
    {
        '〇' or '零' or 'Ｏ' or '○' => 0,
        '一' or '壹' or '幺' => 1,
        '二' or '两' or '俩' or '贰' or '貳' or '兩' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>The value of a multiplier character (十 百 千 万 亿 and their financial forms), or 0.</summary>
    public static long Multiplier(char ch) => ch switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' or '萬' => 10_000,
        '亿' or '億' => 100_000_000,
        _ => 0,
    };
}
