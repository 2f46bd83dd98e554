using System.Runtime.CompilerServices;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Figures;

/// <summary>
/// Reads a report's table against a template table (<see cref="TableSpec"/>): finds the header
/// rows and which grid column holds which template column, then which grid row holds which
/// template row, then every cell.
/// <para>
/// Columns: a header row is one whose cells name template columns (and no cell holds a number);
/// each grid column's header path — the header cells above it, top to bottom — names a value
/// column when its lowest matching cell is the column's label (or an alias) and every ancestor
/// group the header shows stands above it ("行政复议 / 结果维持" is not "复议后起诉 / 结果维持"). A
/// header may recur inside a table (table 二's four parts each have their own). A one-column
/// table without a header takes its rightmost column of numbers.
/// </para>
/// <para>
/// Rows: a row's label is the rightmost label cell that names a template row (so a rowspan
/// "(三)不予公开" or "其中" cell to its left is passed over), else the label cells joined; "小计"
/// makes the row the subtotal of the group named to its left. Labels match by their core
/// (<see cref="TableLabel.Core"/>), then an alias, then the core without a trailing
/// 数/数量/总数/次数. A label several rows share goes to the row of the current block (set by
/// block header rows and by each mapped row), the first one not yet taken after the last mapped
/// row. A table without row labels (table 四) has one data row: the first row under its header.
/// </para>
/// </summary>
public static class TableReader
{
    private const int InitialHeaderRows = 4;
    private const int MaxContainsHeaderLength = 10;
    private const int MaxExactHeaderLength = 40;
    private static readonly string[] SubtotalLabels = ["小计", "合计"];
    private static readonly ConditionalWeakTable<TableSpec, LabelIndex> Indexes = [];

    /// <summary>Reads a table (or the parts of one) against a template table.</summary>
    /// <param name="fragments">The table, or its parts in document order.</param>
    /// <param name="spec">The template table.</param>
    /// <param name="units">Units a value cell may carry after its number.</param>
    public static TableValues Read(IReadOnlyList<TableBlock> fragments, TableSpec spec, IEnumerable<string>? units = null)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        ArgumentNullException.ThrowIfNull(spec);
        if (fragments.Count == 0)
        {
            throw new ArgumentException("A table needs at least one part.", nameof(fragments));
        }

        var schema = TableSchema.For(spec);
        var index = Indexes.GetValue(spec, static s => new LabelIndex(s));
        var unitList = (units ?? [])
            .Concat(spec.Rows.Select(r => r.Unit)).Concat(spec.Columns.Select(c => c.Unit))
            .OfType<string>().Where(u => u.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var state = new ReadState(schema, index, unitList);
        foreach (var fragment in fragments)
        {
            state.ReadFragment(fragment);
        }

        return state.Result(fragments);
    }

    /// <summary>Reads one table against a template table.</summary>
    public static TableValues Read(TableBlock table, TableSpec spec, IEnumerable<string>? units = null) =>
        Read([table], spec, units);

    private static bool SameCell(TableCell a, TableCell b) => ReferenceEquals(a, b) || (a.Location == b.Location && (!a.IsOrigin || !b.IsOrigin));

    /// <summary>Where a template row was found, before its cells are read.</summary>
    private sealed record MappedRow(TableRowSpec Spec, TableBlock Table, int GridRow, TableCell LabelCell, IReadOnlyDictionary<string, int> ColumnMap, int? UnitColumn);

    private sealed class ReadState(TableSchema schema, LabelIndex index, IReadOnlyList<string> units)
    {
        private readonly Dictionary<string, MappedRow> _mapped = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TableColumnValue> _columns = new(StringComparer.Ordinal);
        private readonly List<MappedRow> _order = [];
        private string? _block;
        private int _last = -1;

        // The columns of the previous part: a part without a header of its own continues them
        // (a table cut by a page break, or broken into pieces by lines of text between its rows).
        private (IReadOnlyDictionary<string, int> Map, int? Unit, int Columns)? _carried;

        private TableSpec Spec => schema.Spec;

        private bool OneColumn => schema.ValueColumns.Count == 1;

