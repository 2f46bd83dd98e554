using Gumu.Compliance.Rules;
using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Fixtures;

/// <summary>
/// Every fixture under tests/fixtures with a <c>.expected</c> file beside it gives exactly the
/// expected findings: nothing missing, nothing extra. Fixtures are checked as the tool checks a
/// file by default (<c>--rules auto</c>), and a fixture under <c>tests/fixtures/&lt;rule-set&gt;/</c>
/// must be checked against that rule set (fixtures under <c>any/</c> are not reports of any one).
/// </summary>
public sealed class FixtureTests
{
    private static readonly ReportChecker Checker = new();

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var expected in Directory.EnumerateFiles(RepositoryPaths.Fixtures, "*.expected", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Fixtures, expected).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Fixture_gives_exactly_its_expected_findings(string expectedFile)
    {
        var expectedPath = Path.Combine(RepositoryPaths.Fixtures, expectedFile);
        var document = FixtureDocument(expectedPath);

        var result = await Checker.CheckFileAsync(document);
        var folder = expectedFile.Split('/')[0];
        if (folder != "any")
        {
            RuleSetLoader.BuiltInNames.Should().Contain(folder, "fixtures live in a folder named after their rule set, or in any/");
            result.RuleSet.Should().Be(folder, "{0} must be checked against the rule set of its folder ({1})", expectedFile, result.RuleSetReason);
        }

        result.Findings.Select(ExpectedFindings.Describe).Should().Equal(
            ExpectedFindings.Read(expectedPath),
            "the findings of {0} must be exactly those in {1}: {2}",
            Path.GetFileName(document),
            Path.GetFileName(expectedPath),
            string.Join(" | ", result.Findings.Select(f => ExpectedFindings.Describe(f) + " " + f.Message)));
    }

    [Theory]
    [InlineData("national-2021/title-below-a-breadcrumb.html", "石桥镇人民政府2025年政府信息公开工作年度报告")]
    [InlineData("national-2021/title-below-a-breadcrumb-line.txt", "石桥镇人民政府2025年政府信息公开工作年度报告")]
    [InlineData("national-2021/title-starting-with-year.txt", "2025年武汉市江岸区石桥街道政府信息公开工作年度报告")]
    public async Task The_title_is_the_report_s_own(string fixture, string title)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Fixtures, fixture));

        result.Title.Should().Be(title);
        result.Year.Should().Be(2025);
    }

    [Fact]
    public void Every_fixture_document_has_expectations()
    {
        var documents = Directory.EnumerateFiles(RepositoryPaths.Fixtures, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".expected", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal));

        documents.Where(d => !File.Exists(Path.ChangeExtension(d, ".expected")))
            .Should().BeEmpty("every fixture needs its expected findings written beside it");
    }

    private static string FixtureDocument(string expectedPath)
    {
        var stem = Path.GetFileNameWithoutExtension(expectedPath);
        var candidates = Directory.EnumerateFiles(Path.GetDirectoryName(expectedPath)!, stem + ".*")
            .Where(f => !f.EndsWith(".expected", StringComparison.Ordinal))
            .ToList();
        candidates.Should().ContainSingle("fixture {0} needs exactly one document beside it", stem);
        return candidates[0];
    }
}
