using System.Collections.Immutable;
using System.Globalization;
using Gumu.Compliance.Rules;

namespace Gumu.SampleBuilder.Model;

/// <summary>
/// One of a template's tables as a report fills it in: the table's schema from the rule set
/// (<see cref="Spec"/>; a defect sample may print fewer rows or columns than the template has)
/// and the text of every value cell, by row and column id. Rows and columns the rule set marks
/// optional (subtotals some reports add) are not printed.
/// </summary>
internal sealed class FormTable : IEquatable<FormTable>
{
    private readonly ImmutableSortedDictionary<string, string> cells;

    private FormTable(RuleSet ruleSet, TableSpec spec, ImmutableSortedDictionary<string, string> cells)
    {
        RuleSet = ruleSet;
        Spec = spec;
        this.cells = cells;
    }

    /// <summary>The template the table belongs to (its relations check the figures).</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The table as printed: the template's, or fewer rows or columns.</summary>
    public TableSpec Spec { get; }

    public string Id => Spec.Id;

    /// <summary>The rows printed with values, in template order (heading rows and optional subtotals left out).</summary>
    public IReadOnlyList<TableRowSpec> ValueRows => [.. Spec.Rows.Where(r => !r.Heading && !r.Optional)];

    /// <summary>The printed value columns (those without children, optional ones left out), in template order.</summary>
    public IReadOnlyList<TableColumnSpec> ValueColumns =>
        [.. Spec.Columns.Where(c => !c.Optional && !Spec.Columns.Any(child => child.Parent == c.Id))];

    /// <summary>
    /// A table filled in with <paramref name="figures"/>: for each row id, the values of the row's
    /// columns in template order; rows not listed hold 0 in every column.
    /// </summary>
    public static FormTable Filled(RuleSet ruleSet, string tableId, IReadOnlyDictionary<string, decimal[]> figures)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(figures);
        var spec = ruleSet.Table(tableId) ?? throw new InvalidOperationException($"{ruleSet.Id} has no table '{tableId}'.");
        var empty = new FormTable(ruleSet, spec, ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));
        var unknown = figures.Keys.Where(id => empty.ValueRows.All(r => r.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{ruleSet.Id} table {tableId} prints no value row {string.Join(", ", unknown)}.");
        }

        var cells = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var row in empty.ValueRows)
        {
            var columns = empty.ColumnsOf(row);
            var values = figures.TryGetValue(row.Id, out var given) ? given : new decimal[columns.Count];
            if (values.Length != columns.Count)
            {
                throw new InvalidOperationException($"{ruleSet.Id} table {tableId} row {row.Id} has {columns.Count} columns, not {values.Length}.");
            }

            for (var i = 0; i < columns.Count; i++)
            {
                cells[Key(row.Id, columns[i].Id)] = Format(values[i]);
            }
        }

        return new FormTable(ruleSet, spec, cells.ToImmutable());
    }

    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The printed value columns of a row, in template order.</summary>
    public IReadOnlyList<TableColumnSpec> ColumnsOf(TableRowSpec row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [.. ValueColumns.Where(c => row.Columns is null || row.Columns.Contains(c.Id, StringComparer.Ordinal))];
    }

    /// <summary>What a value cell holds as written.</summary>
    public string Text(string row, string column) =>
        cells.TryGetValue(Key(row, column), out var text) ? text : throw new InvalidOperationException($"Table {Id} prints no cell {row}@{column}.");

    /// <summary>A cell's count (fails on a cell that holds no whole number).</summary>
    public int Count(string row, string column)
    {
        var text = Text(row, column);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new InvalidOperationException($"Table {Id} cell {row}@{column} holds \"{text}\", not a count.");
    }

    /// <summary>The sum of a group row's printed parts in one column ("（三）不予公开" = 1.… + 2.… + …), as a text restates it.</summary>
    public int SumOfParts(string parent, string column)
    {
        var parts = ValueRows.Where(r => r.Parent == parent).ToList();
        return parts.Count > 0 ? parts.Sum(r => Count(r.Id, column)) : throw new InvalidOperationException($"Table {Id} prints no part of {parent}.");
    }

    public FormTable With(string row, string column, string text)
    {
        _ = Text(row, column);
        return new FormTable(RuleSet, Spec, cells.SetItem(Key(row, column), text));
    }

    public FormTable With(string row, string column, decimal value) => With(row, column, Format(value));

    /// <summary>The empty form: every value cell blank.</summary>
    public FormTable Emptied() => new(RuleSet, Spec, cells.ToImmutableSortedDictionary(c => c.Key, _ => string.Empty, StringComparer.Ordinal));

    /// <summary>The table printed without some of the template's rows (their cells go with them).</summary>
    public FormTable WithoutRows(params string[] ids)
    {
        Require(ids, Spec.Rows.Select(r => r.Id), "row");
        return new FormTable(RuleSet, Spec with { Rows = [.. Spec.Rows.Where(r => !ids.Contains(r.Id))] },
            cells.RemoveRange(cells.Keys.Where(k => ids.Contains(k.Split('@')[0]))));
    }

    /// <summary>The table printed without some of the template's value columns.</summary>
    public FormTable WithoutColumns(params string[] ids)
    {
        Require(ids, ValueColumns.Select(c => c.Id), "value column");
        return new FormTable(RuleSet, Spec with { Columns = [.. Spec.Columns.Where(c => !ids.Contains(c.Id))] },
            cells.RemoveRange(cells.Keys.Where(k => ids.Contains(k.Split('@')[1]))));
    }

    public bool Equals(FormTable? other) =>
        other is not null && ReferenceEquals(RuleSet, other.RuleSet) && Spec == other.Spec && cells.SequenceEqual(other.cells);

    public override bool Equals(object? obj) => Equals(obj as FormTable);

    public override int GetHashCode() => HashCode.Combine(RuleSet.Id, Spec.Id, cells.Count);

    private void Require(string[] ids, IEnumerable<string> known, string what)
    {
        var missing = ids.Except(known).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Table {Id} has no {what} {string.Join(", ", missing)}.");
        }
    }

    private static string Key(string row, string column) => row + "@" + column;
}
