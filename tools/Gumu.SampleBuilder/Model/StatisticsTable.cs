using System.Collections.Immutable;
using System.Globalization;

namespace Gumu.SampleBuilder.Model;

/// <summary>The 58 figures of one report's statistics table, by template row number (1–58).</summary>
internal sealed record StatisticsTable
{
    private readonly ImmutableArray<decimal> values;

    public StatisticsTable(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != StatisticsTemplate.RowCount)
        {
            throw new ArgumentException($"A statistics table has {StatisticsTemplate.RowCount} rows, not {values.Count}.", nameof(values));
        }

        this.values = [.. values];
    }

    public decimal this[int row] => values[row - 1];

    /// <summary>The figure of a count row as an integer (fails on a fractional value: counts are whole).</summary>
    public int Count(int row)
    {
        var value = this[row];
        return value == decimal.Truncate(value) ? (int)value : throw new InvalidOperationException($"Row {row} holds {value}, not a count.");
    }

    public StatisticsTable With(int row, decimal value) => new(values.SetItem(row - 1, value));

    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public string Text(int row) => Format(this[row]);

    public bool Equals(StatisticsTable? other) => other is not null && values.SequenceEqual(other.values);

    public override int GetHashCode() => values.Aggregate(0, (hash, v) => HashCode.Combine(hash, v));
}
