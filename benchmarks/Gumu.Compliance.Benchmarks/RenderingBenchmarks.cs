using BenchmarkDotNet.Attributes;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Benchmarks;

/// <summary>
/// For each rendering of the compliant sample: parse-only (the baseline, see
/// <see cref="Renderings.ParseOnly"/>), the reader building the format-neutral model, and the
/// whole check (sniff, read, choose the rule set, analyse). The Ratio column of Check is the
/// "full check ÷ parse-only" of issue 10.
/// </summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private readonly ReportChecker _checker = new();
    private byte[] _content = [];
    private IReportReader _reader = null!;

    [ParamsSource(nameof(Samples))]
    public string Sample { get; set; } = "";

    public static IEnumerable<string> Samples => Renderings.Compliant;

    [GlobalSetup]
    public void Setup()
    {
        _content = SampleFiles.Read(Sample);
        _reader = Renderings.ReaderFor(Sample);
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly() => Renderings.ParseOnly(Sample, _content);

    [Benchmark]
    public int Read() => Renderings.Read(_reader, _content).Blocks.Count;

    [Benchmark]
    public async Task<int> Check()
    {
        using var stream = new MemoryStream(_content, writable: false);
        var result = await _checker.CheckAsync(stream, Sample);
        return result.Findings.Count;
    }
}
