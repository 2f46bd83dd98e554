using System.Runtime.CompilerServices;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Figures;

/// <summary>
/// Maps the rows of a statistics table to the template's rows. A row's label is the rightmost
/// label cell that names a template row (so a rowspan "其中" or group cell to its left is passed
/// over), else the label cells joined. Labels match by their core (<see cref="TableLabel.Core"/>:
/// numbering, "其中:", notes in parentheses, punctuation and width removed), then by an alias, then
/// by the core without a trailing 数/数量/总数/次数. A label several template rows share ("被依法纠错数",
/// "(三)其他情形数") goes to the row of the current block (一 … 九, set by block header rows and by
/// each mapped row), the first one not yet taken after the last mapped row.
/// </summary>
public static class StatisticsTableReader
{
    private static readonly ConditionalWeakTable<StatisticsTableSpec, LabelIndex> Indexes = [];

    /// <summary>Reads a table against a template's statistics table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="spec">The template's statistics table.</param>
    /// <param name="units">Units a value cell may carry after its number.</param>
    public static StatisticsTableValues Read(TableBlock table, StatisticsTableSpec spec, IEnumerable<string>? units = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var index = Indexes.GetValue(spec, static s => new LabelIndex(s));
        var unitList = (units ?? []).Concat(spec.Rows.Select(r => r.Unit)).Distinct(StringComparer.Ordinal).ToList();
        var grid = table.Grid;

        var (headerRow, valueColumn, unitColumn) = FindHeader(grid, spec);
        var labelEnd = Math.Min(valueColumn ?? int.MaxValue, unitColumn ?? int.MaxValue);
        var mapped = new Dictionary<int, (TableRowSpec Spec, int GridRow, TableCell LabelCell)>();
        string? block = null;
        var last = 0;
        for (var r = headerRow + 1; r < grid.RowCount; r++)
        {
            var candidates = LabelCells(grid, r, labelEnd, unitList);
            if (candidates.Count == 0)
            {
                continue;
            }

            if (candidates.Select(c => index.BlockOf(c.Text)).FirstOrDefault(b => b is not null) is { } newBlock)
            {
                block = newBlock;
            }

            if (Match(index, candidates, block, last, mapped) is not var (spec1, cell))
            {
                continue;
            }

            mapped[spec1.Row] = (spec1, r, cell);
            block = spec1.Block;
            last = spec1.Row;
        }

        valueColumn ??= GuessValueColumn(grid, mapped.Values.Select(m => m.GridRow), unitList);
        unitColumn ??= GuessUnitColumn(grid, mapped.Values.Select(m => m.GridRow), valueColumn, unitList);

        var rows = new Dictionary<int, TableRowValue>();
        foreach (var (row, (rowSpec, gridRow, labelCell)) in mapped)
        {
            TableCell? cell = valueColumn is int vc ? grid[gridRow, vc] : null;
            if (cell is not null && SameCell(cell, labelCell))
            {
                cell = null; // the label spans the value column: no value given
            }

            var unit = unitColumn is int uc && !SameCell(grid[gridRow, uc], labelCell) && TableValue.Parse(grid[gridRow, uc].Text, []).Kind == TableValueKind.Text
                ? TextNormalizer.Key(grid[gridRow, uc].Text)
                : rowSpec.Unit;
            rows[row] = new TableRowValue
            {
                Spec = rowSpec,
                Label = labelCell.Text.Trim(),
                GridRow = gridRow,
                Cell = cell,
                Value = cell is null ? TableValue.Absent : TableValue.Parse(cell.Text, unitList),
                Unit = unit,
                Location = cell?.Location ?? labelCell.Location,
            };
        }

        var missing = spec.Rows.Where(r => !rows.ContainsKey(r.Row)).ToList();
        return new StatisticsTableValues(table, valueColumn, unitColumn, rows, missing);
    }

    // The header: the first rows naming the value column ("统计数") or the unit column ("单位").
    private static (int HeaderRow, int? ValueColumn, int? UnitColumn) FindHeader(TableGrid grid, StatisticsTableSpec spec)
    {
        var valueKeys = spec.ValueHeaders.Select(TextNormalizer.Key).Where(k => k.Length > 0).ToList();
        var unitKeys = spec.UnitHeaders.Select(TextNormalizer.Key).Where(k => k.Length > 0).ToList();
        var headerRow = -1;
        int? valueColumn = null;
        int? unitColumn = null;
        for (var r = 0; r < Math.Min(grid.RowCount, 4); r++)
        {
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var key = TextNormalizer.Key(grid[r, c].Text);
                if (key.Length is 0 or > 10)
                {
                    continue;
                }

                if (valueKeys.Any(k => key.Contains(k, StringComparison.Ordinal)))
                {
                    valueColumn = c; // the last column a merged header covers
                    headerRow = r;
                }
                else if (unitKeys.Any(k => key == k || (key.EndsWith(k, StringComparison.Ordinal) && key.Length <= k.Length + 2)))
                {
                    unitColumn ??= c;
                    headerRow = Math.Max(headerRow, r);
                }
            }
        }

