using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Fixtures;

/// <summary>
/// Every fixture under tests/fixtures with a <c>.expected</c> file beside it gives exactly the
/// expected findings: nothing missing, nothing extra.
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

        result.Findings.Select(ExpectedFindings.Describe).Should().Equal(
            ExpectedFindings.Read(expectedPath),
            "the findings of {0} must be exactly those in {1}: {2}",
            Path.GetFileName(document),
            Path.GetFileName(expectedPath),
            string.Join(" | ", result.Findings.Select(f => ExpectedFindings.Describe(f) + " " + f.Message)));
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
