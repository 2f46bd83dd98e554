using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance;

/// <summary>Settings of a <see cref="ReportChecker"/>.</summary>
public sealed record ReportCheckerOptions
{
    /// <summary>The defaults: built-in rule set, Chinese messages, default limits, 60 s per file.</summary>
    public static ReportCheckerOptions Default { get; } = new();

    /// <summary>The rule set; null selects the built-in default (<see cref="RuleSetLoader.DefaultName"/>).</summary>
    public RuleSet? RuleSet { get; init; }

    /// <summary>Message language and rule configuration.</summary>
    public CheckOptions Check { get; init; } = CheckOptions.Default;

    /// <summary>Safety limits for reading files.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Longest time one file may take before it is stopped with GM0004; null for no limit.</summary>
    public TimeSpan? PerFileTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
