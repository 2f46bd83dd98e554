using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance;

/// <summary>How a check runs: message language and the user's rule configuration.</summary>
public sealed record CheckOptions
{
    /// <summary>The defaults: Chinese messages, rule-set severities.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>Language of finding messages.</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>Severity overrides by rule id; null disables the rule. Applied after the rule set's own.</summary>
    public IReadOnlyDictionary<string, Severity?> SeverityOverrides { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>Publication deadline overriding the rule set's (GM4003).</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>
    /// Publication deadlines by kind of issuing body ("township", "subdistrict", "department",
    /// "government"), with {Y}/{Y+1} placeholders ("{Y+1}-01-26"), overriding the rule set's (GM4003).
    /// </summary>
    public IReadOnlyDictionary<string, string> DeadlinesByIssuerKind { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The severity a rule reports with — these options' override, else the rule set's, else the
    /// catalog default — or null when the rule is switched off. Input rules (GM0xxx) are never
    /// off: a file that could not be read or checked must not look like a pass.
    /// </summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="ruleSet">The rule set the document is checked against, or null when none was chosen (a file that could not be read).</param>
    public Severity? EffectiveSeverity(string ruleId, RuleSet? ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var catalogDefault = RuleCatalog.Default[ruleId].DefaultSeverity;
        Severity? severity = catalogDefault;
        if (ruleSet is not null && ruleSet.Severities.TryGetValue(ruleId, out var fromSet))
        {
            severity = fromSet == "off" ? null : SeverityNames.TryParse(fromSet, out var s) ? s : catalogDefault;
        }

        if (SeverityOverrides.TryGetValue(ruleId, out var user))
        {
            severity = user;
        }

        return severity is null && ruleId.StartsWith("GM0", StringComparison.Ordinal) ? catalogDefault : severity;
    }
}
