namespace Gumu.Compliance.Findings;

/// <summary>How serious a finding is. Written in lower case in JSON and configuration.</summary>
public enum Severity
{
    /// <summary>The report does not meet the template; exit code 1.</summary>
    Error,

    /// <summary>Worth a look; does not fail the run.</summary>
    Warning,

    /// <summary>For information only.</summary>
    Info,
}

/// <summary>Conversions between <see cref="Severity"/> and its contract spelling.</summary>
public static class SeverityNames
{
    /// <summary>"error", "warning" or "info".</summary>
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Parses "error", "warning" or "info" (case-insensitive).</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": severity = Severity.Warning; return true;
            case "info": severity = Severity.Info; return true;
            default: severity = default; return false;
        }
    }
}
