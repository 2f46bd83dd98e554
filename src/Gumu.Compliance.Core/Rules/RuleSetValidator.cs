using System.Text.RegularExpressions;
using Gumu.Compliance.Figures;

namespace Gumu.Compliance.Rules;

/// <summary>Rejects rule sets that would make checks misbehave, with a message naming the entry.</summary>
internal static class RuleSetValidator
{
    private static readonly string[] PropertyStyles = ["cell", "row"];

    public static void Validate(RuleSet set)
    {
        if (set.Sections.Count == 0 && !set.Abstract)
        {
            throw new InvalidDataException($"Rule set '{set.Id}' has no sections.");
        }

        var numbers = new HashSet<int>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in set.Sections)
        {
            if (!numbers.Add(section.Number))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': section {section.Number} is defined twice.");
            }

            if (section.Id.Length > 0 && !ids.Add(section.Id))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': section id '{section.Id}' is used twice.");
            }
        }

        foreach (var (id, severity) in set.Severities)
        {
            if (!RuleCatalog.Default.Contains(id))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': unknown rule id '{id}' in severities.");
            }

            if (severity == "off" && id.StartsWith("GM0", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': {id} cannot be switched off; a file that could not be read must never look like a pass.");
            }

            if (severity != "off" && !Findings.SeverityNames.TryParse(severity, out _))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': severity '{severity}' for {id} is not error, warning, info or off.");
            }
        }

        if (set.Deadline is { } deadline && !IsDatePattern(deadline))
        {
            throw new InvalidDataException($"Rule set '{set.Id}': deadline '{deadline}' is not a date such as \"{{Y+1}}-01-31\".");
        }

        foreach (var basis in set.OutdatedBases)
        {
            try
            {
                _ = new Regex(basis.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"Rule set '{set.Id}': outdated basis '{basis.Id}': pattern is not a valid regular expression: {e.Message}", e);
            }
        }

        foreach (var statement in set.Sections.SelectMany(s => s.Requires))
        {
            if (!RuleCatalog.Default.Contains(statement.Rule))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': required statement '{statement.Id}' names rule '{statement.Rule}', which the catalog does not have.");
            }
        }

        var tableIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in set.Tables)
        {
            ValidateTable(set, table, tableIds);
        }

        FigureRuleData.Validate(set);
    }

    private static void ValidateTable(RuleSet set, TableSpec table, HashSet<string> tableIds)
    {
        if (!tableIds.Add(table.Id))
        {
            throw new InvalidDataException($"Rule set '{set.Id}': table '{table.Id}' is defined twice.");
        }

        if (!set.Abstract && table.Section is int section && set.Section(section) is null)
        {
            throw new InvalidDataException($"Rule set '{set.Id}': table {table.Id} belongs under section {table.Section}, which the rule set does not have.");
        }

        if (!PropertyStyles.Contains(table.PropertyStyle, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"Rule set '{set.Id}': table {table.Id} has propertyStyle '{table.PropertyStyle}'; it must be \"cell\" or \"row\".");
        }

        if (table.CaptionPattern is { } pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"Rule set '{set.Id}': table {table.Id}: captionPattern is not a valid regular expression: {e.Message}", e);
            }
        }

        var relationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in table.Relations)
        {
            if (!relationIds.Add(relation.Id))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': table {table.Id}: relation '{relation.Id}' is defined twice.");
            }

            if (relation.Rule is not ("GM2001" or "GM2005"))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': table {table.Id}: relation '{relation.Id}' has rule '{relation.Rule}'; it must be GM2001 or GM2005.");
            }

            if (relation.Tolerance < 0 || relation.RelativeTolerance < 0)
            {
                throw new InvalidDataException($"Rule set '{set.Id}': table {table.Id}: relation '{relation.Id}' has a negative tolerance.");
            }
        }

        try
        {
            _ = TableSchema.For(table);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"Rule set '{set.Id}': {e.Message}", e);
        }
    }

    private static bool IsDatePattern(string text)
    {
        var sample = text.Replace("{Y+1}", "2001", StringComparison.Ordinal).Replace("{Y}", "2000", StringComparison.Ordinal);
        return DateOnly.TryParseExact(sample, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
    }
}
