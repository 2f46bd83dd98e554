using System.Globalization;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Figures;

/// <summary>
/// Reads the figures of running text: Arabic digits (full-width ones after normalisation),
/// thousands separators (1,234), decimals (12.5万元), Chinese numerals (两件, 十二条, 一百零三次, 〇件,
/// 零件), each with its unit, and approximations as ranges or bounds (100余次, 30多件, 近百, 约50,
/// 50左右, 上百, 数十, 十余). Numbers that are not counts are skipped: dates and years (2018年, 1月1日),
/// document numbers (〔2019〕1号, (32号)), codes (DN400), phone and service numbers (0871-6123456,
/// 12345热线), percentages, ordinals (第3次),
/// list numbers ("1.", "(2)"), and Chinese numerals without a unit (一是, 一站式, 十三五, 一把手, 一律).
/// Immutable and thread-safe; build one per unit list and share it.
/// </summary>
internal sealed class FigureReader
{
    // Figures from 10^15 up are codes or slips, not counts; below it a 亿 multiplier still fits a decimal.
    private const decimal MaxFigure = 1_000_000_000_000_000m;

    private const string MaskSuffixes = "年月日号时点分秒届级楼层栋岁周轮版章节度季载倍";
    private const string AfterOneIdioms = "事性龙码网窗站门体线办";

    private static readonly string[] BuiltInUnits =
        ["人次", "万元", "元", "条", "件", "次", "个", "人", "篇", "项", "起", "宗", "份", "例", "家", "场", "期", "名", "则", "户"];

    private static readonly (string Word, FigureBound Bound)[] Before =
    [
        ("不少于", FigureBound.AtLeast), ("至少", FigureBound.AtLeast), ("超过", FigureBound.AtLeast), ("多于", FigureBound.AtLeast), ("逾", FigureBound.AtLeast),
        ("大约", FigureBound.Around), ("大概", FigureBound.Around), ("大致", FigureBound.Around), ("约", FigureBound.Around),
        ("将近", FigureBound.AtMost), ("接近", FigureBound.AtMost), ("不到", FigureBound.AtMost), ("不足", FigureBound.AtMost), ("最多", FigureBound.AtMost), ("近", FigureBound.AtMost),
    ];

    private static readonly (string Word, FigureBound Bound)[] After =
    [
        ("左右", FigureBound.Around), ("上下", FigureBound.Around), ("以上", FigureBound.AtLeast), ("以下", FigureBound.AtMost), ("以内", FigureBound.AtMost),
    ];

    // "12345热线", "110报警电话": service numbers, not counts.
    private static readonly string[] Lines = ["热线", "电话", "专线", "短信", "报警"];

    private static readonly string[] Durations = ["工作日", "小时", "百分点", "季度", "星期", "多月", "月"];

    private readonly string[] _units;

    /// <summary>Creates a reader for the given units (the longest unit that fits is taken).</summary>
    public FigureReader(IEnumerable<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        _units = units.Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(u => u.Length).ToArray();
    }

    /// <summary>A reader for the usual units: 人次 万元 元 条 件 次 个 人 篇 项 起 宗 份 例 家 场 期 名 则 户.</summary>
    public static FigureReader Default { get; } = new(BuiltInUnits);

    /// <summary>Reads the figures of a text (normalised first; positions refer to the normalised text).</summary>
    public IReadOnlyList<StatedFigure> Read(string text) => Scan(NarrativeText.Normalize(text));

    /// <summary>Reads the figures of text already normalised with <see cref="NarrativeText.Normalize"/>, in order.</summary>
    internal List<StatedFigure> Scan(string t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var figures = new List<StatedFigure>();
        var i = 0;
        while (i < t.Length)
        {
            var c = t[i];
            int next;
            if (char.IsAsciiDigit(c))
            {
                next = ScanArabic(t, i, figures);
            }
            else if (c is '数' or '几' or '上' or '近' && i + 1 < t.Length && ChineseNumerals.Multiplier(t[i + 1]) > 0)
            {
                next = ScanRoughChinese(t, i, figures);
            }
            else if (ChineseNumerals.IsNumeralChar(c))
            {
                next = ScanChinese(t, i, figures);
            }
            else
            {
                next = i + 1;
            }

            i = Math.Max(next, i + 1);
        }

        return figures;
    }