        return (headerRow, valueColumn, unitColumn);
    }

    // Label cells of a row, left to right, one per merged cell: text that is not a number, a unit or a dash.
    private static List<TableCell> LabelCells(TableGrid grid, int r, int labelEnd, IReadOnlyList<string> units)
    {
        var cells = new List<TableCell>();
        for (var c = 0; c < Math.Min(grid.ColumnCount, labelEnd); c++)
        {
            var cell = grid[r, c];
            var key = TextNormalizer.Key(cell.Text);
            if (key.Length == 0 || cells.Any(x => SameCell(x, cell)) || units.Contains(key, StringComparer.Ordinal) || TableValue.Parse(cell.Text, units).Kind != TableValueKind.Text)
            {
                continue;
            }

            cells.Add(cell);
        }

        return cells;
    }

    private static (TableRowSpec Spec, TableCell Cell)? Match(LabelIndex index, List<TableCell> candidates, string? block, int last, Dictionary<int, (TableRowSpec, int, TableCell)> mapped)
    {
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (Choose(index.RowsOf(candidates[i].Text), block, last, mapped) is { } spec)
            {
                return (spec, candidates[i]);
            }
        }

        if (candidates.Count > 1)
        {
            var joined = string.Concat(candidates.Select(c => c.Text));
            if (Choose(index.RowsOf(joined), block, last, mapped) is { } spec)
            {
                return (spec, candidates[^1]);
            }
        }

        return null;
    }

    private static TableRowSpec? Choose(List<TableRowSpec> rows, string? block, int last, Dictionary<int, (TableRowSpec, int, TableCell)> mapped)
    {
        var free = rows.Where(r => !mapped.ContainsKey(r.Row)).ToList();
        var inBlock = block is null ? free : free.Where(r => r.Block == block).ToList();
        return inBlock.FirstOrDefault(r => r.Row > last)
            ?? inBlock.FirstOrDefault()
            ?? (free.Count == 1 ? free[0] : null);
    }

    private static int? GuessValueColumn(TableGrid grid, IEnumerable<int> rows, IReadOnlyList<string> units)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        for (var c = grid.ColumnCount - 1; c > 0; c--)
        {
            var numbers = list.Count(r => TableValue.Parse(grid[r, c].Text, units).Kind == TableValueKind.Number);
            if (numbers > 0 && numbers * 3 >= list.Count)
            {
                return c;
            }
        }

        return null;
    }

    private static int? GuessUnitColumn(TableGrid grid, IEnumerable<int> rows, int? valueColumn, IReadOnlyList<string> units)
    {
        var list = rows.ToList();
        for (var c = 1; c < grid.ColumnCount; c++)
        {
            if (c == valueColumn)
            {
                continue;
            }

            var count = list.Count(r => units.Contains(TextNormalizer.Key(grid[r, c].Text), StringComparer.Ordinal));
            if (list.Count > 0 && count * 2 >= list.Count)
            {
                return c;
            }
        }

        return null;
    }

    private static bool SameCell(TableCell a, TableCell b) => ReferenceEquals(a, b) || (a.Location == b.Location && (!a.IsOrigin || !b.IsOrigin));

    /// <summary>Template rows and blocks by matching key, built once per template.</summary>
    private sealed class LabelIndex
    {
        private static readonly string[] Suffixes = ["数量", "总数", "次数", "数"];

        private readonly Dictionary<string, List<TableRowSpec>> _byCore = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<TableRowSpec>> _byStem = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _blockByCore = new(StringComparer.Ordinal);
        private readonly Dictionary<int, string> _blockByNumber = [];

        public LabelIndex(StatisticsTableSpec spec)
        {
            foreach (var row in spec.Rows)
            {
                foreach (var label in row.Aliases.Prepend(row.Label))
                {
                    var core = TableLabel.Core(label);
                    Add(_byCore, core, row);
                    Add(_byStem, Stem(core), row);
                }
            }

            foreach (var block in spec.Blocks)
            {
                _blockByCore.TryAdd(TableLabel.Core(block.Label), block.Block);
                var number = HeadingNumber.Parse(TextNormalizer.Key(block.Label));
                if (number.Style == HeadingNumberStyle.Chinese)
                {
                    _blockByNumber.TryAdd(number.Value, block.Block);
                }
            }
        }

        public List<TableRowSpec> RowsOf(string label)
        {
            var core = TableLabel.Core(label);
            if (core.Length == 0)
            {
                return [];
            }

            return _byCore.TryGetValue(core, out var rows) ? rows
                : _byStem.TryGetValue(Stem(core), out var stemmed) ? stemmed
                : [];
        }

        public string? BlockOf(string label)
        {
            if (_blockByCore.TryGetValue(TableLabel.Core(label), out var block))
            {
                return block;
            }

            var number = HeadingNumber.Parse(TextNormalizer.Key(label));
            return number.Style == HeadingNumberStyle.Chinese && _blockByNumber.TryGetValue(number.Value, out var numbered) ? numbered : null;
        }

        private static string Stem(string core)
        {
            foreach (var suffix in Suffixes)
            {
                if (core.Length > suffix.Length + 1 && core.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return core[..^suffix.Length];
                }
            }

            return core;
        }

        private static void Add(Dictionary<string, List<TableRowSpec>> map, string key, TableRowSpec row)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            if (!list.Contains(row))
            {
                list.Add(row);
            }
        }
    }
}
