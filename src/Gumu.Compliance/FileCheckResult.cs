using Gumu.Compliance.Findings;

namespace Gumu.Compliance;

/// <summary>The outcome of checking one file: what it was read as, and its findings.</summary>
public sealed record FileCheckResult
{
    /// <summary>The file's path or name, as given.</summary>
    public required string Path { get; init; }

    /// <summary>
    /// What the file was read as ("html", "docx", "text"), or what it was detected to be when it
    /// could not be read ("pdf", "doc", "image", "empty", "unknown" …).
    /// </summary>
    public required string Format { get; init; }

    /// <summary>The rule set applied, or null when the file could not be read.</summary>
    public string? RuleSet { get; init; }

    /// <summary>Why the rule set was chosen (in the check's language), or null when the caller named it.</summary>
    public string? RuleSetReason { get; init; }

    /// <summary>The report's title, if found.</summary>
    public string? Title { get; init; }

    /// <summary>The report year, if found.</summary>
    public int? Year { get; init; }

    /// <summary>Findings sorted by position in the document.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>
    /// Findings a baseline has accepted: matched by fingerprint, kept out of <see cref="Findings"/>,
    /// counts and exit codes, and shown only as suppressed (SARIF <c>suppressions</c>, a count elsewhere).
    /// </summary>
    public IReadOnlyList<Finding> Suppressed { get; init; } = [];

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>True when the file could not be read as a report (a GM0001–GM0004 finding).</summary>
    public bool IsUnreadable => Findings.Any(f => f.RuleId is "GM0001" or "GM0002" or "GM0003" or "GM0004");
}
