namespace Gumu.Compliance.Reporting;

/// <summary>
/// Writes check results as a report — the same text, JSON, SARIF, HTML and XLSX the <c>gumu</c>
/// tool writes — so a portal can produce them from results of its own <see cref="ReportChecker"/>.
/// </summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes every file's results, in the order given, and the run's summary to
    /// <paramref name="stream"/> (UTF-8 for the text formats). The stream is left open.
    /// The same results and options always give the same bytes.
    /// </summary>
    /// <param name="results">The files' results, in the order the report should list them.</param>
    /// <param name="format">The report format.</param>
    /// <param name="stream">Where to write; must be writable.</param>
    /// <param name="options">Language, tool version and check date; null for <see cref="ReportWriterOptions.Default"/>.</param>
    public static void Write(IReadOnlyList<FileCheckResult> results, ReportFormat format, Stream stream, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(stream);
        For(format).Write(stream, results, options ?? ReportWriterOptions.Default);
    }

    /// <summary>
    /// Writes one file's HTML page for the body that submitted it — its summary and only its
    /// findings, each with its location, evidence, expected value and how to fix it — to send back
    /// to that body. Chinese unless the options say otherwise. The stream is left open.
    /// </summary>
    /// <param name="result">The file's result.</param>
    /// <param name="stream">Where to write; must be writable.</param>
    /// <param name="options">Language, tool version and check date; null for <see cref="ReportWriterOptions.Default"/>.</param>
    public static void WriteFeedbackPage(FileCheckResult result, Stream stream, ReportWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        HtmlReportWriter.WriteFeedback(stream, result, options ?? ReportWriterOptions.Default);
    }

    internal static IReportWriter For(ReportFormat format) => format switch
    {
        ReportFormat.Text => new TextReportWriter(),
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.Html => new HtmlReportWriter(),
        ReportFormat.Xlsx => new XlsxReportWriter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
