using System.Text.RegularExpressions;

namespace Gumu.Compliance.Rules;

/// <summary>Rejects rule sets that would make checks misbehave, with a message naming the entry.</summary>
internal static class RuleSetValidator
{
    public static void Validate(RuleSet set)
    {
        if (set.Sections.Count == 0)
        {
            throw new InvalidDataException($"Rule set '{set.Id}' has no sections.");
        }

        var numbers = new HashSet<int>();
        foreach (var section in set.Sections)
        {
            if (!numbers.Add(section.Number))
            {
                throw new InvalidDataException($"Rule set '{set.Id}': section {section.Number} is defined twice.");
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

        if (set.StatisticsTable is { } table)
        {
            try
            {
                _ = new Regex(table.CaptionPattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"Rule set '{set.Id}': captionPattern is not a valid regular expression: {e.Message}", e);
            }
        }

        Figures.FigureRuleData.Validate(set);
    }
}
