using Gumu.Compliance.Findings;

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
}
