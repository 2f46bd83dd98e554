using Gumu.Compliance.Checks;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Checks;

public sealed class RuleCrashTests
{
    [Fact]
    public void A_check_that_throws_gives_GM0005_and_the_other_checks_still_run()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "yunnan-2018", "structure", "GM1003-section-title-deviates.txt"));
        var document = PlainTextReportReader.Parse(text, ReaderLimits.Default, default);
        var analyzer = new ReportAnalyzer(RuleSetLoader.BuiltIn("yunnan-2018"), CheckOptions.Default, [new ThrowingCheck(), new SectionStructureCheck()]);

        var result = analyzer.Analyze(document);

        result.Findings.Select(f => f.RuleId).Should().Equal("GM0005", "GM1003");
        result.Findings[0].Message.Should().Be("规则 GM1001 运行出错：InvalidOperationException: planted failure");
        result.Findings[0].Section.Should().BeNull();
    }

    private sealed class ThrowingCheck : IReportCheck
    {
        public IReadOnlyList<string> RuleIds { get; } = ["GM1001"];

        public void Run(CheckContext context) => throw new InvalidOperationException("planted failure");
    }
}
