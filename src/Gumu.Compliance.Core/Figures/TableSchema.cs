using System.Runtime.CompilerServices;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>A cell of a template table: a row id and a value column id.</summary>
/// <param name="Row">The row's id.</param>
/// <param name="Column">The value column's id.</param>
public readonly record struct CellKey(string Row, string Column)
{
    /// <inheritdoc />
    public override string ToString() => Row + "@" + Column;
}

/// <summary>
/// A <see cref="TableSpec"/> made ready for use, once per table: rows and columns by id, the tree
/// of parents, which value columns each row has, the leaves <c>parts(X)</c> stands for, and the
/// relations compiled into their instances.
/// </summary>
internal sealed class TableSchema
{
    private static readonly ConditionalWeakTable<TableSpec, TableSchema> Cache = [];

    private readonly Dictionary<string, TableRowSpec> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TableColumnSpec> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _rowChildren = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _columnChildren = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _columnsOfRow = new(StringComparer.Ordinal);

    private TableSchema(TableSpec spec)
    {
        Spec = spec;
        foreach (var column in spec.Columns)
        {
            if (!_columns.TryAdd(column.Id, column))
            {
                throw new InvalidDataException($"table {spec.Id}: column '{column.Id}' is defined twice.");
            }
        }

        foreach (var row in spec.Rows)
        {
            if (_columns.ContainsKey(row.Id))
            {
                throw new InvalidDataException($"table {spec.Id}: '{row.Id}' names both a row and a column.");
            }

            if (!_rows.TryAdd(row.Id, row))
            {
                throw new InvalidDataException($"table {spec.Id}: row '{row.Id}' is defined twice.");
            }
        }

        foreach (var column in spec.Columns)
        {
            if (column.Parent is { } parent)
            {
                if (!_columns.ContainsKey(parent))
                {
                    throw new InvalidDataException($"table {spec.Id}: column '{column.Id}' names parent '{parent}', which is not a column.");
                }

                Child(_columnChildren, parent, column.Id);
            }

            RequireNoCycle(column.Id, id => _columns[id].Parent, "column");
        }

        foreach (var row in spec.Rows)
        {
            if (row.Parent is { } parent)
            {
                if (!_rows.ContainsKey(parent))
                {
                    throw new InvalidDataException($"table {spec.Id}: row '{row.Id}' names parent '{parent}', which is not a row.");
                }

                Child(_rowChildren, parent, row.Id);
            }

            RequireNoCycle(row.Id, id => _rows[id].Parent, "row");
        }

        ValueColumns = spec.Columns.Where(c => !_columnChildren.ContainsKey(c.Id)).ToList();
        if (ValueColumns.Count == 0)
        {
            throw new InvalidDataException($"table {spec.Id}: no value columns.");
        }

        var valueIds = ValueColumns.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var row in spec.Rows)
        {
            if (row.Heading)
            {
                _columnsOfRow[row.Id] = [];
                continue;
            }

            if (row.Columns is { } own && own.FirstOrDefault(c => !valueIds.Contains(c)) is { } unknown)
            {
                throw new InvalidDataException($"table {spec.Id}: row '{row.Id}' lists column '{unknown}', which is not a value column.");
            }

            _columnsOfRow[row.Id] = new HashSet<string>(row.Columns ?? (IEnumerable<string>)valueIds, StringComparer.Ordinal);
        }

        ValueRows = spec.Rows.Where(r => !r.Heading).ToList();
        Relations = spec.Relations.Select(r => CompiledRelation.Compile(r, this)).ToList();
    }

    /// <summary>The table as written in the rule set.</summary>
    public TableSpec Spec { get; }

    /// <summary>The columns that hold values (those without children), in template order.</summary>
    public IReadOnlyList<TableColumnSpec> ValueColumns { get; }

    /// <summary>The rows that hold values (heading rows left out), in template order.</summary>
    public IReadOnlyList<TableRowSpec> ValueRows { get; }

    /// <summary>The relations, compiled.</summary>
    public IReadOnlyList<CompiledRelation> Relations { get; }

    /// <summary>The schema of a table (compiled on first use).</summary>
    /// <exception cref="InvalidDataException">The table is inconsistent.</exception>
    public static TableSchema For(TableSpec spec) => Cache.GetValue(spec, static s => new TableSchema(s));

    public TableRowSpec? Row(string id) => _rows.GetValueOrDefault(id);

    public TableColumnSpec? Column(string id) => _columns.GetValueOrDefault(id);

    public bool IsGroup(TableColumnSpec column) => _columnChildren.ContainsKey(column.Id);

    /// <summary>True when the template has the cell (its row has that value column).</summary>
    public bool HasCell(CellKey cell) => _columnsOfRow.TryGetValue(cell.Row, out var columns) && columns.Contains(cell.Column);

    /// <summary>The value columns of a row, in template order.</summary>
    public IEnumerable<TableColumnSpec> ColumnsOf(TableRowSpec row) =>
        ValueColumns.Where(c => _columnsOfRow[row.Id].Contains(c.Id));

    /// <summary>The ancestors of a column, nearest first.</summary>
    public IEnumerable<TableColumnSpec> AncestorsOf(TableColumnSpec column)
    {
        for (var parent = column.Parent; parent is not null; parent = _columns[parent].Parent)
        {
            yield return _columns[parent];
        }
    }

    /// <summary>The ancestors of a row, nearest first.</summary>
    public IEnumerable<TableRowSpec> AncestorsOf(TableRowSpec row)
    {
        for (var parent = row.Parent; parent is not null; parent = _rows[parent].Parent)
        {
            yield return _rows[parent];
        }
    }

    /// <summary>True when the row has rows below it in the tree.</summary>
    public bool HasChildren(TableRowSpec row) => _rowChildren.ContainsKey(row.Id);

    /// <summary>
    /// What <c>parts(id)</c> adds up: the leaf descendants of a row or column that are not subtotals,
    /// or the row or column itself when it has no children.
    /// </summary>
    public IReadOnlyList<string> Parts(string id)
    {
        var children = _rows.ContainsKey(id) ? _rowChildren : _columnChildren;
        if (!children.ContainsKey(id))
        {
            return [id];
        }

        var leaves = new List<string>();
        Collect(id);
        return leaves;

        void Collect(string node)
        {
            foreach (var child in children[node])
            {
                if (IsSubtotal(child))
                {
                    continue;
                }

                if (children.ContainsKey(child))
                {
                    Collect(child);
                }
                else
                {
                    leaves.Add(child);
                }
            }
        }
    }

    private bool IsSubtotal(string id) => _rows.TryGetValue(id, out var row) ? row.Subtotal : _columns[id].Subtotal;

    private static void Child(Dictionary<string, List<string>> children, string parent, string child)
    {
        if (!children.TryGetValue(parent, out var list))
        {
            children[parent] = list = [];
        }

        list.Add(child);
    }

    private void RequireNoCycle(string start, Func<string, string?> parentOf, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        for (var parent = parentOf(start); parent is not null; parent = parentOf(parent))
        {
            if (!seen.Add(parent))
            {
                throw new InvalidDataException($"table {Spec.Id}: the parents of {what} '{start}' form a cycle.");
            }
        }
    }
}
