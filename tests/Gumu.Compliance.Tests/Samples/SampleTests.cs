using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Samples;

/// <summary>
/// The bundled samples give exactly the findings reviewed in tests/expectations/samples.expected,
/// and the renderings of one report (portal HTML, Word HTML, DOCX, text) agree.
/// </summary>
public sealed class SampleTests
{
    private static readonly ReportChecker Checker = new();

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Expectations = new(ReadExpectations);

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Expectations.Value.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Sample_gives_exactly_its_reviewed_findings(string sample)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        result.Findings.Select(ExpectedFindings.Describe).Should().Equal(
            Expectations.Value[sample],
            "the findings of {0} were reviewed: {1}",
            sample,
            string.Join(" | ", result.Findings.Select(f => ExpectedFindings.Describe(f) + " " + f.Message)));
    }

    [Theory]
    [InlineData("compliant/lanxi-2018-portal.html", "compliant/lanxi-2018.docx", "compliant/lanxi-2018-word.html", "compliant/lanxi-2018.txt", "input/lanxi-2018-really-docx.html")]
    [InlineData("compliant/yunxiu-2018-portal.html", "compliant/yunxiu-2018.docx")]
    public async Task Renderings_of_one_report_give_the_same_findings_and_title(params string[] renderings)
    {
        var results = new List<FileCheckResult>();
        foreach (var sample in renderings)
        {
            results.Add(await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample)));
        }

        foreach (var result in results.Skip(1))
        {
            result.Findings.Select(ExpectedFindings.DescribeWithoutLocation).Should().Equal(results[0].Findings.Select(ExpectedFindings.DescribeWithoutLocation), result.Path);
            result.Title.Should().Be(results[0].Title, result.Path);
            result.Year.Should().Be(results[0].Year, result.Path);
        }

        results[0].Title.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_docx_with_an_html_name_is_read_as_docx()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "input", "lanxi-2018-really-docx.html"));

        result.Format.Should().Be("docx");
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadExpectations()
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "expectations", "samples.expected")))
        {
            var line = (raw.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                map.Add(line[1..^1], current);
                continue;
            }

            (current ?? throw new InvalidDataException("A finding line before the first [path] in samples.expected.")).Add(line);
        }

        return map;
    }
}
