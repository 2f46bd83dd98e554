using Gumu.Compliance.Rules;

namespace Gumu.SampleBuilder.Model;

/// <summary>One printed line of the statistics table: a block header ("——" in 单位 and 统计数) or a figure row.</summary>
internal sealed record StatisticsLine(int Number, string Label, string Unit)
{
    public bool IsHeader => Number == 0;
}

/// <summary>
/// The 58-row 政府信息公开情况统计表 of the Yunnan 2018 template as the printed form lays it out:
/// the rows (numbers, labels, units) come from the yunnan-2018 rule set; the form adds a header
/// line above each block whose first row does not name the block, two sub-headers the rule set
/// has no row for, and one "其中：" cell spanning rows 30–35. Labels print with full-width
/// punctuation (<see cref="PrintedForm.Text"/>).
/// </summary>
internal static class StatisticsTemplate
{
    public const string TableId = "统计表";

    /// <summary>Rows 30–35 share one "其中：" cell spanning all of them (rowspan / vMerge).</summary>
    public const int GroupFirst = 30;

    public const int GroupLast = 35;

    public const string GroupLabel = "其中：";

    public const string HeaderLabel = "统计指标";

    public const string HeaderUnit = "单位";

    public const string HeaderValue = "统计数";

    /// <summary>What a block header shows in the 单位 and 统计数 columns.</summary>
    public const string NotApplicable = "——";

    /// <summary>Header lines of the printed form that head part of a block and are no row of the rule set.</summary>
    private static readonly Dictionary<int, string> SubHeaders = new()
    {
        [4] = "（二）通过不同渠道和方式公开政府信息的情况",
        [10] = "（二）通过不同渠道和方式回应解读的情况",
    };

    public static RuleSet RuleSet => RuleSetLoader.BuiltIn("yunnan-2018");

    public static TableSpec Spec => RuleSet.Table(TableId) ?? throw new InvalidOperationException($"yunnan-2018 has no table '{TableId}'.");

    public static int RowCount => Spec.Rows.Count;

    public static IReadOnlyList<StatisticsLine> Lines { get; } = Print(Spec);

    public static bool IsInGroup(int row) => row is >= GroupFirst and <= GroupLast;

    /// <summary>The label as one cell would carry it when the table has no separate "其中" cell.</summary>
    public static string FlatLabel(StatisticsLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Number == GroupFirst ? GroupLabel + line.Label : line.Label;
    }

    private static List<StatisticsLine> Print(TableSpec spec)
    {
        var lines = new List<StatisticsLine>();
        string? block = null;
        foreach (var row in spec.Rows)
        {
            var number = row.Number ?? throw new InvalidOperationException($"yunnan-2018 row '{row.Id}' has no number.");
            var label = PrintedForm.Text(row.Label);
            if (row.Block != block)
            {
                block = row.Block;
                var header = spec.Blocks.Single(b => b.Block == block);
                if (PrintedForm.Text(header.Label) != label)
                {
                    lines.Add(new StatisticsLine(0, PrintedForm.Text(header.Label), NotApplicable));
                }
            }

            if (SubHeaders.TryGetValue(number, out var subHeader))
            {
                lines.Add(new StatisticsLine(0, subHeader, NotApplicable));
            }

            if (number == GroupFirst)
            {
                label = label.StartsWith(GroupLabel, StringComparison.Ordinal)
                    ? label[GroupLabel.Length..]
                    : throw new InvalidOperationException($"yunnan-2018 row {GroupFirst} no longer starts with {GroupLabel}");
            }

            lines.Add(new StatisticsLine(number, label, row.Unit ?? throw new InvalidOperationException($"yunnan-2018 row {number} has no unit.")));
        }

        return lines;
    }
}
