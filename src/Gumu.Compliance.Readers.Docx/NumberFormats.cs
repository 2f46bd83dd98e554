using System.Globalization;
using System.Text;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// Renders a list counter in a w:numFmt format the way Word displays it. Formats Word offers in
/// Chinese documents are implemented; any other format falls back to decimal.
/// </summary>
internal static class NumberFormats
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>Formats <paramref name="value"/>; null for formats that show no number (bullet, none).</summary>
    public static string? Format(int value, string? numFmt)
    {
        var c = CultureInfo.InvariantCulture;
        switch (numFmt)
        {
            case "none":
            case "bullet":
                return null;
            case "decimalZero":
                return value is >= 0 and < 10 ? "0" + value.ToString(c) : value.ToString(c);
            case "decimalFullWidth":
            case "decimalFullWidth2":
                return FullWidth(value.ToString(c));
            case "lowerLetter":
                return Letters(value, 'a');
            case "upperLetter":
                return Letters(value, 'A');
            case "lowerRoman":
                return Roman(value).ToLowerInvariant();
            case "upperRoman":
                return Roman(value);
            case "chineseCounting":
            case "japaneseCounting":
            case "taiwaneseCounting":
                return value < 100 ? Counting(value, ChineseDigits, "十百千万") : Digits(value, ChineseDigits);
            case "chineseCountingThousand":
            case "japaneseCountingThousand":
            case "taiwaneseCountingThousand":
                return Counting(value, ChineseDigits, "十百千万");
            case "ideographDigital":
            case "taiwaneseDigital":
                return Digits(value, ChineseDigits);
            case "chineseLegalSimplified":
                return Counting(value, LegalDigits, "拾佰仟万");
            case "ideographTraditional":
                return value >= 1 ? HeavenlyStems[(value - 1) % 10].ToString() : value.ToString(c);
            case "ideographZodiac":
                return value >= 1 ? EarthlyBranches[(value - 1) % 12].ToString() : value.ToString(c);
            case "decimalEnclosedCircle":
            case "decimalEnclosedCircleChinese":
                return Enclosed(value, 0x2460, 20);
            case "decimalEnclosedParen":
                return Enclosed(value, 0x2474, 20);
            case "decimalEnclosedFullstop":
                return Enclosed(value, 0x2488, 20);
            default:
                return value.ToString(c);
        }
    }

    private static string FullWidth(string digits)
    {
        var chars = digits.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '0' and <= '9')
            {
                chars[i] = (char)('０' + (chars[i] - '0'));
            }
        }

        return new string(chars);
    }

    /// <summary>Word's letter sequence: a … z, aa … zz, aaa … (the letter repeats, it does not carry).</summary>
    private static string Letters(int value, char first)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                builder.Append(symbols[i]);
                value -= values[i];
            }
        }

        return builder.ToString();
    }

    /// <summary>Digit by digit with 〇 for zero (102 → 一〇二).</summary>
    private static string Digits(int value, string digits)
    {
        var decimalDigits = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(decimalDigits.Length);
        foreach (var d in decimalDigits)
        {
            builder.Append(digits[d - '0']);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The counting form: 十 for ten, 十一 … 十九 without a leading 一, 二十, 一百零一, 一千零一十;
    /// 万 groups above 9,999. <paramref name="units"/> holds the characters for 10, 100, 1000, 10000.
    /// </summary>
    private static string Counting(int value, string digits, string units)
    {
        if (value is <= 0 or >= 100_000_000)
        {
            return value == 0 ? digits[0].ToString() : value.ToString(CultureInfo.InvariantCulture);
        }

        var zero = digits == ChineseDigits ? '零' : digits[0];
        var text = value >= 10_000
            ? BelowTenThousand(value / 10_000, digits, units, zero) + units[3]
              + (value % 10_000 == 0 ? string.Empty : (value % 10_000 < 1000 ? zero.ToString() : string.Empty) + BelowTenThousand(value % 10_000, digits, units, zero))
            : BelowTenThousand(value, digits, units, zero);

        // 一十 at the start reads 十 (十一, not 一十一); only for the everyday digits.
        return digits == ChineseDigits && text.Length > 1 && text[0] == digits[1] && text[1] == units[0]
            ? text[1..]
            : text;
    }

    private static string BelowTenThousand(int value, string digits, string units, char zero)
    {
        var builder = new StringBuilder();
        var pendingZero = false;
        ReadOnlySpan<int> powers = [1, 10, 100, 1000];
        for (var power = 3; power >= 0; power--)
        {
            var digit = value / powers[power] % 10;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append(zero);
                pendingZero = false;
            }

            builder.Append(digits[digit]);
            if (power > 0)
            {
                builder.Append(units[power - 1]);
            }
        }

        return builder.ToString();
    }

    private static string Enclosed(int value, int firstCodePoint, int count) =>
        value >= 1 && value <= count
            ? ((char)(firstCodePoint + value - 1)).ToString()
            : value.ToString(CultureInfo.InvariantCulture);
}