    private int ScanArabic(string t, int start, List<StatedFigure> figures)
    {
        var n = t.Length;
        var j = start;
        while (j < n && char.IsAsciiDigit(t[j]))
        {
            j++;
        }

        var integerDigits = j - start;

        // Phone numbers, dates, times and codes: digit groups joined by - / : _.
        if (j + 1 < n && t[j] is '-' or '/' or ':' or '_' && char.IsAsciiDigit(t[j + 1]))
        {
            while (j < n && (char.IsAsciiDigit(t[j]) || t[j] is '-' or '/' or ':' or '_' or '.'))
            {
                j++;
            }

            return j;
        }

        var thousands = false;
        if (integerDigits <= 3)
        {
            while (j + 3 < n && t[j] == ',' && char.IsAsciiDigit(t[j + 1]) && char.IsAsciiDigit(t[j + 2]) && char.IsAsciiDigit(t[j + 3])
                && (j + 4 >= n || !char.IsAsciiDigit(t[j + 4])))
            {
                j += 4;
                thousands = true;
            }
        }

        var hasDecimals = false;
        if (j + 1 < n && t[j] == '.' && char.IsAsciiDigit(t[j + 1]))
        {
            j++;
            while (j < n && char.IsAsciiDigit(t[j]))
            {
                j++;
            }

            hasDecimals = true;
        }

        var numberEnd = j;
        var prev = start > 0 ? t[start - 1] : '\0';
        var after = numberEnd < n ? t[numberEnd] : '\0';
        if (char.IsAsciiLetter(prev) || char.IsAsciiLetter(after) || after is '%' or '‰' || prev == '第'
            || (prev is '[' or '(' && after is ']' or ')')
            || (integerDigits >= 7 && !thousands && !hasDecimals)
            || IsListNumber(t, start, numberEnd))
        {
            while (numberEnd < n && char.IsAsciiLetterOrDigit(t[numberEnd]))
            {
                numberEnd++;
            }

            return numberEnd;
        }

        var k = SkipSpace(t, numberEnd);
        if ((k < n && MaskSuffixes.Contains(t[k], StringComparison.Ordinal)) || StartsWithAny(t, k, Lines))
        {
            return k + 1;
        }

        // A number this large is a code or a typing slip, never a template quantity.
        if (!decimal.TryParse(t.AsSpan(start, numberEnd - start).ToString().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value >= MaxFigure)
        {
            return numberEnd;
        }

        if (MatchUnit(t, k) is null && k < n && ChineseNumerals.Multiplier(t[k]) > 0)
        {
            value *= ChineseNumerals.Multiplier(t[k]);
            k++;
        }

        var bound = FigureBound.Exact;
        decimal? upper = null;
        if (k < n && t[k] is '余' or '多' or '来' or '几')
        {
            bound = t[k] == '来' ? FigureBound.Around : FigureBound.AtLeast;
            k++;
        }
        else if (k + 1 < n && t[k] is '至' or '到' or '~' && char.IsAsciiDigit(t[k + 1]))
        {
            var e = k + 1;
            while (e < n && (char.IsAsciiDigit(t[e]) || (t[e] == '.' && e + 1 < n && char.IsAsciiDigit(t[e + 1]))))
            {
                e++;
            }

            if (!decimal.TryParse(t.AsSpan(k + 1, e - k - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var end) || end >= MaxFigure)
            {
                return e;
            }

            upper = end;
            bound = FigureBound.Range;
            k = e;
        }

        return Finish(t, start, k, value, bound, upper, isZeroWord: false, isOne: false, figures);
    }

    private int ScanChinese(string t, int start, List<StatedFigure> figures)
    {
        var n = t.Length;
        var j = start;
        while (j < n && ChineseNumerals.IsNumeralChar(t[j]))
        {
            j++;
        }

        // 十二万元: the 万 belongs to the unit.
        if (j - start > 1 && t[j - 1] == '万' && j < n && t[j] == '元')
        {
            j--;
        }

        var run = t.AsSpan(start, j - start);
        var prev = start > 0 ? t[start - 1] : '\0';
        if (prev is '第' or '周' || t.AsSpan(0, start).EndsWith("百分之", StringComparison.Ordinal) || t.AsSpan(0, start).EndsWith("星期", StringComparison.Ordinal))
        {
            return j;
        }

        // Digit-by-digit numerals (二〇一八, 三四) are years, codes or "three or four", never counts.
        var allDigits = true;
        foreach (var ch in run)
        {
            allDigits &= ChineseNumerals.Digit(ch) >= 0;
        }

        if (allDigits && run.Length > 1)
        {
            return j;
        }

        long value;
        if (!ChineseNumerals.TryParse(run, out value))
        {
            // 百余, 千余: a bare multiplier before 余/多.
            if (run.Length == 1 && ChineseNumerals.Multiplier(run[0]) > 0 && j < n && t[j] is '余' or '多')
            {
                value = ChineseNumerals.Multiplier(run[0]);
            }
            else
            {
                return j;
            }
        }

        if (j < n && MaskSuffixes.Contains(t[j], StringComparison.Ordinal))
        {
            return j + 1;
        }

        var k = j;
        var bound = FigureBound.Exact;
        if (k < n && t[k] is '余' or '多' or '来' or '几')
        {
            bound = t[k] == '来' ? FigureBound.Around : FigureBound.AtLeast;
            k++;
        }

        var isZeroWord = run.Length == 1 && ChineseNumerals.Digit(run[0]) == 0;
        return Finish(t, start, k, value, bound, null, isZeroWord, isOne: run is "一", figures);
    }

    // 数十, 几十, 上百, 近百, 数百, 上千, 上万 …
    private int ScanRoughChinese(string t, int start, List<StatedFigure> figures)
    {
        var lead = t[start];
        var m = ChineseNumerals.Multiplier(t[start + 1]);
        var k = start + 2;
        if (k < t.Length && t[k] is '余' or '多')
        {
            k++;
        }

        if (MatchUnit(t, SkipSpace(t, k)) is not { } unit)
        {
            return start + 1;
        }

        k = SkipSpace(t, k) + unit.Length;
        var figure = lead switch
        {
            '上' => StatedFigure.Create(m, FigureBound.AtLeast, unit, t[start..k], start, k - start),
            '近' => StatedFigure.Create(m, FigureBound.AtMost, unit, t[start..k], start, k - start),
            _ => StatedFigure.Create(m, FigureBound.Range, unit, t[start..k], start, k - start, (m * 10) - 1),
        };
        figures.Add(figure);
        return k;
    }

    // Unit, what follows it, and approximation words around the number.
    private int Finish(string t, int start, int k, decimal value, FigureBound bound, decimal? upper, bool isZeroWord, bool isOne, List<StatedFigure> figures)
    {
        var n = t.Length;
        var unitAt = SkipSpace(t, k);
        var unit = MatchUnit(t, unitAt);
        if (unit is not null)
        {
            k = unitAt + unit.Length;
            if ((unit == "个" && StartsWithAny(t, k, Durations)) || (unit == "次" && k < n && t[k] == '性')
                || (isOne && (unit == "起" || (k < n && AfterOneIdioms.Contains(t[k], StringComparison.Ordinal)))))
            {
                return k;
            }
        }
        else if (!char.IsAsciiDigit(t[start]) && !(isZeroWord && (k >= n || NarrativeText.IsClauseSeparator(t[k]))))
        {
            // A Chinese numeral counts only with a unit ("两件"), or as a zero ending its clause ("为零").
            return k;
        }

        var afterAt = SkipSpace(t, k);
        foreach (var (word, b) in After)
        {
            if (t.AsSpan(afterAt).StartsWith(word, StringComparison.Ordinal))
            {
                if (bound == FigureBound.Exact)
                {
                    bound = b;
                }

                k = afterAt + word.Length;
                break;
            }
        }

        var figureStart = start;
        var before = t.AsSpan(0, start).TrimEnd(' ');
        foreach (var (word, b) in Before)
        {
            if (before.EndsWith(word, StringComparison.Ordinal) && !(word == "近" && before.Length >= 2 && before[^2] is '最' or '附'))
            {
                if (bound == FigureBound.Exact)
                {
                    bound = b;
                }

                figureStart = before.Length - word.Length;
                break;
            }
        }

        figures.Add(StatedFigure.Create(value, bound, unit, t[figureStart..k], figureStart, k - figureStart, upper));
        return k;
    }

    private string? MatchUnit(string t, int k)
    {
        if (k >= t.Length)
        {
            return null;
        }

        foreach (var unit in _units)
        {
            if (t.AsSpan(k).StartsWith(unit, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        return null;
    }

    // "1.严格…", "2、…", "3)…" at the start of a clause are list numbers.
    private static bool IsListNumber(string t, int start, int end) =>
        (start == 0 || NarrativeText.IsClauseSeparator(t[start - 1]) || t[start - 1] is ' ' or ':' or '、')
        && end < t.Length && t[end] is '.' or '、' or ')'
        && (end + 1 >= t.Length || !char.IsAsciiDigit(t[end + 1]));

    private static bool StartsWithAny(string t, int k, string[] words)
    {
        foreach (var w in words)
        {
            if (t.AsSpan(k).StartsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpace(string t, int k) => k < t.Length && t[k] == ' ' ? k + 1 : k;
}
