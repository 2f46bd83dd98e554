using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Html;

/// <summary>The read failures this reader raises.</summary>
internal static class Failures
{
    /// <summary>The "limit" property for the file size.</summary>
    public const string FileSize = nameof(ReaderLimits.MaxFileBytes);

    /// <summary>The "limit" property for element nesting.</summary>
    public const string NestingDepth = nameof(ReaderLimits.MaxNestingDepth);

    /// <summary>The "limit" property for table grid cells.</summary>
    public const string TableCells = nameof(ReaderLimits.MaxTableCells);

    /// <summary>GM0004: a safety limit was exceeded.</summary>
    public static ReportReadException Limit(string limit, long maximum, long actual, string detail) =>
        new(
            ReadFailures.LimitsExceeded,
            "default",
            detail,
            [new("limit", limit), new("maximum", maximum), new("actual", actual)]);

    /// <summary>GM0004 for a limit found passed while reading, before the whole extent is known ("actual" is "> maximum").</summary>
    public static ReportReadException Over(string limit, long maximum, string detail) =>
        new(
            ReadFailures.LimitsExceeded,
            "default",
            detail,
            [new("limit", limit), new("maximum", maximum), new("actual", $"> {maximum.ToString(System.Globalization.CultureInfo.InvariantCulture)}")]);

    /// <summary>GM0004 for nesting deeper than allowed.</summary>
    public static ReportReadException TooDeep(int maximum, int actual) =>
        Limit(NestingDepth, maximum, actual, $"Elements are nested deeper than {maximum} levels (at least {actual}).");

    /// <summary>GM0003 "empty": the page holds no content.</summary>
    public static ReportReadException Empty(string detail) =>
        new(ReadFailures.NotAReport, "empty", detail);

    /// <summary>GM0003 "listing-page": a portal list of links, not a report.</summary>
    public static ReportReadException ListingPage(int items) =>
        new(
            ReadFailures.NotAReport,
            "listing-page",
            $"The page is a portal listing ({items} dated links and little running text), not a report.",
            [new("items", items)]);

    /// <summary>GM0001: the page could not be processed.</summary>
    public static ReportReadException Unreadable(string reason, Exception? inner = null) =>
        new(ReadFailures.Unreadable, "default", $"The page cannot be read: {reason}", [new("reason", reason)], inner);
}
