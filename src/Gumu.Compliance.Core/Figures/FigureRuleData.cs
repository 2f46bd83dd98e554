using System.Runtime.CompilerServices;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>
/// The narrative rules of a rule set made ready for use (patterns compiled, cells resolved) and
/// checked for consistency: once per rule set, when it is loaded.
/// </summary>
internal static class FigureRuleData
{
    /// <summary>Rejects figure rules that would make the checks misbehave, naming the entry.</summary>
    /// <exception cref="InvalidDataException">The rules are inconsistent.</exception>
    public static void Validate(RuleSet set)
    {
        if (set.Narrative is { } narrative)
        {
            ValidateNarrative(set, narrative);
        }
    }

    private static void ValidateNarrative(RuleSet set, NarrativeSpec narrative)
    {
        var sections = set.Sections.Select(s => s.Number).ToHashSet();
        var quantities = new Dictionary<string, NarrativeQuantitySpec>(StringComparer.Ordinal);
        foreach (var quantity in narrative.Quantities)
        {
            if (!quantities.TryAdd(quantity.Id, quantity))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': quantity '{quantity.Id}' is defined twice.");
            }

            if ((quantity.Sections.Count == 0 && !set.Abstract) || quantity.Sections.Any(s => !sections.Contains(s)))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': quantity '{quantity.Id}' must name sections of the rule set.");
            }

            if (quantity.Row is int row && CellSum.ForRow(set, row) is null)
            {
                throw new InvalidDataException($"Rule set '{set.Id}': quantity '{quantity.Id}' refers to table row {row}, which no one-column table of the rule set has.");
            }

            foreach (var cells in quantity.AlternativeCells.Prepend(quantity.Cells).OfType<string>())
            {
                Resolve(set, cells, $"quantity '{quantity.Id}'");
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
                if (CellSum.ForRow(set, outcomeRow.Row) is null || outcomeRow.Kinds.Any(k => !kinds.Contains(k)))
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
            foreach (var cells in required.SatisfiedBy)
            {
                Resolve(set, cells, $"required statement of '{required.Quantity}'");
            }

            if (required.Section is int section && set.Section(section) is null)
            {
                throw new InvalidDataException($"Rule set '{set.Id}': required statement of '{required.Quantity}' names section {section}, which the rule set does not have.");
            }
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

    private static void Resolve(RuleSet set, string cells, string what)
    {
        try
        {
            _ = CellSum.Resolve(set, cells);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Rule set '{set.Id}': {what}: {e.Message}", e);
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
