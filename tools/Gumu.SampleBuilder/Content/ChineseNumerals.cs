using System.Text;

namespace Gumu.SampleBuilder.Content;

/// <summary>Chinese numerals as reports write them: 十二, 一百零三, 三百四十六; 两 for a count of two.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The numeral of <paramref name="value"/> (0–9999), as in headings: 一, 十, 十四.</summary>
    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 9999);
        if (value == 0)
        {
            return "零";
        }

        ReadOnlySpan<char> units = ['千', '百', '十', '\0'];
        ReadOnlySpan<int> scales = [1000, 100, 10, 1];
        var text = new StringBuilder();
        var pendingZero = false;
        for (var i = 0; i < scales.Length; i++)
        {
            var digit = value / scales[i] % 10;
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                text.Append('零');
                pendingZero = false;
            }

            // 十二 rather than 一十二 when the tens lead.
            if (!(digit == 1 && scales[i] == 10 && text.Length == 0))
            {
                text.Append(Digits[digit]);
            }

            if (units[i] != '\0')
            {
                text.Append(units[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>A count before a measure word: 两件, 十二条, 一百零三次.</summary>
    public static string Count(int value) => value == 2 ? "两" : Format(value);
}
