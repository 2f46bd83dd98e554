using Gumu.Compliance.Tests.Support;
using Gumu.SampleBuilder;

namespace Gumu.Compliance.Tests.Samples;

/// <summary>
/// The bundled samples give exactly the findings reviewed in tests/expectations/samples.expected,
/// and the renderings of one report (portal HTML, Word HTML, DOCX, text) agree.
/// </summary>
public sealed class SampleTests
{
    // Samples give the same findings on every machine: legacy.doc is not converted even where LibreOffice is installed (conversion has its own tests).
    private static readonly ReportChecker Checker = new(new ReportCheckerOptions { SofficePath = string.Empty });

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
    [InlineData("figures/lanxi-2018-section8-count-mismatch.html", "figures/lanxi-2018-section8-count-mismatch.docx")]
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

    public static TheoryData<string> PdfRenderings()
    {
        var data = new TheoryData<string>();
        foreach (var docx in SampleCatalog.RenderedAsPdf)
        {
            data.Add(docx);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PdfRenderings))]
    public async Task The_pdf_rendering_of_a_docx_sample_gives_its_findings_title_and_year(string docx)
    {
        var source = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, docx));
        var pdf = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, SampleCatalog.PdfPath(docx)));

        pdf.Format.Should().Be("pdf");
        pdf.Findings.Select(f => (f.RuleId, f.Section, f.Message)).Should().Equal(source.Findings.Select(f => (f.RuleId, f.Section, f.Message)));
        (pdf.Title, pdf.Year).Should().Be((source.Title, source.Year));
    }

    [Fact]
    public void Every_sample_file_has_reviewed_expectations()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Samples, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Samples, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        files.Should().Equal(Expectations.Value.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("figures/lanxi-2018-section8-count-mismatch.html")]
    [InlineData("figures/lanxi-2018-section8-count-mismatch.docx")]
    public async Task A_text_table_mismatch_carries_both_numbers_and_the_row_in_the_tables_words(string sample)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Property("stated").Should().Be(11m);
        finding.Property("table").Should().Be(9m);
        finding.Property("row").Should().Be("（一）收到申请数");
        finding.Message.Should().Be("正文称收到的政府信息公开申请数为“11件”,统计表“（一）收到申请数”为 9");
    }

    [Fact]
    public async Task Channels_that_do_not_add_up_carry_the_total_the_sum_and_the_parts()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "figures", "lanxi-2018-channels-sum-mismatch.html"));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.Property("table").Should().Be(9m);
        finding.Property("computed").Should().Be(11m);
        finding.Property("parts").Should().BeEquivalentTo(new[] { "1.当面申请数", "2.传真申请数", "3.网络申请数", "4.信函申请数" });
    }

    [Theory]
    [InlineData("figures/lanxi-2018-review-outcomes-incomplete.html", "GM3003", 3, 2)]
    [InlineData("figures/lanxi-2018-lawsuit-outcome-missing.html", "GM3004", 1, 0)]
    public async Task Outcomes_that_do_not_cover_the_count_carry_both_numbers(string sample, string rule, int count, int accounted)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be(rule);
        Convert.ToInt32(finding.Property("count"), System.Globalization.CultureInfo.InvariantCulture).Should().Be(count);
        Convert.ToInt32(finding.Property("accounted"), System.Globalization.CultureInfo.InvariantCulture).Should().Be(accounted);
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
