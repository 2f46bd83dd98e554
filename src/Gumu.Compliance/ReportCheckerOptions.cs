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

    /// <summary>
    /// The LibreOffice program (soffice) that converts legacy Word/WPS files (.doc/.wps) to .docx
    /// so they can be checked. Null looks for soffice on the PATH; an empty string never converts
    /// (such files get GM0002). Used only when LibreOffice's Writer component is installed.
    /// </summary>
    public string? SofficePath { get; init; }

    /// <summary>Longest time one LibreOffice conversion process may run (default 120 s); over it, its files get GM0004.</summary>
    public TimeSpan LegacyConversionTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Longest time one file may take before it is stopped with GM0004; null for no limit.</summary>
    public TimeSpan? PerFileTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
