using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli;

/// <summary>
/// Checks many files on every core and returns their results in input order, whatever order they
/// finish in; each result is also handed to <c>onResult</c> in input order as soon as it and every
/// result before it are done, for a caller that writes as the batch runs (`gumu check` writes its
/// reports once the batch is done: each carries the run's totals). One file's failure
/// never costs the others: every file gets a result, and a stopped run (Ctrl+C) keeps every
/// result that was finished. A stop takes effect at once: a check still running is abandoned,
/// not waited for, so even a file that never returns (a read blocked in the operating system)
/// cannot hold the run.
/// </summary>
/// <remarks>
/// Twice as many files as cores are in progress at once: while some are being read (waiting on
/// the disk), the others keep every core checking. Only those files are in memory, never the
/// batch, and a file's document is dropped as soon as its result is made.
/// </remarks>
internal sealed class BatchRunner(ReportChecker checker, IProgress<BatchProgress>? progress = null)
{
    private const int FilesInProgressPerCore = 2;

    private readonly Func<InputFile, CancellationToken, Task<FileCheckResult>> _check = (file, token) => checker.CheckFileAsync(file.FullPath, token);

    /// <summary>A runner whose per-file check is given (tests stand in a check that never returns).</summary>
    internal BatchRunner(ReportChecker checker, Func<InputFile, CancellationToken, Task<FileCheckResult>> check, IProgress<BatchProgress>? progress = null)
        : this(checker, progress)
    {
        _check = check;
    }

    /// <summary>Checks the files; <paramref name="onResult"/> sees each finished result once, in input order.</summary>
    public async Task<BatchOutcome> RunAsync(IReadOnlyList<InputFile> files, CancellationToken cancellationToken, Action<FileCheckResult>? onResult = null)
    {
        var results = new FileCheckResult?[files.Count];
        var delivery = new OrderedDelivery(results, onResult);
        var done = 0;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) * FilesInProgressPerCore,
            CancellationToken = cancellationToken,
        };

        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), options, async (index, token) =>
            {
                var file = files[index];
                var result = await CheckOneAsync(file, token).ConfigureAwait(false);
                delivery.Complete(index, result with { Path = file.DisplayPath });
                progress?.Report(new BatchProgress(Interlocked.Increment(ref done), files.Count, file.DisplayPath));
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the user: keep what was finished.
        }

        var finished = results.Where(r => r is not null).Select(r => r!).ToList();
        return new BatchOutcome(finished, files.Count - finished.Count);
    }

    private async Task<FileCheckResult> CheckOneAsync(InputFile file, CancellationToken token)
    {
        if (file.Problem is { } problem)
        {
            return checker.ReadFailure(file.DisplayPath, file.ProblemFormat, problem);
        }

        try
        {
            return await _check(file, token).WaitAsync(token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A defect in one file's processing must not stop the batch; it becomes that file's finding.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return checker.Unreadable(file.DisplayPath, e);
        }
    }

    /// <summary>Hands results on in input order: each one as soon as every earlier one is done.</summary>
    private sealed class OrderedDelivery(FileCheckResult?[] results, Action<FileCheckResult>? onResult)
    {
        private readonly Lock _lock = new();
        private int _next;

        public void Complete(int index, FileCheckResult result)
        {
            lock (_lock)
            {
                results[index] = result;
                while (_next < results.Length && results[_next] is { } ready)
                {
                    onResult?.Invoke(ready);
                    _next++;
                }
            }
        }
    }
}

/// <summary>How far a batch has come.</summary>
internal readonly record struct BatchProgress(int Done, int Total, string LastFile);

/// <summary>The finished results in input order, and how many files were not finished (stopped run).</summary>
internal sealed record BatchOutcome(IReadOnlyList<FileCheckResult> Results, int NotChecked);
