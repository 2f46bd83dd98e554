using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Findings;

/// <summary>
/// One thing a check found: which rule, how serious, where, the evidence, and the numbers behind
/// it as named properties that JSON and SARIF carry as data.
/// </summary>
public sealed record Finding
{
    /// <summary>Stable rule id, e.g. "GM1001".</summary>
    public required string RuleId { get; init; }

    /// <summary>Rule name, e.g. "section-missing".</summary>
    public required string Name { get; init; }

    /// <summary>Effective severity (after rule-set and configuration overrides).</summary>
    public required Severity Severity { get; init; }

    /// <summary>The message in the language the check was run with.</summary>
    public required string Message { get; init; }

    /// <summary>Template section number (1–14 for yunnan-2018), or null when not about one section.</summary>
    public int? Section { get; init; }

    /// <summary>Where in the document, or null for document-wide findings.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// <see cref="Location"/> as people read it, in the language the check was run with (e.g.
    /// "第14段", "表1 第5行 第3列", "第4页第12行"), or null when there is no location. Set by
    /// <c>ReportChecker</c>; format <see cref="Location"/> yourself with
    /// <see cref="SourceLocation.Format(Language)"/> for another language.
    /// </summary>
    public string? LocationText { get; init; }

    /// <summary>The quoted text or cell, if any.</summary>
    public string? Evidence { get; init; }

    /// <summary>Named values behind the finding (stated, table, row, computed, parts …), in a stable order.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Properties { get; init; } = [];

    /// <summary>The value of a property, or null.</summary>
    public object? Property(string name)
    {
        foreach (var (key, value) in Properties)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }
}
