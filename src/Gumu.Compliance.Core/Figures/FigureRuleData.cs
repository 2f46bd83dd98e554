using System.Runtime.CompilerServices;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>A table relation with its expression parsed.</summary>
/// <param name="Spec">The relation as written in the rule set.</param>
/// <param name="Expression">The parsed expression.</param>
internal sealed record CompiledRelation(TableRelationSpec Spec, RelationExpression Expression);

/// <summary>
/// The figure rules of a rule set made ready for use (relations parsed, narrative patterns
/// compiled) and checked for consistency: once per rule set, when it is loaded.
/// </summary>
internal static class FigureRuleData
{
    private static readonly string[] RelationRules = ["GM2001", "GM2005"];
    private static readonly ConditionalWeakTable<StatisticsTableSpec, IReadOnlyList<CompiledRelation>> Relations = [];

    /// <summary>The table's relations, parsed (once per rule set).</summary>
    public static IReadOnlyList<CompiledRelation> RelationsOf(StatisticsTableSpec spec) =>
        Relations.GetValue(spec, static s => s.Relations.Select(r => new CompiledRelation(r, RelationExpression.Parse(r.Expr))).ToList());

    /// <summary>Rejects figure rules that would make the checks misbehave, naming the entry.</summary>
    /// <exception cref="InvalidDataException">The rules are inconsistent.</exception>
    public static void Validate(RuleSet set)
    {
        var rows = set.StatisticsTable?.Rows.Select(r => r.Row).ToHashSet() ?? [];
        if (set.StatisticsTable is { } table)
        {
            ValidateRelations(set.Id, table, rows);
        }

        if (set.Narrative is { } narrative)
        {
            ValidateNarrative(set, narrative, rows);
        }
    }

    private static void ValidateRelations(string id, StatisticsTableSpec table, HashSet<int> rows)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in table.Relations)
        {
            if (!ids.Add(relation.Id))
            {
                throw new InvalidDataException($"Rule set '{id}': relation '{relation.Id}' is defined twice.");
            }

            if (!RelationRules.Contains(relation.Rule, StringComparer.Ordinal))
            {
                throw new InvalidDataException($"Rule set '{id}': relation '{relation.Id}' has rule '{relation.Rule}'; it must be GM2001 or GM2005.");
            }

            if (relation.Tolerance < 0 || relation.RelativeTolerance < 0)
            {
                throw new InvalidDataException($"Rule set '{id}': relation '{relation.Id}' has a negative tolerance.");
            }

            RelationExpression expression;
            try
            {
                expression = RelationExpression.Parse(relation.Expr);
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"Rule set '{id}': relation '{relation.Id}': {e.Message}", e);
            }

            if (expression.Rows.FirstOrDefault(r => !rows.Contains(r)) is int unknown and > 0)
            {
                throw new InvalidDataException($"Rule set '{id}': relation '{relation.Id}' refers to row {unknown}, which the table does not have.");
            }
        }

        _ = RelationsOf(table);
    }

    private static void ValidateNarrative(RuleSet set, NarrativeSpec narrative, HashSet<int> rows)
    {
        var sections = set.Sections.Select(s => s.Number).ToHashSet();
        var quantities = new Dictionary<string, NarrativeQuantitySpec>(StringComparer.Ordinal);
        foreach (var quantity in narrative.Quantities)
        {
            if (!quantities.TryAdd(quantity.Id, quantity))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': quantity '{quantity.Id}' is defined twice.");
            }

            if (quantity.Sections.Count == 0 || quantity.Sections.Any(s => !sections.Contains(s)))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': quantity '{quantity.Id}' must name sections of the rule set.");
            }

            if (quantity.Row is int row && !rows.Contains(row))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': quantity '{quantity.Id}' refers to table row {row}, which the table does not have.");
            }

            if (quantity.Patterns.Count == 0 && quantity.ZeroPatterns.Count == 0)
            {
                throw new InvalidDataException($"Rule set '{set.Id}': quantity '{quantity.Id}' has no patterns.");
            }
        }

        foreach (var quantity in narrative.Quantities)
        {
            if (quantity.PartOf is { } total && !quantities.ContainsKey(total))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': quantity '{quantity.Id}' is part of '{total}', which is not defined.");
            }
        }

        var kinds = narrative.Outcomes.Select(o => o.Kind).ToHashSet(StringComparer.Ordinal);
        foreach (var proceeding in narrative.Proceedings)
        {
            if (!quantities.ContainsKey(proceeding.Quantity))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': proceeding '{proceeding.Quantity}' is not a defined quantity.");
            }

            RequireRule(set.Id, proceeding.Rule, $"proceeding '{proceeding.Quantity}'");
            foreach (var outcomeRow in proceeding.OutcomeRows)
            {
                if (!rows.Contains(outcomeRow.Row) || outcomeRow.Kinds.Any(k => !kinds.Contains(k)))
                {
                    throw new InvalidDataException($"Rule set '{set.Id}': outcome row '{outcomeRow.Id}' refers to an unknown table row or outcome kind.");
                }
            }
        }

        foreach (var required in narrative.RequiredStatements)
        {
            if (!quantities.ContainsKey(required.Quantity))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': required statement of '{required.Quantity}', which is not a defined quantity.");
            }

            RequireRule(set.Id, required.Rule, $"required statement of '{required.Quantity}'");
        }

        try
        {
            _ = NarrativeMatcher.For(narrative);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Rule set '{set.Id}': {e.Message}", e);
        }
    }

    private static void RequireRule(string id, string rule, string what)
    {
        if (!RuleCatalog.Default.Contains(rule))
        {
            throw new InvalidDataException($"Rule set '{id}': {what} names rule '{rule}', which the catalog does not have.");
        }
    }
}
