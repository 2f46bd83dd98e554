namespace Gumu.Compliance.Reporting;

/// <summary>Writes the results of a run in one output format (one implementation per <see cref="ReportFormat"/>).</summary>
internal interface IReportWriter
{
    /// <summary>Writes every file's results, in the order given, and the summary. Does not close the stream.</summary>
    void Write(Stream output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run);
}
