namespace Gumu.Compliance.Figures;

/// <summary>How exactly a stated figure gives its value.</summary>
internal enum FigureBound
{
    /// <summary>An exact value: "2件", "两件", "一百零三次", "0件", "零件".</summary>
    Exact,

    /// <summary>A lower bound: "100余次", "30多件", "十余", "上百", "100次以上".</summary>
    AtLeast,

    /// <summary>An upper bound: "近百", "不到50", "不足10件".</summary>
    AtMost,

    /// <summary>An approximation: "约50", "50左右" — taken as the range value/2 … value×2.</summary>
    Around,

    /// <summary>A range: "数十" (10–99), "几百" (100–999), "3至5件".</summary>
    Range,
}

/// <summary>
/// A number stated in running text with its unit: exact, or the range an approximation allows.
/// An approximate figure only contradicts a value outside its range, never a value inside it.
/// </summary>
internal sealed record StatedFigure
{
    /// <summary>The number as written, multipliers applied ("100余次" → 100, "12.5万元" → 12.5 with unit 万元, "1.2万条" → 12000).</summary>
    public required decimal Value { get; init; }

    /// <summary>How exact the figure is.</summary>
    public FigureBound Bound { get; init; }

    /// <summary>The smallest value the figure allows.</summary>
    public decimal Minimum { get; init; }

    /// <summary>The largest value the figure allows, or null when unbounded.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>The unit ("件", "人次", "万元"), or null when none follows the number.</summary>
    public string? Unit { get; init; }

    /// <summary>The figure as written in the normalised text, approximation words and unit included.</summary>
    public required string Text { get; init; }

    /// <summary>Where the figure starts in the normalised text it was read from.</summary>
    public int Start { get; init; }

    /// <summary>How many characters of the normalised text the figure takes.</summary>
    public int Length { get; init; }

    /// <summary>True for an exact figure.</summary>
    public bool IsExact => Bound == FigureBound.Exact;

    /// <summary>True when the figure allows the value.</summary>
    public bool Admits(decimal value) => value >= Minimum && (Maximum is not decimal max || value <= max);

    /// <summary>True when the two figures allow at least one common value.</summary>
    public bool Overlaps(StatedFigure other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Maximum is not decimal max || other.Minimum <= max) && (other.Maximum is not decimal otherMax || Minimum <= otherMax);
    }

    /// <summary>Creates a figure with the bounds its kind implies.</summary>
    internal static StatedFigure Create(decimal value, FigureBound bound, string? unit, string text, int start, int length, decimal? upper = null)
    {
        var (min, max) = bound switch
        {
            FigureBound.Exact => (value, (decimal?)value),
            FigureBound.AtLeast => (value, null),
            FigureBound.AtMost => (0m, value),
            FigureBound.Around => (value / 2, value * 2),
            _ => (value, upper ?? value),
        };
        return new StatedFigure { Value = value, Bound = bound, Minimum = min, Maximum = max, Unit = unit, Text = text, Start = start, Length = length };
    }

    /// <summary>An exact zero stated by words ("未发生…", "无…").</summary>
    internal static StatedFigure Zero(string text, int start, int length) =>
        Create(0, FigureBound.Exact, null, text, start, length);
}
