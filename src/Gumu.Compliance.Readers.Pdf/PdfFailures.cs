using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Pdf;

/// <summary>The read failures of the PDF reader, with the catalog variants their messages come from.</summary>
internal static class PdfFailures
{
    public static ReportReadException LimitExceeded(string limit, long maximum, object actual, Exception? inner = null) =>
        new(
            ReadFailures.LimitsExceeded,
            "default",
            $"The file exceeds the safety limit {limit} (limit {maximum}, actual {actual}).",
            [new("limit", limit), new("maximum", maximum), new("actual", actual)],
            inner);

    public static ReportReadException Encrypted(Exception? inner = null) =>
        new(ReadFailures.Unreadable, "pdf-encrypted", "The PDF is encrypted and cannot be opened without its password.", null, inner);

    public static ReportReadException Corrupt(string detail, Exception? inner = null) =>
        new(ReadFailures.Unreadable, "pdf-corrupt", "The PDF cannot be read: " + detail, null, inner);

    /// <summary>A scan: no text layer, or one of private-use and replacement characters.</summary>
    public static ReportReadException Scan(int pages, int images) =>
        new(
            ReadFailures.Unsupported,
            "pdf-scan",
            "The PDF has no readable text layer (a scanned or image-only document).",
            [new("detected", "PDF (scan)"), new("pages", pages), new("images", images)]);
}
