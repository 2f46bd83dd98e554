using System.Diagnostics;
using System.Text;

namespace Gumu.Compliance.Tests.Figures;

public sealed class LinearityTests
{
    [Fact]
    public void Run_on_text_full_of_figures_and_keywords_is_read_in_bounded_time()
    {
        var runOn = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            runOn.Append("行政复议1件维持、举报2件、无行政诉讼、其中网络申请3件");
        }

        var report = new FigureReports().Section(10, runOn.ToString()).Section(8, runOn.ToString()).Section(2, runOn.ToString());
        var watch = Stopwatch.StartNew();

        var findings = report.FigureFindings();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));
        findings.Should().NotBeEmpty();
    }
}
