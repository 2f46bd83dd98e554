using System.Globalization;
using System.Text;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Input;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Readers.Docx;
using Gumu.Compliance.Readers.Html;
using Gumu.Compliance.Readers.Pdf;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Selection;

namespace Gumu.Compliance;

/// <summary>
/// The entry point: check a report file or stream (HTML, DOCX, PDF or text — detected from the
/// content, not the name) against a rule set. Immutable and thread-safe: create one and share it;
/// the rule set is loaded once. Never writes to the console and never touches the network.
/// </summary>
/// <example>
/// <code>
/// var checker = new ReportChecker();
/// FileCheckResult result = await checker.CheckFileAsync("report.docx", cancellationToken);
/// foreach (var finding in result.Findings) Console.WriteLine($"{finding.RuleId} {finding.Message}");
/// </code>
/// </example>
public sealed class ReportChecker
{
    private static readonly IReportReader Html = new HtmlReportReader();
    private static readonly IReportReader Docx = new DocxReportReader();
    private static readonly IReportReader Pdf = new PdfReportReader();
    private static readonly IReportReader Text = new PlainTextReportReader();

    private readonly ReportAnalyzer _analyzer;
    private readonly LegacyConverter? _converter;

    /// <summary>Creates a checker.</summary>
    public ReportChecker(ReportCheckerOptions? options = null)
    {
        // A copy: options are settable, and a shared checker must not change under its callers.
        Options = options is null ? ReportCheckerOptions.Default : options with { Check = options.Check with { } };
        _analyzer = Options.RuleSet is { } fixedSet
            ? new ReportAnalyzer(fixedSet, Options.Check)
            : new ReportAnalyzer(
                Options.RuleSetsByYear.Count == 0 ? RuleSetSelector.BuiltIn : new RuleSetSelector(RuleSetLoader.BuiltInSets, Options.RuleSetsByYear),
                Options.Check);
        _converter = LegacyConverter.Locate(Options.SofficePath) is { } soffice ? new LegacyConverter(soffice, Options.LegacyConversionTimeout) : null;
    }

    /// <summary>The LibreOffice program legacy .doc/.wps files are converted with, or null when they are not (GM0002).</summary>
    public string? LegacyConverterPath => _converter?.Soffice;

    /// <summary>The options in force.</summary>
    public ReportCheckerOptions Options { get; }

    /// <summary>
    /// Checks a file on disk. Problems with the file become findings (GM0001–GM0004), not
    /// exceptions. Only a regular file is ever opened: a FIFO, socket, device or folder gets
    /// GM0002 at once. The per-file time limit covers opening and reading as well as checking.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<FileCheckResult> CheckFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var kind = FileSystemProbe.KindOf(path, followLinks: true);
        if (kind is not (FileEntryKind.Regular or FileEntryKind.Missing))
        {
            var name = FileSystemProbe.FormatName(kind);
            return Failure(path, name, new ReportReadException(ReadFailures.Unsupported, "not-regular-file", $"Not a regular file ({name}).", [new("kind", name)]));
        }

        using var limit = StartTimeLimit(cancellationToken);
        try
        {
            // On a worker and abandoned at the limit: a file can still block on open or read (a FIFO
            // put in its place after the check above, a stalled network share).
            var bytes = await Task.Run(() => ReadFile(path, limit.Token), limit.Token).WaitAsync(limit.Token).ConfigureAwait(false);
            return bytes.Content is { } content
                ? await CheckBytesAsync(content, path, limit.Token, cancellationToken).ConfigureAwait(false)
                : TooLarge(path, bytes.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failure(path, "unknown", new ReportReadException(ReadFailures.Unreadable, "default", e.Message,
                [new("reason", e.Message)]));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimedOut(path, "unknown");
        }
    }

    /// <summary>Checks a report given as a stream; <paramref name="name"/> is only used to label the result.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<FileCheckResult> CheckAsync(Stream content, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(name);
        using var limit = StartTimeLimit(cancellationToken);
        try
        {
            // WaitAsync: a stream that ignores cancellation still cannot hold the caller past the limit.
            var bytes = await ReadStreamAsync(content, limit.Token).WaitAsync(limit.Token).ConfigureAwait(false);
            return bytes is null
                ? Failure(name, "unknown", new ReportReadException(ReadFailures.LimitsExceeded, "default", "Stream too large.",
                    [new("limit", nameof(ReaderLimits.MaxFileBytes)), new("maximum", Options.Limits.MaxFileBytes), new("actual", $"> {Options.Limits.MaxFileBytes.ToString(CultureInfo.InvariantCulture)}")]))
                : await CheckBytesAsync(bytes, name, limit.Token, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimedOut(name, "unknown");
        }
    }

