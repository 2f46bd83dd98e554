namespace Gumu.Compliance.Documents;

/// <summary>
/// Turns the bytes of one file format into a <see cref="ReportDocument"/>. Implementations live
/// beside the core (one parser dependency each), never fetch anything, honour the limits and the
/// cancellation token, and report unreadable input with <see cref="ReportReadException"/>.
/// </summary>
public interface IReportReader
{
    /// <summary>The format name the reader produces ("html", "docx", "text").</summary>
    string Format { get; }

    /// <summary>Reads a report.</summary>
    /// <param name="content">The file's bytes; a seekable stream.</param>
    /// <param name="limits">Safety limits to enforce.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="ReportReadException">The input is unreadable, unsupported, not a report or over a limit.</exception>
    ReportDocument Read(Stream content, ReaderLimits limits, CancellationToken cancellationToken);
}
