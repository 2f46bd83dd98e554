namespace Gumu.Compliance.Documents;

/// <summary>
/// Why a file could not be read as a report. Carries the GM0xxx rule it maps to, the message
/// variant of that rule and the values its message needs.
/// </summary>
public sealed class ReportReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportReadException(string ruleId, string variant, string detail, IReadOnlyList<KeyValuePair<string, object?>>? properties = null, Exception? inner = null)
        : base(detail, inner)
    {
        RuleId = ruleId;
        Variant = variant;
        Properties = properties ?? [];
    }

    /// <summary>Creates an exception with a generic message.</summary>
    public ReportReadException()
        : this(ReadFailures.Unreadable, "default", "The document cannot be read.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public ReportReadException(string message)
        : this(ReadFailures.Unreadable, "default", message)
    {
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    public ReportReadException(string message, Exception innerException)
        : this(ReadFailures.Unreadable, "default", message, null, innerException)
    {
    }

    /// <summary>GM0001, GM0002, GM0003 or GM0004.</summary>
    public string RuleId { get; }

    /// <summary>The catalog message variant ("default", "encrypted", "pdf", …).</summary>
    public string Variant { get; }

    /// <summary>Values for the message placeholders.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Properties { get; }
}

/// <summary>The rule ids of read failures.</summary>
public static class ReadFailures
{
    /// <summary>GM0001 document-unreadable.</summary>
    public const string Unreadable = "GM0001";

    /// <summary>GM0002 unsupported-format.</summary>
    public const string Unsupported = "GM0002";

    /// <summary>GM0003 not-a-report.</summary>
    public const string NotAReport = "GM0003";

    /// <summary>GM0004 limits-exceeded.</summary>
    public const string LimitsExceeded = "GM0004";
}
