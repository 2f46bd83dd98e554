using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance;

/// <summary>Settings of a <see cref="ReportChecker"/>.</summary>
public sealed record ReportCheckerOptions
{
    /// <summary>The defaults: built-in rule set, Chinese messages, default limits, 60 s per file.</summary>
    public static ReportCheckerOptions Default { get; } = new();

    /// <summary>
    /// The rule set every report is checked against; null (the default) chooses one per report
    /// from its year, headings and tables (<see cref="Selection.RuleSetSelector"/>).
    /// </summary>
    public RuleSet? RuleSet { get; init; }

    /// <summary>
    /// When the rule set is chosen per report: rule sets pinned to report years, which win over
    /// the built-in choice (a province that kept its own template for a year).
    /// </summary>
    public IReadOnlyDictionary<int, RuleSet> RuleSetsByYear { get; init; } = new Dictionary<int, RuleSet>();

    /// <summary>Message language and rule configuration.</summary>
    public CheckOptions Check { get; init; } = CheckOptions.Default;

    /// <summary>Safety limits for reading files.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Longest time one file may take before it is stopped with GM0004; null for no limit.</summary>
    public TimeSpan? PerFileTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
