using Gumu.Cli.Tests.Support;
using Gumu.Compliance;

namespace Gumu.Cli.Tests.Commands;

public sealed class BatchRunnerTests
{
    private static IReadOnlyList<InputFile> Samples() =>
        InputDiscovery.Expand([TestPaths.Samples]).Files;

    [Fact]
    public async Task Results_come_back_in_input_order_whatever_order_they_finish_in()
    {
        var files = Samples();

        var outcome = await new BatchRunner(new ReportChecker()).RunAsync(files, CancellationToken.None);

        outcome.NotChecked.Should().Be(0);
        outcome.Results.Select(r => r.Path).Should().Equal(files.Select(f => f.DisplayPath));
    }

    [Fact]
    public async Task A_stopped_run_keeps_the_finished_results_in_order_and_counts_the_rest()
    {
        var files = Samples();
        using var stop = new CancellationTokenSource();
        var progress = new StopAfter(3, stop);

        var outcome = await new BatchRunner(new ReportChecker(), progress).RunAsync(files, stop.Token);

        outcome.Results.Count.Should().BeGreaterThanOrEqualTo(3);
        outcome.NotChecked.Should().BePositive();
        (outcome.Results.Count + outcome.NotChecked).Should().Be(files.Count);
        var order = files.Select(f => f.DisplayPath).ToList();
        outcome.Results.Select(r => order.IndexOf(r.Path)).Should().BeInAscendingOrder();
    }

    [Fact]
    public async Task A_file_that_vanishes_before_it_is_read_is_reported_not_thrown()
    {
        var missing = new InputFile(Path.Combine(Path.GetTempPath(), "gumu-no-such-" + Guid.NewGuid().ToString("N") + ".html"), "gone.html");

        var outcome = await new BatchRunner(new ReportChecker()).RunAsync([missing], CancellationToken.None);

        var result = outcome.Results.Should().ContainSingle().Subject;
        result.Path.Should().Be("gone.html");
        result.Findings.Should().ContainSingle().Which.RuleId.Should().Be("GM0001");
    }

    [Fact]
    public async Task Each_result_is_handed_on_once_in_input_order_as_the_batch_runs()
    {
        var files = Samples();
        var seen = new List<FileCheckResult>();
        var doneWhenSeen = new List<int>();
        var done = 0;
        var progress = new Counter(() => Interlocked.Increment(ref done));

        var outcome = await new BatchRunner(new ReportChecker(), progress).RunAsync(files, CancellationToken.None, result =>
        {
            seen.Add(result);
            doneWhenSeen.Add(Volatile.Read(ref done));
        });

        seen.Should().Equal(outcome.Results);
        seen.Select(r => r.Path).Should().Equal(files.Select(f => f.DisplayPath));
        doneWhenSeen.First().Should().BeLessThan(files.Count, "the first result is handed on before the last file is checked");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_in_a_batch_is_reported_with_GM0004()
    {
        var files = Samples().Where(f => f.DisplayPath.EndsWith(".html", StringComparison.Ordinal)).Take(3).ToList();
        var options = new ReportCheckerOptions { Limits = Gumu.Compliance.Documents.ReaderLimits.Default with { MaxFileBytes = 1000 } };

        var outcome = await new BatchRunner(new ReportChecker(options)).RunAsync(files, CancellationToken.None);

        outcome.Results.Select(r => r.Path).Should().Equal(files.Select(f => f.DisplayPath));
        outcome.Results.Should().OnlyContain(r => r.Findings.Count == 1 && r.Findings[0].RuleId == "GM0004");
    }

    private sealed class Counter(Action onReport) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => onReport();
    }

    private sealed class StopAfter(int count, CancellationTokenSource stop) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            if (value.Done >= count)
            {
                stop.Cancel();
            }
        }
    }
}
