using Gumu.SampleBuilder;
using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Samples;

/// <summary>
/// Every one-defect variant of the sample reports — the Yunnan 2018 report and the national 2021
/// and 2019 reports with their tables 二, 三 and 四 — rendered as a portal page, a DOCX with
/// automatic numbering and merged cells (gridSpan/vMerge), a Word-exported page (rowspan/colspan)
/// and plain text (a merged cell's text in every slot), gives the same findings (rule and section)
/// in all four: the readers hide the format from the checks. A variant published late is rendered
/// only as the portal page and text, the renderings that print a publication date.
/// </summary>
public sealed class RenderingParityTests
{
    private static readonly ReportChecker Checker = new();

    private static readonly Lazy<ILookup<string, (string Rendering, byte[] Content)>> Renderings = new(() =>
        SampleCatalog.RenderingsOfEveryVariant().ToLookup(r => r.Variant, r => (r.Rendering, r.Content)));

    public static TheoryData<string> Variants()
    {
        var data = new TheoryData<string>();
        foreach (var variant in Renderings.Value.Select(g => g.Key).Order(StringComparer.Ordinal))
        {
            data.Add(variant);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Every_rendering_of_a_variant_gives_the_same_findings(string variant)
    {
        var findings = new List<(string Rendering, IReadOnlyList<string> Findings)>();
        foreach (var (rendering, content) in Renderings.Value[variant])
        {
            var result = await Checker.CheckAsync(new MemoryStream(content), variant + "." + rendering);
            findings.Add((rendering, result.Findings.Select(ExpectedFindings.DescribeWithoutLocation).ToList()));
        }

        // A variant that only changes the publication date exists where a date is printed: the portal page and text.
        var renderings = findings.Select(f => f.Rendering).ToList();
        (renderings.SequenceEqual(["portal.html", "docx", "word.html", "txt"]) || renderings.SequenceEqual(["portal.html", "txt"]))
            .Should().BeTrue("{0} is rendered as every format, or where its publication date is printed, not as {1}", variant, string.Join(", ", renderings));
        findings[0].Findings.Should().NotBeEmpty("every variant carries one defect");
        foreach (var (rendering, found) in findings.Skip(1))
        {
            found.Should().Equal(findings[0].Findings, "the {0} rendering of {1} must find what the portal page finds", rendering, variant);
        }
    }
}
