using BenchmarkDotNet.Attributes;

namespace Gumu.Compliance.Benchmarks;

/// <summary>One whole check (sniff, read, analyse) of each rendering of the compliant sample report.</summary>
[MemoryDiagnoser]
public class CheckSampleBenchmarks
{
    private readonly ReportChecker _checker = new();
    private byte[] _content = [];

    [Params("compliant/lanxi-2018-portal.html", "compliant/lanxi-2018-word.html", "compliant/lanxi-2018.docx", "compliant/lanxi-2018.txt")]
    public string Sample { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _content = SampleFiles.Read(Sample);

    [Benchmark]
    public async Task<int> Check()
    {
        using var stream = new MemoryStream(_content, writable: false);
        var result = await _checker.CheckAsync(stream, Sample);
        return result.Findings.Count;
    }
}
