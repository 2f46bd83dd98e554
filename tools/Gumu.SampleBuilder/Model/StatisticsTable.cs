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

    /// <summary>
    /// The equalities and bounds of the template that do not hold (empty for a faithful table). The
    /// builder uses it to make sure compliant samples are compliant and defect samples carry only
    /// the defect they were made for.
    /// </summary>
    public IReadOnlyList<string> BrokenRelations()
    {
        var broken = new List<string>();
        void Sum(int total, params int[] parts)
        {
            var computed = parts.Sum(p => this[p]);
            if (computed != this[total])
            {
                broken.Add($"row {total} = {Text(total)} but rows {string.Join('+', parts)} = {Format(computed)}");
            }
        }

        void AtMost(int part, int whole)
        {
            if (this[part] > this[whole])
            {
                broken.Add($"row {part} = {Text(part)} exceeds row {whole} = {Text(whole)}");
            }
        }

        Sum(17, 18, 19, 20, 21);
        Sum(22, 23, 24);
        Sum(25, 26, 27, 28, 29, 36, 37, 38, 39);
        Sum(29, 30, 31, 32, 33, 34, 35);
        Sum(40, 41, 42, 43);
        Sum(44, 45, 46, 47);
        Sum(52, 53, 54);
        AtMost(2, 1);
        AtMost(2, 3);
        for (var channel = 4; channel <= 8; channel++)
        {
            AtMost(channel, 1);
        }

        AtMost(11, 10);
        AtMost(13, 12);
        AtMost(22, 17);
        for (var row = 1; row <= StatisticsTemplate.RowCount; row++)
        {
            var value = this[row];
            if (value < 0 || (row is not (49 or 55) && value != decimal.Truncate(value)))
            {
                broken.Add($"row {row} = {Text(row)} is not a non-negative count");
            }
        }

        if ((this[57] == 0) != (this[58] == 0))
        {
            broken.Add("rows 57 and 58 disagree about whether training took place");
        }

        if (this[25] != this[22])
        {
            broken.Add($"row 25 = {Text(25)} differs from row 22 = {Text(22)}");
        }

        if (this[49] > 0 && this[17] == 0)
        {
            broken.Add("fees charged (row 49) without any application (row 17)");
        }

        return broken;
    }
}
