using System.Globalization;
using System.Text.RegularExpressions;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Figures;

/// <summary>What a statistics-table value cell holds.</summary>
internal enum TableValueKind
{
    /// <summary>A number: "5", "５", "1,234", "12.5", "5件", "两", "无" (none, read as 0).</summary>
    Number,

    /// <summary>Nothing: the value is unknown, not zero.</summary>
    Blank,

    /// <summary>"/", "—", "——", "-": not applicable.</summary>
    NotApplicable,

    /// <summary>Anything else: text where a number belongs.</summary>
    Text,
}

/// <summary>The value of a statistics-table cell. Blank, "/" and "——" are kept apart from 0.</summary>
internal sealed partial record TableValue
{
    /// <summary>What the cell holds.</summary>
    public required TableValueKind Kind { get; init; }

    /// <summary>The number, when <see cref="Kind"/> is <see cref="TableValueKind.Number"/>.</summary>
    public decimal? Number { get; init; }

    /// <summary>The cell's text as written, trimmed.</summary>
    public required string Text { get; init; }

    /// <summary>An absent value (no cell, or a cell merged into a label).</summary>
    public static TableValue Absent { get; } = new() { Kind = TableValueKind.Blank, Text = string.Empty };

    /// <summary>Reads a cell's text. A unit written after the number ("5件", "3.5(万元)") is allowed.</summary>
    /// <param name="text">The cell text.</param>
    /// <param name="units">Units that may follow the number.</param>
    public static TableValue Parse(string text, IEnumerable<string> units)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(units);
        var written = text.Trim();
        var key = TextNormalizer.Simplify(written).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (key.Length == 0)
        {
            return new TableValue { Kind = TableValueKind.Blank, Text = written };
        }

        if (key.All(ch => ch is '-' or '/' or '\\' or '_' or '~'))
        {
            return new TableValue { Kind = TableValueKind.NotApplicable, Text = written };
        }

        if (key is "无" or "没有")
        {
            return new TableValue { Kind = TableValueKind.Number, Number = 0, Text = written };
        }

        var bare = StripUnit(key, units);
        // Digits no decimal can hold are text, not a figure (GM2004 says so).
        if (Arabic().IsMatch(bare)
            && decimal.TryParse(bare, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value))
        {
            return new TableValue { Kind = TableValueKind.Number, Number = value, Text = written };
        }

        // A lone "一" is more often a dash typed with the wrong key than the number one.
        if (bare != "一" && ChineseNumerals.TryParse(bare, out var chinese) && (bare.Length == 1 || !bare.All(ch => ChineseNumerals.Digit(ch) >= 0)))
        {
            return new TableValue { Kind = TableValueKind.Number, Number = chinese, Text = written };
        }

        return new TableValue { Kind = TableValueKind.Text, Text = written };
    }

    private static string StripUnit(string key, IEnumerable<string> units)
    {
        foreach (var unit in units.OrderByDescending(u => u.Length))
        {
            if (unit.Length == 0 || key.Length <= unit.Length)
            {
                continue;
            }

            if (key.EndsWith("(" + unit + ")", StringComparison.Ordinal))
            {
                return key[..^(unit.Length + 2)];
            }

            if (key.EndsWith(unit, StringComparison.Ordinal))
            {
                return key[..^unit.Length];
            }
        }

        return key;
    }

    [GeneratedRegex(@"^[+-]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Arabic();
}
