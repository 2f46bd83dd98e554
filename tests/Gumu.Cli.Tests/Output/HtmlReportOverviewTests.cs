using Gumu.Cli.Tests.Support;
using Gumu.Compliance;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Reporting;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.Output;

/// <summary>The HTML report's overview for the office (summary band, chart, issuer × rule group table) and the per-file feedback page.</summary>
public sealed class HtmlReportOverviewTests
{
    [Fact]
    public void Summary_band_has_the_counts_the_check_date_and_the_rule_sets_used()
    {
        var options = new ReportWriterOptions { ToolVersion = "0.1.0", CheckDate = new DateOnly(2026, 3, 31) };
        var document = HtmlReport.Parse(Render(TestResults.Townships(), options));

        Totals(document).Should().Equal("文件=5", "通过=2", "有错误=2", "无法读取=1", "错误=5", "警告=3", "检查日期=2026-03-31");
        document.QuerySelector(".rule-sets")!.TextContent.Should().Be("使用的规则集：yunnan-2018（4 个文件）");
        Totals(HtmlReport.Parse(HtmlReport.Render(TestResults.Townships()))).Should().NotContain(t => t.StartsWith("检查日期", StringComparison.Ordinal), "no date unless the caller gives one");
    }

    [Fact]
    public void Suppressed_findings_are_a_count_in_the_summary_and_are_not_listed()
    {
        var document = HtmlReport.Parse(HtmlReport.Render(SuppressedFindingsTests.WithBaseline()));

        Totals(document).Should().Equal("文件=5", "通过=2", "有错误=1", "无法读取=2", "错误=3", "警告=3", "提示=1", "已接受（基线）=2");
        document.QuerySelectorAll("table.findings code").Select(c => c.TextContent).Should().NotContain("GM1001");
    }

