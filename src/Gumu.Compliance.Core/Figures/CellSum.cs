using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>
/// Table cells added up, as a rule set's text figures and required statements name them
/// ("四:direct.total + 四:afterReview.total"; "r17" in a one-table rule set). Resolved once per rule
/// set and expression.
/// </summary>
internal sealed class CellSum
{
    private static readonly ConditionalWeakTable<RuleSet, ConcurrentDictionary<string, CellSum>> Cache = [];

    private CellSum(IReadOnlyList<(TableSpec Table, CellKey Cell)> cells) => Cells = cells;

    /// <summary>The cells, each with its table.</summary>
    public IReadOnlyList<(TableSpec Table, CellKey Cell)> Cells { get; }

    /// <summary>Resolves an expression of table-qualified cells against a rule set.</summary>
    /// <exception cref="InvalidDataException">The expression is malformed or names what the rule set does not have.</exception>
    public static CellSum Resolve(RuleSet ruleSet, string expression) =>
        Cache.GetOrCreateValue(ruleSet).GetOrAdd(expression, e => Compile(ruleSet, e));

    /// <summary>The one cell of a template row by number (yunnan-2018's <c>row</c>), or null when the rule set has no such row.</summary>
    public static CellSum? ForRow(RuleSet ruleSet, int number)
    {
        foreach (var table in ruleSet.Tables)
        {
            var schema = TableSchema.For(table);
            if (schema.ValueColumns.Count == 1 && table.Rows.FirstOrDefault(r => r.Number == number) is { } row)
            {
                return new CellSum([(table, new CellKey(row.Id, schema.ValueColumns[0].Id))]);
            }
        }

        return null;
    }

    /// <summary>The sum and the cells as found; the sum is null when a cell is absent or not a number.</summary>
    public (decimal? Sum, IReadOnlyList<TableCellValue> Cells) Evaluate(Func<TableSpec, TableValues?> values)
    {
        decimal total = 0;
        var known = true;
        var cells = new List<TableCellValue>(Cells.Count);
        foreach (var (table, key) in Cells)
        {
            if (values(table)?.Cell(key) is { } cell)
            {
                cells.Add(cell);
                if (cell.Number is decimal n)
                {
                    total += n;
                    continue;
                }
            }

            known = false;
        }

        return (known ? total : null, cells);
    }

    private static CellSum Compile(RuleSet ruleSet, string expression)
    {
        IReadOnlyList<RelationTerm> terms;
        try
        {
            terms = RelationExpression.ParseSum(expression);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"cells '{expression}': {e.Message}", e);
        }

        var cells = new List<(TableSpec, CellKey)>();
        foreach (var term in terms)
        {
            if (term.Ref is not { } reference)
            {
                throw new InvalidDataException($"cells '{expression}': a constant is not a cell.");
            }

            var table = reference.Table is { } id
                ? ruleSet.Table(id) ?? throw new InvalidDataException($"cells '{expression}': the rule set has no table '{id}'.")
                : ruleSet.Tables.Count == 1 ? ruleSet.Tables[0]
                : throw new InvalidDataException($"cells '{expression}': name the table of '{reference}' (e.g. 三:R1@total).");
            var schema = TableSchema.For(table);
            foreach (var cell in TableCellReferences.Resolve(schema, reference with { Table = null }, null, null, $"cells '{expression}'"))
            {
                if (!schema.HasCell(cell))
                {
                    throw new InvalidDataException($"cells '{expression}': table {table.Id} has no cell {cell}.");
                }

                cells.Add((table, cell));
            }
        }

        return new CellSum(cells);
    }
}
