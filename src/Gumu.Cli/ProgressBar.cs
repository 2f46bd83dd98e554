namespace Gumu.Cli;

/// <summary>
/// A one-line progress bar on standard error, only when standard error is a terminal (stdout
/// carries nothing but the report, so JSON and SARIF can be piped).
/// </summary>
internal sealed class ProgressBar : IProgress<BatchProgress>, IDisposable
{
    private const int Width = 30;
    private readonly TextWriter _error;
    private readonly Lock _gate = new();
    private bool _drawn;

    private ProgressBar(TextWriter error) => _error = error;

    /// <summary>A progress bar for a batch of this size, or null when none should be shown.</summary>
    public static ProgressBar? For(int fileCount) =>
        fileCount > 3 && !Console.IsErrorRedirected ? new ProgressBar(Console.Error) : null;

    public void Report(BatchProgress value)
    {
        lock (_gate)
        {
            var filled = value.Total == 0 ? Width : value.Done * Width / value.Total;
            var name = Gumu.Compliance.Reporting.OutputText.ForTerminal(value.LastFile.Length > 40 ? "…" + value.LastFile[^39..] : value.LastFile);
            _error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done}/{value.Total} {name}".PadRight(Width + 60));
            _drawn = true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_drawn)
            {
                _error.Write('\r');
                _error.Write(new string(' ', Width + 60));
                _error.Write('\r');
            }
        }
    }
}
