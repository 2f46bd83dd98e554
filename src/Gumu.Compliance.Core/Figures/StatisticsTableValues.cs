using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>One template row as found in the report's statistics table.</summary>
public sealed record TableRowValue
{
    /// <summary>The template row.</summary>
    public required TableRowSpec Spec { get; init; }

    /// <summary>The row's label in the table's own words (e.g. "1.当面", "其中:涉及国家秘密").</summary>
    public required string Label { get; init; }

    /// <summary>0-based row of the table's grid.</summary>
    public required int GridRow { get; init; }

    /// <summary>The value cell, or null when the table has no value column or the label spans it.</summary>
    public TableCell? Cell { get; init; }

    /// <summary>The value.</summary>
    public required TableValue Value { get; init; }

    /// <summary>The unit: from the table's unit column when it gives one, else the template's.</summary>
    public required string Unit { get; init; }

    /// <summary>Where the value is (the value cell, else the label cell).</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The number, or null when the value is blank, not applicable or unreadable.</summary>
    public decimal? Number => Value.Kind == TableValueKind.Number ? Value.Number : null;
}

/// <summary>
/// The statistics table read against the template: which grid row holds which template row, the
/// value column ("统计数", else the last column of numbers), the unit column ("单位"), and the values.
/// </summary>
public sealed class StatisticsTableValues
{
    internal StatisticsTableValues(TableBlock table, int? valueColumn, int? unitColumn, IReadOnlyDictionary<int, TableRowValue> rows, IReadOnlyList<TableRowSpec> missing)
    {
        Table = table;
        ValueColumn = valueColumn;
        UnitColumn = unitColumn;
        Rows = rows;
        MissingRows = missing;
    }

    /// <summary>The table.</summary>
    public TableBlock Table { get; }

    /// <summary>0-based column of the values, or null when none was found.</summary>
    public int? ValueColumn { get; }

    /// <summary>0-based column of the units, or null.</summary>
    public int? UnitColumn { get; }

    /// <summary>The template rows found, by template row number.</summary>
    public IReadOnlyDictionary<int, TableRowValue> Rows { get; }

    /// <summary>Template rows not found in the table, in template order.</summary>
    public IReadOnlyList<TableRowSpec> MissingRows { get; }

    /// <summary>A template row as found, or null.</summary>
    public TableRowValue? Row(int templateRow) => Rows.GetValueOrDefault(templateRow);

    /// <summary>The number of a template row, or null when the row is absent or its value is not a number.</summary>
    public decimal? NumberOf(int templateRow) => Row(templateRow)?.Number;
}