    /// <summary>
    /// The result for a file or folder that could not be read for the reason given (GM0001–GM0004,
    /// with the severity the rule set and configuration give that rule), e.g. a folder a batch
    /// could not list.
    /// </summary>
    internal FileCheckResult ReadFailure(string name, string format, ReportReadException failure)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(failure);
        return Failure(name, format, failure);
    }

    /// <summary>
    /// The result for a file whose processing failed in a way no reader anticipated: a GM0001
    /// finding carrying the reason (with the severity configuration gives GM0001), so a batch can
    /// account for the file and go on.
    /// </summary>
    internal FileCheckResult Unreadable(string name, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var reason = error.GetType().Name + ": " + error.Message;
        return Failure(name, "unknown", new ReportReadException(ReadFailures.Unreadable, "default", reason, [new("reason", reason)], error));
    }

    /// <summary>Checks an already-read document (e.g. one a portal built itself).</summary>
    public FileCheckResult Check(ReportDocument document, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var analysis = _analyzer.Analyze(document, cancellationToken);
        var language = Options.Check.Language;
        return new FileCheckResult
        {
            Path = name,
            Format = document.Format,
            RuleSet = analysis.RuleSet,
            RuleSetReason = analysis.RuleSetReason,
            Title = analysis.Title,
            Year = analysis.Year,
            Findings = [.. analysis.Findings.Select(f => f.Location is { } location ? f with { LocationText = location.Format(language) } : f)],
        };
    }

    /// <summary>
    /// Checks a report held as text: plain text, or the HTML source of a page (a portal's editor
    /// content, a page it already decoded). The text is taken as it is: a <c>charset</c> the HTML
    /// declares is not applied again.
    /// </summary>
    /// <param name="text">The report's text or HTML source.</param>
    /// <param name="name">Labels the result (e.g. the page's address); the content decides the format.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public FileCheckResult CheckText(string text, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);

        // A UTF-8 byte order mark outranks a <meta charset> in HTML's encoding sniffing, so the
        // page is read as the characters the caller holds.
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > Options.Limits.MaxFileBytes)
        {
            return Failure(name, "unknown", new ReportReadException(ReadFailures.LimitsExceeded, "default", "Text too large.",
                [new("limit", nameof(ReaderLimits.MaxFileBytes)), new("maximum", Options.Limits.MaxFileBytes), new("actual", length)]));
        }

        var bytes = new byte[text.Length == 0 ? 0 : Utf8Bom.Length + length];
        if (bytes.Length > 0)
        {
            Utf8Bom.CopyTo(bytes);
            Encoding.UTF8.GetBytes(text, bytes.AsSpan(Utf8Bom.Length));
        }

        // Text never goes through the LibreOffice conversion, the one step that waits on I/O:
        // blocking here waits on CPU work only.
        using var limit = StartTimeLimit(cancellationToken);
        return CheckBytesAsync(bytes, name, limit.Token, cancellationToken).GetAwaiter().GetResult();
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private CancellationTokenSource StartTimeLimit(CancellationToken cancellationToken)
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.PerFileTimeout is TimeSpan timeout)
        {
            // CancelAfter(0) fires on a timer thread, racing a fast check; a zero limit is spent at once.
            if (timeout <= TimeSpan.Zero)
            {
                limit.Cancel();
            }
            else
            {
                limit.CancelAfter(timeout);
            }
        }

        return limit;
    }

    /// <summary>The file's bytes, or only its length when it is over the size limit (checked on the open handle, then while reading).</summary>
    private (byte[]? Content, long Length) ReadFile(string path, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        var maximum = Options.Limits.MaxFileBytes;
        if (file.Length > maximum)
        {
            return (null, file.Length);
        }

        // Sized by the length the open handle reports; a file that changes while it is read is
        // read as far as it goes, but never past the limit.
        using var buffer = new MemoryStream((int)file.Length);
        var chunk = new byte[81920];
        int read;
        while ((read = file.Read(chunk)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > maximum)
            {
                return (null, buffer.Length + read);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray(), buffer.Length);
    }

    private async Task<byte[]?> ReadStreamAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var limit = Options.Limits.MaxFileBytes;
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FileCheckResult TooLarge(string name, long length) =>
        Failure(name, "unknown", new ReportReadException(ReadFailures.LimitsExceeded, "default", "File too large.",
            [new("limit", nameof(ReaderLimits.MaxFileBytes)), new("maximum", Options.Limits.MaxFileBytes), new("actual", length)]));

    private FileCheckResult TimedOut(string name, string format)
    {
        // Whole seconds, rounded up: a limit under a second is not "0 seconds".
        var seconds = (int)Math.Ceiling((Options.PerFileTimeout ?? TimeSpan.Zero).TotalSeconds);
        return Failure(name, format, new ReportReadException(ReadFailures.LimitsExceeded, "timeout", "Time limit exceeded.",
            [new("limit", nameof(ReportCheckerOptions.PerFileTimeout)), new("maximum", seconds)]));
    }

    private async Task<FileCheckResult> CheckBytesAsync(byte[] bytes, string name, CancellationToken limit, CancellationToken cancellationToken)
    {
        var (reader, format, failure) = SelectReader(bytes);
        var converted = false;
        if (reader is null && format == "doc" && _converter is not null)
        {
            try
            {
                bytes = await _converter.ConvertAsync(bytes, limit).ConfigureAwait(false);
                (reader, converted) = (Docx, true);
            }
            catch (ReportReadException e)
            {
                return Failure(name, format, e);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return TimedOut(name, format);
            }
        }

        if (reader is null)
        {
            return Failure(name, format, failure!);
        }

        try
        {
            // The readers and checks stop themselves at the limit (they watch the token); only the
            // caller's own cancellation abandons the work at once. Abandoning it at the limit would
            // let work a reader is slow to stop pile up beside the next file's.
            return await Task.Run(
                () =>
                {
                    // Publicly visible, so that a reader can read the bytes in place instead of copying them.
                    using var stream = new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true);
                    var document = reader.Read(stream, Options.Limits, limit);
                    return Check(converted ? ConvertedCopy.Mark(document) : document, name, limit) with { Format = format };
                },
                limit).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ReportReadException e)
        {
            return Failure(name, format, e);
        }
#pragma warning disable CA1031 // A reader defect on one file becomes that file's GM0001, never a crash.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Unreadable(name, e) with { Format = format };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimedOut(name, format);
        }
    }

    // Content decides the reader, never the file name.
    private static (IReportReader? Reader, string Format, ReportReadException? Failure) SelectReader(byte[] bytes)
    {
        var detected = FormatSniffer.Detect(bytes);
        return detected.Kind switch
        {
            DetectedFormatKind.Html => (Html, "html", null),
            DetectedFormatKind.Docx => (Docx, "docx", null),
            DetectedFormatKind.Pdf => (Pdf, "pdf", null),
            DetectedFormatKind.Text => (Text, "text", null),
            _ => (null, FailureFormatName(detected.Kind), FormatSniffer.ToReadFailure(detected)),
        };
    }

    /// <summary>The "format" reported for a file no reader handles.</summary>
    private static string FailureFormatName(DetectedFormatKind kind) => kind switch
    {
        DetectedFormatKind.Empty => "empty",
        DetectedFormatKind.LegacyOffice => "doc",
        DetectedFormatKind.EncryptedOoxml => "encrypted",
        DetectedFormatKind.Pdf => "pdf",
        DetectedFormatKind.Image => "image",
        DetectedFormatKind.Zip => "zip",
        _ => "unknown",
    };

    private FileCheckResult Failure(string name, string format, ReportReadException e)
    {
        var catalog = RuleCatalog.Default;
        var descriptor = catalog[e.RuleId];
        var properties = e.Properties;
        var severity = Options.Check.EffectiveSeverity(e.RuleId, _analyzer.RuleSet) ?? descriptor.DefaultSeverity;
        return new FileCheckResult
        {
            Path = name,
            Format = format,
            Findings =
            [
                new Finding
                {
                    RuleId = e.RuleId,
                    Name = descriptor.Name,
                    Severity = severity,
                    Message = catalog.FormatMessage(e.RuleId, e.Variant, Options.Check.Language, [.. properties, new("reason", e.Message)]),
                    Properties = properties,
                },
            ],
        };
    }
}