    [Fact]
    public void Chart_shows_findings_per_severity_then_per_rule_split_by_severity()
    {
        var document = HtmlReport.Parse(HtmlReport.Render(TestResults.Townships()));

        var chart = document.QuerySelectorAll("svg").Should().ContainSingle().Which;
        chart.ClassList.Should().Contain("chart");
        chart.GetAttribute("role").Should().Be("img");
        chart.GetAttribute("aria-label").Should().Be("问题分布（按级别、按规则）");
        var rows = chart.QuerySelectorAll("g.chart-row")
            .Select(g => g.QuerySelector(".chart-label")!.TextContent + "=" + g.QuerySelector(".chart-count")!.TextContent + ":" +
                string.Join('+', g.QuerySelectorAll("rect").Select(r => r.GetAttribute("class")!.Replace("bar bar-", string.Empty, StringComparison.Ordinal))))
            .ToList();
        rows.Should().Equal(
            "错误=5:error",
            "警告=3:warning",
            "GM0002 unsupported-format=1:error",
            "GM1001 section-missing=1:error",
            "GM1003 section-title-deviates=2:warning",
            "GM1005 section-title-deviates=1:warning",
            "GM2001 table-arithmetic=1:error",
            "GM2002 narrative-table-mismatch=1:error",
            "GM3001 review-not-reported=1:error");
        var widths = chart.QuerySelectorAll("rect").Select(r => int.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        widths[0].Should().Be(360, "the longest bar fills the bar area");
        widths[1].Should().Be(216, "3 of 5");
    }

    [Fact]
    public void Issuer_table_counts_each_file_findings_per_rule_group()
    {
        var document = HtmlReport.Parse(HtmlReport.Render(TestResults.Townships()));

        var table = document.QuerySelector("table.matrix")!;
        table.QuerySelectorAll("thead th").Select(t => t.TextContent).Should().Equal(
            "单位", "GM0xxx 无法读取", "GM1xxx 结构", "GM2xxx 数字", "GM3xxx 复议与诉讼", "GM4xxx 标题与日期", "合计");
        table.QuerySelectorAll("tbody tr, tfoot tr").Select(r => string.Join('|', r.Children.Select(c => c.TextContent))).Should().Equal(
            "兰溪镇人民政府乡镇/兰溪镇/2018年报.html|0|1|1|0|0|2",
            "白沙镇人民政府乡镇/白沙镇.docx|0|0|0|0|0|0",
            "石门乡.pdf乡镇/石门乡.pdf|1|0|0|0|0|1",
            "青山乡人民政府乡镇/青山乡.html|0|1|1|1|0|3",
            "金河镇人民政府乡镇/金河镇.docx|0|2|0|0|0|2",
            "合计|1|4|2|1|0|8");
    }

    [Fact]
    public void Findings_show_the_place_in_reader_terms_the_expected_value_and_how_to_fix()
    {
        var finding = TestResults.Finding(
            "GM2001", "table-arithmetic", Severity.Error, "合计与各项之和不一致", 2,
            SourceLocation.AtCell(1, 5, 3, line: 120, column: 7) with { Page = 3 }, "12",
            properties: [("row", "四、行政复议数量"), ("column", "总计"), ("stated", 12), ("computed", 13), ("parts", new[] { 5, 8 }), ("relation", "sum")]);
        var html = HtmlReport.Render([TestResults.File("a.pdf", findings: finding)]);
        var cells = HtmlReport.Parse(html).QuerySelectorAll("table.findings > tbody > tr > td").ToList();

        cells[3].TextContent.Should().Be("第3页 表1 第5行（四、行政复议数量） 第3列（总计）");
        cells[4].QuerySelectorAll(".props > div").Select(d => d.QuerySelector("dt")!.TextContent + "=" + d.QuerySelector("dd")!.TextContent)
            .Should().Equal("计算应为=13", "文中数字=12", "分项=5, 8");
        cells[4].QuerySelector(".props > div.expected")!.TextContent.Should().Be("计算应为13");
        cells[4].QuerySelector(".fix")!.TextContent.Should().Be(RuleCatalog.Default["GM2001"].Fix.Zh);
        html.Should().NotContain("relation").And.NotContain("120,7");

        var english = HtmlReport.Parse(HtmlReport.Render([TestResults.File("a.pdf", findings: finding)], Language.English));
        english.QuerySelectorAll("table.findings > tbody > tr > td")[3].TextContent.Should().Be("page 3, table 1, row 5 (四、行政复议数量), column 3 (总计)");
        english.QuerySelector(".fix")!.TextContent.Should().Be(RuleCatalog.Default["GM2001"].Fix.En);
        english.QuerySelector(".fix")!.GetAttribute("data-label").Should().Be("How to fix");
    }

    [Fact]
    public void Feedback_page_lists_one_file_findings_open_without_the_office_overview()
    {
        var result = TestResults.Townships()[3];
        using var stream = new MemoryStream();
        ReportWriter.WriteFeedbackPage(result, stream, new ReportWriterOptions { ToolVersion = "0.1.0", CheckDate = new DateOnly(2026, 3, 31) });
        var html = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var document = HtmlReport.Parse(html);

        document.QuerySelector("h1")!.TextContent.Should().Be("政府信息公开工作年度报告检查反馈");
        document.QuerySelector(".report-title")!.TextContent.Should().Be("青山乡人民政府2017年政府信息公开工作年度报告");
        document.Title.Should().Be("青山乡人民政府2017年政府信息公开工作年度报告 · 政府信息公开工作年度报告检查反馈 · gumu 0.1.0");
        document.QuerySelector("table#files")!.GetAttribute("data-open").Should().Be("all");
        document.QuerySelectorAll("svg, table.matrix, .controls, h2").Should().BeEmpty();
        HtmlReport.FileBodies(document).Select(HtmlReport.PathOf).Should().Equal("乡镇/青山乡.html");
        document.QuerySelectorAll("table.findings code").Select(c => c.TextContent).Should().Equal("GM1001", "GM2001", "GM3001");
        Totals(document).Should().Equal("文件=1", "通过=0", "有错误=1", "无法读取=0", "错误=3", "警告=0", "检查日期=2026-03-31");
        HtmlReport.ShouldHaveOnlyWriterMarkup(document);
    }

    private static string Render(IReadOnlyList<FileCheckResult> results, ReportWriterOptions options)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(results, ReportFormat.Html, stream, options);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<string> Totals(AngleSharp.Dom.IDocument document) =>
        document.QuerySelectorAll(".totals > div").Select(d => d.QuerySelector("dt")!.TextContent + "=" + d.QuerySelector("dd")!.TextContent).ToList();
}
