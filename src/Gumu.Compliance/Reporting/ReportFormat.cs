namespace Gumu.Compliance.Reporting;

/// <summary>The formats <see cref="ReportWriter"/> writes.</summary>
public enum ReportFormat
{
    /// <summary>One line per finding, compiler style, then a summary line (UTF-8).</summary>
    Text,

    /// <summary>The JSON document of the output contract (schemaVersion 1).</summary>
    Json,

    /// <summary>A SARIF 2.1.0 log for code-scanning dashboards.</summary>
    Sarif,

    /// <summary>One self-contained HTML page for people: summary, chart, per-file findings.</summary>
    Html,

    /// <summary>An Excel workbook (binary: write it to a file or a download, not a terminal).</summary>
    Xlsx,
}
