using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Reporting;

/// <summary>Counts over a run's results; <paramref name="Suppressed"/> counts the findings a baseline accepted, which the others leave out.</summary>
internal sealed record RunSummary(int Files, int Passed, int WithErrors, int Unreadable, int Errors, int Warnings, int Infos, int Suppressed)
{
    public static RunSummary Of(IReadOnlyList<FileCheckResult> results)
    {
        var findings = results.SelectMany(r => r.Findings).ToList();
        return new RunSummary(
            results.Count,
            results.Count(r => !r.HasErrors),
            results.Count(r => r.HasErrors && !r.IsUnreadable),
            results.Count(r => r.IsUnreadable),
            findings.Count(f => f.Severity == Severity.Error),
            findings.Count(f => f.Severity == Severity.Warning),
            findings.Count(f => f.Severity == Severity.Info),
            results.Sum(r => r.Suppressed.Count));
    }
}