        public void ReadFragment(TableBlock table)
        {
            var grid = table.Grid;
            var (headerEnd, columnMap, unitColumn) = InitialHeader(grid);
            if (headerEnd < 0 && _carried is { } carried && carried.Columns == grid.ColumnCount)
            {
                (columnMap, unitColumn) = (carried.Map, carried.Unit);
            }

            var fragmentRows = new List<MappedRow>();
            for (var r = headerEnd + 1; r < grid.RowCount; r++)
            {
                if (!OneColumn && IsHeaderRow(grid, r, afterData: true))
                {
                    var end = r;
                    while (end + 1 < grid.RowCount && IsHeaderRow(grid, end + 1, afterData: true))
                    {
                        end++;
                    }

                    var map = MapColumns(grid, r, end);
                    if (map.Count > 0)
                    {
                        columnMap = map;
                    }

                    r = end;
                    continue;
                }

                if (!Spec.RowLabels)
                {
                    if (schema.ValueRows.Count > 0 && !_mapped.ContainsKey(schema.ValueRows[0].Id) && columnMap.Count > 0)
                    {
                        Map(new MappedRow(schema.ValueRows[0], table, r, grid[r, 0], columnMap, unitColumn), fragmentRows);
                    }

                    continue;
                }

                var labelEnd = LabelEnd(columnMap, unitColumn);
                var candidates = LabelCells(grid, r, labelEnd);
                if (candidates.Count == 0)
                {
                    continue;
                }

                if (candidates.Select(c => index.BlockOf(c.Text)).FirstOrDefault(b => b is not null) is { } newBlock)
                {
                    _block = newBlock;
                }

                if (Match(candidates) is not var (row, cell))
                {
                    continue;
                }

                Map(new MappedRow(row, table, r, cell, columnMap, unitColumn), fragmentRows);
            }

            if (columnMap.Count > 0)
            {
                _carried = (columnMap, unitColumn, grid.ColumnCount);
            }

            // A one-column table without a header: the value column is its rightmost column of numbers.
            if (OneColumn && fragmentRows.Count > 0 && fragmentRows[0].ColumnMap.Count == 0)
            {
                var rows = fragmentRows.Select(m => m.GridRow).ToList();
                var guessed = GuessValueColumn(grid, rows);
                var unit = fragmentRows[0].UnitColumn ?? GuessUnitColumn(grid, rows, guessed);
                var map = guessed is int g ? new Dictionary<string, int> { [schema.ValueColumns[0].Id] = g } : new Dictionary<string, int>();
                foreach (var m in fragmentRows)
                {
                    var i = _order.IndexOf(m);
                    _order[i] = _mapped[m.Spec.Id] = m with { ColumnMap = map, UnitColumn = unit };
                }
            }
            else if (OneColumn && fragmentRows.Count > 0 && fragmentRows[0].UnitColumn is null)
            {
                var rows = fragmentRows.Select(m => m.GridRow).ToList();
                var valueColumn = fragmentRows[0].ColumnMap.Values.FirstOrDefault();
                if (GuessUnitColumn(grid, rows, valueColumn) is int unit)
                {
                    foreach (var m in fragmentRows)
                    {
                        var i = _order.IndexOf(m);
                        _order[i] = _mapped[m.Spec.Id] = m with { UnitColumn = unit };
                    }
                }
            }
        }

