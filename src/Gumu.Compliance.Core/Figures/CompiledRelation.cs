using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>A term of a compiled relation: the cells it adds up (one, or the parts of a group) or a constant.</summary>
/// <param name="Cells">The cells; empty for a constant.</param>
/// <param name="Constant">The constant's value.</param>
/// <param name="IsParts">True when the term was written as <c>parts(X)</c>.</param>
internal sealed record CellTerm(IReadOnlyList<CellKey> Cells, decimal Constant, bool IsParts)
{
    /// <summary>The term's single cell, or null when it is a constant or adds several.</summary>
    public CellKey? Single => Cells.Count == 1 && !IsParts ? Cells[0] : null;
}

/// <summary>One comparison of a relation instance, between two sums of cells.</summary>
internal sealed record CellComparison(IReadOnlyList<CellTerm> Left, ComparisonOperator Operator, IReadOnlyList<CellTerm> Right)
{
    /// <summary>The sum of a side, or null when a cell's value is unknown.</summary>
    public static decimal? Sum(IReadOnlyList<CellTerm> side, Func<CellKey, decimal?> value)
    {
        decimal total = 0;
        foreach (var term in side)
        {
            if (term.Cells.Count == 0)
            {
                total += term.Constant;
                continue;
            }

            foreach (var cell in term.Cells)
            {
                if (value(cell) is not decimal v)
                {
                    return null;
                }

                total += v;
            }
        }

        return total;
    }

    /// <summary>True when the comparison holds, false when not, null when a value is unknown.</summary>
    public bool? Holds(Func<CellKey, decimal?> value, decimal tolerance, decimal relativeTolerance)
    {
        if (Sum(Left, value) is not decimal left || Sum(Right, value) is not decimal right)
        {
            return null;
        }

        return Operator switch
        {
            ComparisonOperator.Equal => left == right,
            ComparisonOperator.LessOrEqual => left <= right,
            ComparisonOperator.GreaterOrEqual => left >= right,
            ComparisonOperator.Less => left < right,
            ComparisonOperator.Greater => left > right,
            _ => Math.Abs(left - right) <= Math.Max(tolerance, relativeTolerance * Math.Max(Math.Abs(left), Math.Abs(right))),
        };
    }

    /// <summary>The cells of both sides, in order of appearance.</summary>
    public IEnumerable<CellKey> Cells => Left.Concat(Right).SelectMany(t => t.Cells);
}

/// <summary>A relation applied to one column (forEach column), one row (forEach row) or once.</summary>
/// <param name="First">The first comparison.</param>
/// <param name="Connective">How a second comparison joins it.</param>
/// <param name="Second">The second comparison, or null.</param>
internal sealed record RelationInstance(CellComparison First, RelationConnective Connective, CellComparison? Second)
{
    /// <summary>Every cell the instance involves, in order of appearance, without repeats.</summary>
    public IReadOnlyList<CellKey> Cells { get; } = (Second is null ? First.Cells : First.Cells.Concat(Second.Cells)).Distinct().ToList();

    /// <summary>True when the relation holds, false when not, null when a value it needs is unknown.</summary>
    public bool? Holds(Func<CellKey, decimal?> value, decimal tolerance, decimal relativeTolerance)
    {
        var first = First.Holds(value, tolerance, relativeTolerance);
        if (Second is null)
        {
            return first;
        }

        var second = Second.Holds(value, tolerance, relativeTolerance);
        if (first is not bool a || second is not bool b)
        {
            return null;
        }

        return Connective == RelationConnective.Implies ? !a || b : a == b;
    }
}

/// <summary>
/// A table relation with its references resolved into cells: one instance, or one per value
/// column or row of the table (<see cref="TableRelationSpec.ForEach"/>). An instance whose cells
/// the template does not have (a row without that column) is left out. Compiled once per table.
/// </summary>
internal sealed class CompiledRelation
{
    private CompiledRelation(TableRelationSpec spec, RelationExpression expression, IReadOnlyList<RelationInstance> instances)
    {
        Spec = spec;
        Expression = expression;
        Instances = instances;
    }

    /// <summary>The relation as written in the rule set.</summary>
    public TableRelationSpec Spec { get; }

    /// <summary>The parsed expression.</summary>
    public RelationExpression Expression { get; }

    /// <summary>The instances to check.</summary>
    public IReadOnlyList<RelationInstance> Instances { get; }

    /// <summary>Resolves a relation against its table.</summary>
    /// <exception cref="InvalidDataException">The relation is malformed or refers to what the table does not have.</exception>
    public static CompiledRelation Compile(TableRelationSpec spec, TableSchema schema)
    {
        RelationExpression expression;
        try
        {
            expression = RelationExpression.Parse(spec.Expr);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"table {schema.Spec.Id}: relation '{spec.Id}': {e.Message}", e);
        }

