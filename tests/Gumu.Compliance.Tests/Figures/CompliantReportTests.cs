namespace Gumu.Compliance.Tests.Figures;

public sealed class CompliantReportTests
{
    [Fact]
    public void Compliant_report_full_of_distractor_numbers_has_no_findings_at_all()
    {
        var findings = new FigureReports().Findings();

        findings.Select(f => FigureReports.Describe(f) + " " + f.Message).Should().BeEmpty();
    }
}