        public TableValues Result(IReadOnlyList<TableBlock> fragments)
        {
            var rows = new Dictionary<string, TableRowValue>(StringComparer.Ordinal);
            var cells = new List<TableCellValue>();
            foreach (var m in _order.OrderBy(m => Fragment(fragments, m.Table)).ThenBy(m => m.GridRow))
            {
                var grid = m.Table.Grid;
                var rowValue = new TableRowValue
                {
                    Spec = m.Spec,
                    Label = Spec.RowLabels ? m.LabelCell.Text.Trim() : m.Spec.Label,
                    Table = m.Table,
                    GridRow = m.GridRow,
                    Location = m.LabelCell.Location,
                };
                rows[m.Spec.Id] = rowValue;
                foreach (var column in schema.ColumnsOf(m.Spec))
                {
                    TableCell? cell = m.ColumnMap.TryGetValue(column.Id, out var c) ? grid[m.GridRow, c] : null;
                    if (cell is not null && Spec.RowLabels && SameCell(cell, m.LabelCell))
                    {
                        cell = null; // the label spans the value column: no value given
                    }

                    var unitCell = m.UnitColumn is int uc && uc < grid.ColumnCount ? grid[m.GridRow, uc] : null;
                    var unit = unitCell is not null && !SameCell(unitCell, m.LabelCell) && TableValue.Parse(unitCell.Text, []).Kind == TableValueKind.Text
                        ? TextNormalizer.Key(unitCell.Text)
                        : m.Spec.Unit ?? column.Unit ?? string.Empty;
                    cells.Add(new TableCellValue
                    {
                        TableSpec = Spec,
                        Row = rowValue,
                        Column = column,
                        ColumnHeader = _columns.TryGetValue(column.Id, out var found) ? found.Header : column.Label,
                        Cell = cell,
                        Value = cell is null ? TableValue.Absent : TableValue.Parse(cell.Text, units),
                        Unit = unit,
                        Location = cell?.Location ?? m.LabelCell.Location,
                    });
                }
            }

            var missingRows = schema.ValueRows.Where(r => !r.Optional && !rows.ContainsKey(r.Id)).ToList();
            var missingColumns = OneColumn
                ? []
                : schema.ValueColumns.Where(c => !c.Optional && !_columns.ContainsKey(c.Id)).ToList();
            return new TableValues(Spec, fragments, rows, _columns, cells, missingRows, missingColumns);
        }

        private static int Fragment(IReadOnlyList<TableBlock> fragments, TableBlock table)
        {
            for (var i = 0; i < fragments.Count; i++)
            {
                if (ReferenceEquals(fragments[i], table))
                {
                    return i;
                }
            }

            return fragments.Count;
        }

        private void Map(MappedRow row, List<MappedRow> fragmentRows)
        {
            _mapped[row.Spec.Id] = row;
            _order.Add(row);
            fragmentRows.Add(row);
            _block = row.Spec.Block ?? _block;
            _last = Position(row.Spec);
        }

        private int Position(TableRowSpec row)
        {
            for (var i = 0; i < Spec.Rows.Count; i++)
            {
                if (ReferenceEquals(Spec.Rows[i], row))
                {
                    return i;
                }
            }

            return -1;
        }

        // The header at the top: the first run of rows (among the first few) that name columns, a
        // label column or a unit column; a title row may stand above it, data ends it.
        private (int HeaderEnd, IReadOnlyDictionary<string, int> ColumnMap, int? UnitColumn) InitialHeader(TableGrid grid)
        {
            var headerStart = -1;
            var headerEnd = -1;
            int? unitColumn = null;
            for (var r = 0; r < Math.Min(grid.RowCount, InitialHeaderRows); r++)
            {
                var header = IsHeaderRow(grid, r, afterData: false);
                for (var c = 0; c < grid.ColumnCount; c++)
                {
                    var key = TextNormalizer.Key(grid[r, c].Text);
                    if (key.Length > 0 && key.Length <= MaxContainsHeaderLength && IsUnitHeader(key))
                    {
                        unitColumn ??= c;
                        header = true;
                    }
                }

                if (header)
                {
                    headerStart = headerStart < 0 ? r : headerStart;
                    headerEnd = r;
                }
                else if (headerStart >= 0)
                {
                    break;
                }
            }

            var map = headerEnd < 0 ? new Dictionary<string, int>() : MapColumns(grid, headerStart, headerEnd);
            return (headerEnd, map, unitColumn);
        }

        private bool IsUnitHeader(string key) =>
            Spec.UnitHeaders.Select(TextNormalizer.Key).Any(k => k.Length > 0 && (key == k || (key.EndsWith(k, StringComparison.Ordinal) && key.Length <= k.Length + 2)));

