using System.Diagnostics;
using System.Globalization;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Benchmarks;

/// <summary>
/// A quick paired measurement for a shared, noisy machine: parse-only, read, analyse (fixed rule
/// set and auto) and the whole check of each rendering, interleaved in one loop so contention
/// hits all of them alike; prints the best and the median of each and the ratios to parse-only.
/// Run with <c>-- paired [iterations]</c>.
/// </summary>
internal static class PairedTimer
{
    public static void Run(int iterations)
    {
        var fixedAnalyzer = new ReportAnalyzer(RuleSetLoader.BuiltIn("yunnan-2018"));
        var autoAnalyzer = new ReportAnalyzer(Selection.RuleSetSelector.BuiltIn);
        Console.WriteLine("processor time of this thread in ms (contention on a shared machine disturbs it far less than wall time): best / median of "
            + iterations.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"{"sample",-36} {"parse-only",15} {"read",15} {"analyse fixed",15} {"analyse auto",15} {"read+auto",15} {"÷ parse",8}");
        foreach (var sample in Renderings.Compliant)
        {
            var content = SampleFiles.Read(sample);
            var reader = Renderings.ReaderFor(sample);
            var samples = new List<double>[5];
            for (var k = 0; k < samples.Length; k++)
            {
                samples[k] = [];
            }

            for (var i = -5; i < iterations; i++)
            {
                var t = new double[5];
                t[0] = ThreadTime(() => Renderings.ParseOnly(sample, content));
                Documents.ReportDocument document = null!;
                t[1] = ThreadTime(() => document = Renderings.Read(reader, content));
                t[2] = ThreadTime(() => fixedAnalyzer.Analyze(document));
                document = Renderings.Read(reader, content);
                t[3] = ThreadTime(() => autoAnalyzer.Analyze(document));
                t[4] = ThreadTime(() => autoAnalyzer.Analyze(Renderings.Read(reader, content)));
                if (i >= 0)
                {
                    for (var k = 0; k < t.Length; k++)
                    {
                        samples[k].Add(t[k]);
                    }
                }
            }

            var cells = samples.Select(s => $"{s.Min(),6:0.00} / {Median(s),6:0.00}").ToArray();
            var ratio = Median(samples[4]) / Median(samples[0]);
            Console.WriteLine($"{sample,-36} {cells[0],15} {cells[1],15} {cells[2],15} {cells[3],15} {cells[4],15} {ratio,8:0.00}");
        }
    }

    // CLOCK_THREAD_CPUTIME_ID: the processor time this thread used, whatever else the machine runs.
    private static double ThreadTime(Func<object> action)
    {
        var start = ThreadClock.Now();
        GC.KeepAlive(action());
        return (ThreadClock.Now() - start) / 1e6;
    }

    /// <summary>Repeats one stage on one sample for a while, for a profiler to watch.</summary>
    public static void Loop(string sample, string stage, int seconds)
    {
        var content = SampleFiles.Read(sample);
        var reader = Renderings.ReaderFor(sample);
        var analyzer = stage == "analyse"
            ? new ReportAnalyzer(RuleSetLoader.BuiltIn("yunnan-2018"))
            : new ReportAnalyzer(Selection.RuleSetSelector.BuiltIn);
        var checker = new ReportChecker();
        var watch = Stopwatch.StartNew();
        var count = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            object result = stage switch
            {
                "parse" => Renderings.ParseOnly(sample, content),
                "read" => Renderings.Read(reader, content),
                "check" => Check(checker, content, sample),
                _ => analyzer.Analyze(Renderings.Read(reader, content)),
            };
            GC.KeepAlive(result);
            count++;
        }

        Console.WriteLine($"{count} runs");
    }

    /// <summary>Batch efficiency: parse-only of a generated corpus on one core against gumu on all cores.</summary>
    public static void Batch(int files, int rounds)
    {
        using var corpus = BatchCorpus.Create(files);
        var gumu = Gumu.Locate();
        corpus.ParseAll();
        for (var round = 0; round < rounds; round++)
        {
            var parse = Time(() => corpus.ParseAll());
            var batch = Time(() => Gumu.Check(gumu, corpus.Folder));
            var efficiency = parse / (Environment.ProcessorCount * batch);
            Console.WriteLine($"{files} files: parse-only one core {parse / 1000:0.00} s; gumu on {Environment.ProcessorCount} cores {batch / 1000:0.00} s; efficiency {efficiency:P0}");
        }
    }

    private static int Check(ReportChecker checker, byte[] content, string name)
    {
        using var stream = new MemoryStream(content, writable: false);
        return checker.CheckAsync(stream, name).GetAwaiter().GetResult().Findings.Count;
    }

    private static double Time(Func<object> action)
    {
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <summary>The calling thread's processor time (Linux, <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>).</summary>
internal static class ThreadClock
{
    private const int ThreadCpuTime = 3;

    /// <summary>Nanoseconds of processor time this thread has used.</summary>
    public static long Now() => clock_gettime(ThreadCpuTime, out var t) == 0 ? (t.Seconds * 1_000_000_000L) + t.Nanoseconds : throw new InvalidOperationException("clock_gettime failed");

#pragma warning disable CA5392, SYSLIB1054, CA1060 // A benchmark helper: one libc call, no search path involved.
    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore CA5392, SYSLIB1054, CA1060

#pragma warning disable CS0649, CA1815 // Filled in by clock_gettime.
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
#pragma warning restore CS0649, CA1815
}
