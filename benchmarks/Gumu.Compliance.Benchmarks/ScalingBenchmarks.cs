using System.Text;
using BenchmarkDotNet.Attributes;

namespace Gumu.Compliance.Benchmarks;

/// <summary>
/// Checking cost against document size: the compliant text report with its sections' paragraphs
/// repeated N times. Time per check should grow linearly with N.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly ReportChecker _checker = new(new ReportCheckerOptions { PerFileTimeout = null });
    private byte[] _content = [];

    [Params(1, 10, 100)]
    public int Repeat { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var lines = Encoding.UTF8.GetString(SampleFiles.Read("compliant/lanxi-2018.txt")).Split('\n');
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(line).Append('\n');

            // Repeat body paragraphs only (long lines that are no heading and no table row).
            if (line.Length > 40 && !line.Contains('\t', StringComparison.Ordinal))
            {
                for (var i = 1; i < Repeat; i++)
                {
                    builder.Append(line).Append('\n');
                }
            }
        }

        _content = Encoding.UTF8.GetBytes(builder.ToString());
    }

    [Benchmark]
    public async Task<int> Check()
    {
        using var stream = new MemoryStream(_content, writable: false);
        var result = await _checker.CheckAsync(stream, "scaled.txt");
        return result.Findings.Count;
    }
}