        // A header row names columns and holds no number. Inside a table (after data rows) it must
        // name two columns, or a column and the label column's header, so a data row whose label
        // happens to equal a column's ("(七)总计") never starts a new header.
        private bool IsHeaderRow(TableGrid grid, int r, bool afterData)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            var labelHeader = false;
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var cell = grid[r, c];
                if (!cell.IsOrigin && c > 0 && SameCell(cell, grid[r, c - 1]))
                {
                    continue;
                }

                var value = TableValue.Parse(cell.Text, units);
                if (value.Kind == TableValueKind.Number)
                {
                    return false;
                }

                var core = TableLabel.Core(cell.Text);
                if (core.Length == 0)
                {
                    continue;
                }

                if (Spec.LabelHeaders.Any(h => TableLabel.Core(h) == core))
                {
                    labelHeader = true;
                    continue;
                }

                if (Spec.RowLabels && index.RowsOf(cell.Text).Count > 0)
                {
                    continue; // a row's label, not a column's
                }

                foreach (var column in ColumnsNamedBy(cell.Text))
                {
                    named.Add(column.Id);
                }
            }

            return afterData
                ? named.Count >= 2 || (named.Count >= 1 && labelHeader)
                : named.Count >= 1 || labelHeader;
        }

        // Template columns (value columns and groups) a header cell names.
        private IEnumerable<TableColumnSpec> ColumnsNamedBy(string text)
        {
            var key = TextNormalizer.Key(text);
            var core = TableLabel.Core(text);
            foreach (var column in Spec.Columns)
            {
                foreach (var label in column.Aliases.Prepend(column.Label))
                {
                    var labelCore = TableLabel.Core(label);
                    if (labelCore.Length == 0)
                    {
                        continue;
                    }

                    var matches = column.Match == "contains"
                        ? key.Length <= MaxContainsHeaderLength && key.Contains(TextNormalizer.Key(label), StringComparison.Ordinal)
                        : key.Length <= MaxExactHeaderLength && core == labelCore;
                    if (matches)
                    {
                        yield return column;
                        break;
                    }
                }
            }
        }

        // Each grid column's header path, top to bottom, names at most one value column.
        private Dictionary<string, int> MapColumns(TableGrid grid, int top, int bottom)
        {
            var shown = new HashSet<string>(StringComparer.Ordinal);
            for (var r = top; r <= bottom; r++)
            {
                for (var c = 0; c < grid.ColumnCount; c++)
                {
                    foreach (var column in ColumnsNamedBy(grid[r, c].Text))
                    {
                        shown.Add(column.Id);
                    }
                }
            }

            var map = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var path = new List<TableCell>();
                for (var r = top; r <= bottom; r++)
                {
                    var cell = grid[r, c];
                    if (TextNormalizer.Key(cell.Text).Length > 0 && (path.Count == 0 || !SameCell(path[^1], cell)))
                    {
                        path.Add(cell);
                    }
                }

                if (Leaf(path, shown) is { } leaf)
                {
                    map[leaf.Spec.Id] = c; // the last grid column a merged header covers
                    _columns.TryAdd(leaf.Spec.Id, new TableColumnValue(leaf.Spec, leaf.Header));
                }
            }

            return map;
        }

        private (TableColumnSpec Spec, string Header)? Leaf(List<TableCell> path, HashSet<string> shown)
        {
            for (var i = path.Count - 1; i >= 0; i--)
            {
                var found = ColumnsNamedBy(path[i].Text)
                    .Where(c => !schema.IsGroup(c) && AncestorsStandAbove(c, path, i, shown))
                    .ToList();
                if (found.Count == 1)
                {
                    return (found[0], HeaderOf(found[0], path, i));
                }

                if (found.Count > 1 || ColumnsNamedBy(path[i].Text).Any())
                {
                    return null; // ambiguous, or the lowest named header is a group: no value column here
                }
            }

            return null;
        }

        // The header as written; a header several value columns share ("总计" in table 四) is named
        // with the group header above it ("行政复议·总计").
        private string HeaderOf(TableColumnSpec column, List<TableCell> path, int at)
        {
            var header = path[at].Text.Trim();
            var label = TableLabel.Core(column.Label);
            if (schema.ValueColumns.Count(c => TableLabel.Core(c.Label) == label) < 2)
            {
                return header;
            }

            for (var i = at - 1; i >= 0; i--)
            {
                if (ColumnsNamedBy(path[i].Text).Any(c => schema.AncestorsOf(column).Any(a => a.Id == c.Id)))
                {
                    return path[i].Text.Trim() + "·" + header;
                }
            }

            return header;
        }

        private bool AncestorsStandAbove(TableColumnSpec column, List<TableCell> path, int at, HashSet<string> shown)
        {
            foreach (var ancestor in schema.AncestorsOf(column))
            {
                if (!shown.Contains(ancestor.Id))
                {
                    continue; // the table leaves this header level out
                }

                var above = false;
                for (var i = 0; i < at && !above; i++)
                {
                    above = ColumnsNamedBy(path[i].Text).Any(c => c.Id == ancestor.Id);
                }

                if (!above)
                {
                    return false;
                }
            }

            return true;
        }

        private static int LabelEnd(IReadOnlyDictionary<string, int> columnMap, int? unitColumn)
        {
            var end = unitColumn ?? int.MaxValue;
            foreach (var c in columnMap.Values)
            {
                end = Math.Min(end, c);
            }

            return end;
        }

        // Label cells of a row, left to right, one per merged cell: text that is not a number, a unit or a dash.
        private List<TableCell> LabelCells(TableGrid grid, int r, int labelEnd)
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

        private (TableRowSpec Spec, TableCell Cell)? Match(List<TableCell> candidates)
        {
            var subtotal = false;
            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                var text = candidates[i].Text;
                if (SubtotalLabels.Contains(TableLabel.Core(text), StringComparer.Ordinal))
                {
                    subtotal = true;
                    continue;
                }

                var rows = index.RowsOf(text);
                if (subtotal)
                {
                    rows = rows.Where(schema.HasChildren).ToList();
                }

                if (Choose(rows) is { } spec)
                {
                    return (spec, candidates[i]);
                }
            }

            if (candidates.Count > 1 && !subtotal)
            {
                var joined = string.Concat(candidates.Select(c => c.Text));
                if (Choose(index.RowsOf(joined)) is { } spec)
                {
                    return (spec, candidates[^1]);
                }
            }

            return null;
        }

        private TableRowSpec? Choose(List<TableRowSpec> rows)
        {
            var free = rows.Where(r => !_mapped.ContainsKey(r.Id)).ToList();
            var inBlock = _block is null ? free : free.Where(r => r.Block is null || r.Block == _block).ToList();
            return inBlock.FirstOrDefault(r => Position(r) > _last)
                ?? inBlock.FirstOrDefault()
                ?? (free.Count == 1 ? free[0] : null);
        }

        private int? GuessValueColumn(TableGrid grid, List<int> rows)
        {
            for (var c = grid.ColumnCount - 1; c > 0; c--)
            {
                var numbers = rows.Count(r => TableValue.Parse(grid[r, c].Text, units).Kind == TableValueKind.Number);
                if (numbers > 0 && numbers * 3 >= rows.Count)
                {
                    return c;
                }
            }

            return null;
        }

        private int? GuessUnitColumn(TableGrid grid, List<int> rows, int? valueColumn)
        {
            for (var c = 1; c < grid.ColumnCount; c++)
            {
                if (c == valueColumn)
                {
                    continue;
                }

                var count = rows.Count(r => units.Contains(TextNormalizer.Key(grid[r, c].Text), StringComparer.Ordinal));
                if (rows.Count > 0 && count * 2 >= rows.Count)
                {
                    return c;
                }
            }

            return null;
        }
    }

    /// <summary>Template rows and blocks by matching key, built once per template table.</summary>
    private sealed class LabelIndex
    {
        private static readonly string[] Suffixes = ["数量", "总数", "次数", "数"];

        private readonly Dictionary<string, List<TableRowSpec>> _byCore = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<TableRowSpec>> _byStem = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _blockByCore = new(StringComparer.Ordinal);
        private readonly Dictionary<int, string> _blockByNumber = [];

        public LabelIndex(TableSpec spec)
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
            if (_blockByCore.Count == 0)
            {
                return null;
            }

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
