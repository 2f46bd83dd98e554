using System.Diagnostics;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Input;

/// <summary>
/// Converts legacy Word/WPS files (.doc/.wps, OLE) to .docx with LibreOffice, so the DOCX reader
/// can read them. Files submitted while a conversion runs wait and are converted together by the
/// next LibreOffice process (one process per chunk of up to <see cref="MaxFilesPerProcess"/>
/// files), which spreads LibreOffice's slow start over a batch. Each process runs headless with a
/// profile of its own in a private temporary folder (never the user's LibreOffice profile), under
/// a time limit, and the folder is removed afterwards. LibreOffice exits with 0 even when it
/// could not load a file, so a conversion succeeded only when its .docx exists and is a Word
/// package.
/// </summary>
internal sealed class LegacyConverter(string soffice, TimeSpan timeLimit, string? workRoot = null)
{
    public const int MaxFilesPerProcess = 16;

    private readonly Lock _gate = new();
    private readonly List<Request> _pending = [];
    private bool _running;

    /// <summary>The program in use.</summary>
    public string Soffice { get; } = soffice;

    /// <summary>
    /// The LibreOffice program to use: <paramref name="configured"/> when given (empty: none),
    /// else soffice on PATH; only when LibreOffice's Writer component is installed beside it
    /// (Debian splits Writer and Calc into packages, so a soffice program alone proves nothing).
    /// </summary>
    public static string? Locate(string? configured)
    {
        if (configured is not null)
        {
            return configured.Length > 0 && File.Exists(configured) && HasWriter(configured) ? Path.GetFullPath(configured) : null;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? ["soffice.exe", "soffice.com"] : (string[])["soffice"])
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate) && HasWriter(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>True when the Writer library sits in the program folder of <paramref name="soffice"/> (symbolic links followed).</summary>
    public static bool HasWriter(string soffice)
    {
        try
        {
            var target = new FileInfo(soffice).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(soffice);
            var folder = Path.GetDirectoryName(target);
            return folder is not null
                && (File.Exists(Path.Combine(folder, "libswlo.so")) || File.Exists(Path.Combine(folder, "swlo.dll")) || File.Exists(Path.Combine(folder, "libswlo.dylib")));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Converts one file; waits for the chunk it joins.</summary>
    /// <exception cref="ReportReadException">GM0001 when LibreOffice gave no usable .docx, GM0004 when it ran over the time limit.</exception>
    public async Task<byte[]> ConvertAsync(byte[] content, CancellationToken cancellationToken)
    {
        var request = new Request(content, cancellationToken);
        lock (_gate)
        {
            _pending.Add(request);
            if (!_running)
            {
                _running = true;
                _ = Task.Run(RunAsync, CancellationToken.None);
            }
        }

        return await request.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        while (true)
        {
            List<Request> chunk;
            lock (_gate)
            {
                _pending.RemoveAll(r => r.Token.IsCancellationRequested);
                if (_pending.Count == 0)
                {
                    _running = false;
                    return;
                }

                chunk = _pending.Take(MaxFilesPerProcess).ToList();
                _pending.RemoveRange(0, chunk.Count);
            }

            try
            {
                await ConvertChunkAsync(chunk).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever went wrong with the process is each waiting file's failure, never an unobserved crash.
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var r in chunk)
                {
                    r.Completion.TrySetException(Failed("LibreOffice could not be run: " + e.GetType().Name, e));
                }
            }
        }
    }

    private async Task ConvertChunkAsync(List<Request> chunk)
    {
        // Callers hear of their files only once the folder is gone: a command-line run exits as
        // soon as its last file is done, and would leave the folder behind otherwise.
        var outcomes = new Exception?[chunk.Count];
        var converted = new byte[]?[chunk.Count];
        // A private folder per LibreOffice run, in the temporary folder unless a root is given (tests).
        var work = workRoot is null
            ? Directory.CreateTempSubdirectory("gumu-soffice-")
            : Directory.CreateDirectory(Path.Combine(workRoot, "gumu-soffice-" + Guid.NewGuid().ToString("N")));
        try
        {
            var output = Path.Combine(work.FullName, "out");
            var inputs = new List<string>();
            for (var i = 0; i < chunk.Count; i++)
            {
                var input = Path.Combine(work.FullName, $"{i + 1}.doc");
                await File.WriteAllBytesAsync(input, chunk[i].Content).ConfigureAwait(false);
                inputs.Add(input);
            }

            var start = new ProcessStartInfo(Soffice) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
            string[] arguments =
            [
                "--headless", "--norestore", "--nolockcheck", "--nodefault",
                "-env:UserInstallation=" + new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri,
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", output,
            ];
            foreach (var argument in arguments.Concat(inputs))
            {
                start.ArgumentList.Add(argument);
            }

            // A HOME of its own: LibreOffice writes caches there even with a private profile.
            start.Environment["HOME"] = work.FullName;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
            process.StandardInput.Close();
            var drainOut = process.StandardOutput.ReadToEndAsync();
            var drainError = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeLimit);
            try
            {
                // Give up early only when every file of the chunk was cancelled.
                using var allCancelled = CancellationTokenSource.CreateLinkedTokenSource(limit.Token);
                using var registrations = new CompositeDisposable(chunk.Select(r => (IDisposable)r.Token.Register(() =>
                {
                    if (chunk.TrueForAll(x => x.Token.IsCancellationRequested))
                    {
                        allCancelled.Cancel();
                    }
                })));
                await process.WaitForExitAsync(allCancelled.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                Array.Fill(outcomes, new ReportReadException(
                    ReadFailures.LimitsExceeded,
                    "timeout",
                    "LibreOffice did not finish converting within the time limit.",
                    [new("limit", nameof(ReportCheckerOptions.LegacyConversionTimeout)), new("maximum", (int)timeLimit.TotalSeconds)]));
                return;
            }

            await Task.WhenAll(drainOut, drainError).ConfigureAwait(false);
            for (var i = 0; i < chunk.Count; i++)
            {
                var docx = Path.Combine(output, $"{i + 1}.docx");
                if (!File.Exists(docx))
                {
                    outcomes[i] = Failed("LibreOffice wrote no .docx");
                    continue;
                }

                var bytes = await File.ReadAllBytesAsync(docx, CancellationToken.None).ConfigureAwait(false);
                if (FormatSniffer.Detect(bytes).Kind != DetectedFormatKind.Docx)
                {
                    outcomes[i] = Failed("the converted file is not a Word package");
                    continue;
                }

                converted[i] = bytes;
            }
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A LibreOffice child still holding a file: the system's temporary folder cleanup takes it.
            }
            catch (UnauthorizedAccessException)
            {
            }

            for (var i = 0; i < chunk.Count; i++)
            {
                if (converted[i] is { } docx)
                {
                    chunk[i].Completion.TrySetResult(docx);
                }
                else
                {
                    chunk[i].Completion.TrySetException(outcomes[i] ?? Failed("LibreOffice stopped before converting"));
                }
            }
        }
    }

    private static ReportReadException Failed(string reason, Exception? inner = null) =>
        new(ReadFailures.Unreadable, "conversion-failed", "The legacy Word/WPS file could not be converted: " + reason, [new("reason", reason)], inner);

    private sealed class Request(byte[] content, CancellationToken token)
    {
        public byte[] Content { get; } = content;

        public CancellationToken Token { get; } = token;

        public TaskCompletionSource<byte[]> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class CompositeDisposable(IEnumerable<IDisposable> items) : IDisposable
    {
        private readonly List<IDisposable> _items = [.. items];

        public void Dispose() => _items.ForEach(i => i.Dispose());
    }
}