        IReadOnlyList<string?> over = spec.ForEach switch
        {
            null => new string?[] { null },
            "column" => schema.ValueColumns.Select(c => (string?)c.Id).ToList(),
            "row" => schema.ValueRows.Select(r => (string?)r.Id).ToList(),
            var other => throw new InvalidDataException($"table {schema.Spec.Id}: relation '{spec.Id}' has forEach '{other}'; it must be \"column\" or \"row\"."),
        };

        var instances = new List<RelationInstance>();
        foreach (var item in over)
        {
            var resolver = new Resolver(schema, spec, item);
            var first = resolver.Comparison(expression.First);
            var second = expression.Second is null ? null : resolver.Comparison(expression.Second);
            if (resolver.Complete)
            {
                instances.Add(new RelationInstance(first, expression.Connective, second));
            }
            else if (spec.ForEach is null)
            {
                throw new InvalidDataException($"table {schema.Spec.Id}: relation '{spec.Id}' refers to cell {resolver.Missing}, which the table does not have.");
            }
        }

        if (instances.Count == 0)
        {
            throw new InvalidDataException($"table {schema.Spec.Id}: relation '{spec.Id}' applies to no cell of the table.");
        }

        return new CompiledRelation(spec, expression, instances);
    }

    /// <summary>Resolves references for one instance; records a cell the template lacks.</summary>
    private sealed class Resolver(TableSchema schema, TableRelationSpec spec, string? over)
    {
        public CellKey? Missing { get; private set; }

        public bool Complete => Missing is null;

        public CellComparison Comparison(RelationComparison comparison) =>
            new(comparison.Left.Select(Term).ToList(), comparison.Operator, comparison.Right.Select(Term).ToList());

        private CellTerm Term(RelationTerm term)
        {
            if (term.Ref is not { } reference)
            {
                return new CellTerm([], term.Constant, false);
            }

            var cells = TableCellReferences.Resolve(schema, reference, spec.ForEach, over, $"relation '{spec.Id}'");
            foreach (var cell in cells)
            {
                if (!schema.HasCell(cell))
                {
                    Missing ??= cell;
                }
            }

            return new CellTerm(cells, 0, reference.Parts);
        }
    }
}

/// <summary>Resolves a written reference into the cells of a table.</summary>
internal static class TableCellReferences
{
    /// <summary>
    /// The cells a reference stands for. A row alone takes the column being iterated (forEach
    /// column) or the table's one value column; a column alone takes the row being iterated
    /// (forEach row) or the table's one row.
    /// </summary>
    /// <exception cref="InvalidDataException">The reference names what the table does not have, or lacks a dimension.</exception>
    public static IReadOnlyList<CellKey> Resolve(TableSchema schema, RelationRef reference, string? forEach, string? over, string context)
    {
        var table = schema.Spec.Id;
        if (reference.Table is { } named && named != table)
        {
            throw new InvalidDataException($"table {table}: {context}: '{reference}' names table {named}; a relation stays within its table.");
        }

        var firstIsRow = schema.Row(reference.First) is not null;
        if (!firstIsRow && schema.Column(reference.First) is null)
        {
            throw new InvalidDataException($"table {table}: {context}: '{reference.First}' is neither a row nor a column of the table.");
        }

        var firstIds = reference.Parts ? schema.Parts(reference.First) : [reference.First];
        IReadOnlyList<string> rows;
        IReadOnlyList<string> columns;
        if (reference.Second is { } second)
        {
            if (!firstIsRow || schema.Column(second) is null)
            {
                throw new InvalidDataException($"table {table}: {context}: '{reference}' must be ROW@COLUMN.");
            }

            rows = firstIds;
            columns = [second];
        }
        else if (firstIsRow)
        {
            rows = firstIds;
            columns = forEach == "column" && over is not null ? [over]
                : schema.ValueColumns.Count == 1 ? [schema.ValueColumns[0].Id]
                : throw new InvalidDataException($"table {table}: {context}: row '{reference.First}' needs a column: write {reference.First}@COLUMN or use forEach \"column\".");
        }
        else
        {
            columns = firstIds;
            rows = forEach == "row" && over is not null ? [over]
                : schema.ValueRows.Count == 1 ? [schema.ValueRows[0].Id]
                : throw new InvalidDataException($"table {table}: {context}: column '{reference.First}' needs a row: write ROW@{reference.First} or use forEach \"row\".");
        }

        var cells = new List<CellKey>(rows.Count * columns.Count);
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                cells.Add(new CellKey(row, column));
            }
        }

        return cells;
    }
}
