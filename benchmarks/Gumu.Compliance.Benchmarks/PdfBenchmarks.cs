using BenchmarkDotNet.Attributes;
using Gumu.SampleBuilder.Inputs;
using UglyToad.PdfPig;

namespace Gumu.Compliance.Benchmarks;

/// <summary>
/// The whole check of a PDF (sniff, read, rebuild lines and tables, analyse) next to parse-only:
/// PdfPig opening the same bytes and reading every page's letters, the least any PDF check must
/// do. The ratio column is check ÷ parse-only; divide a mean by <see cref="Pages"/> for the cost
/// per page. The 200-page PDF is generated, not committed.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private readonly ReportChecker _checker = new();
    private byte[] _content = [];

    [Params("compliant/lanxi-2018.pdf", "generated:200")]
    public string Input { get; set; } = "";

    public int Pages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _content = Input.StartsWith("generated:", StringComparison.Ordinal)
            ? LongPdf.Create(int.Parse(Input["generated:".Length..], System.Globalization.CultureInfo.InvariantCulture))
            : SampleFiles.Read(Input);
        using var document = PdfDocument.Open(_content);
        Pages = document.NumberOfPages;
    }

    [Benchmark(Baseline = true)]
    public int ParseOnly()
    {
        using var document = PdfDocument.Open(_content);
        var letters = 0;
        for (var p = 1; p <= document.NumberOfPages; p++)
        {
            foreach (var letter in document.GetPage(p).Letters)
            {
                letters += letter.Value.Length;
            }
        }

        return letters;
    }

    [Benchmark]
    public async Task<int> Check()
    {
        using var stream = new MemoryStream(_content, writable: false);
        var result = await _checker.CheckAsync(stream, Input);
        return result.Findings.Count;
    }
}
