using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;
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
    [InlineData("national-2021/liutang-2025-portal.html", "national-2021/liutang-2025.docx", "national-2021/liutang-2025-word.html", "national-2021/liutang-2025.txt")]
    [InlineData("national-2019/meiling-2020-portal.html", "national-2019/meiling-2020.docx")]
    [InlineData("national-2021/qingshan-2025-portal.html", "national-2021/qingshan-2025.docx")]
    [InlineData("national-pre2019/jiangyu-2018-portal.html", "national-pre2019/jiangyu-2018.docx")]
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

    /// <summary>
    /// The rule set a sample must be checked against: its folder's for the national formats (a
    /// report that follows another format included: its year decides), yunnan-2018 for the 2018
    /// reports of the other folders; inputs that are no report have none.
    /// </summary>
    public static TheoryData<string, string> SamplesWithTheirRuleSet()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Expectations.Value.Keys.Order(StringComparer.Ordinal))
        {
            var folder = path.Split('/')[0];
            if (folder.StartsWith("national-", StringComparison.Ordinal))
            {
                data.Add(path, folder);
            }
            else if (Path.GetFileName(path).Contains("-2018", StringComparison.Ordinal))
            {
                data.Add(path, "yunnan-2018");
            }
        }

        return data;
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
    [MemberData(nameof(SamplesWithTheirRuleSet))]
    public async Task A_sample_is_checked_against_the_rule_set_its_folder_or_year_calls_for(string sample, string ruleSet)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        result.RuleSet.Should().Be(ruleSet, result.RuleSetReason);
        result.RuleSetReason.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("national-2021/liutang-2022-table2-2019-format.html", 2022, "national-2019")]
    [InlineData("national-2021/lanxi-2021-yunnan-sections.html", 2021, "yunnan-2018")]
    public async Task A_report_in_another_years_format_is_told_which_format_it_resembles(string sample, int year, string resembles)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        var mismatch = result.Findings.Where(f => f.RuleId == "GM1010").Should().ContainSingle().Subject;
        Convert.ToInt32(mismatch.Property("year"), System.Globalization.CultureInfo.InvariantCulture).Should().Be(year);
        mismatch.Property("expected").Should().Be("national-2021");
        mismatch.Property("resembles").Should().Be(resembles);
        mismatch.Message.Should().Contain(RuleSetLoader.BuiltIn(resembles).Name.Zh).And.Contain(RuleSetLoader.BuiltIn("national-2021").Name.Zh);
    }

    [Theory]
    [InlineData("national-2021/liutang-2025-applications-balance-broken.html", "balance", "一、本年新收政府信息公开申请数量", "自然人", "总计")]
    [InlineData("national-2021/liutang-2025-results-total-broken.docx", "results-total", "（七）总计", "自然人", "总计")]
    public async Task A_broken_relation_of_table_3_is_reported_once_per_column_in_the_tables_words(string sample, string relation, string row, string firstColumn, string secondColumn)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        result.Findings.Should().HaveCount(2).And.OnlyContain(f => f.RuleId == "GM2001" && (string?)f.Property("relation") == relation && (string?)f.Property("table") == "三");
        result.Findings.Select(f => f.Property("row")).Should().Equal(row, row);
        result.Findings.Select(f => f.Property("column")).Should().Equal(firstColumn, secondColumn);
    }

    [Fact]
    public async Task A_mistyped_row_total_breaks_the_row_and_the_total_columns_results()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "national-2021", "liutang-2025-applicants-total-broken.html"));

        result.Findings.Where(f => f.RuleId == "GM2001").Select(f => ((string?)f.Property("relation"), (string?)f.Property("row"), (string?)f.Property("column"), f.Property("value"), f.Property("computed")))
            .Should().Equal(("applicants-total", "（一）予以公开", "总计", 5m, 4m), ("results-total", "（七）总计", "总计", 9m, 10m));

        // Section 一 restates 予以公开4件, which the applicants support and the mistyped total does not.
        var restated = result.Findings.Should().ContainSingle(f => f.RuleId == "GM2002").Subject;
        restated.Property("quantity").Should().Be("granted");
        restated.Property("stated").Should().Be(4m);
        restated.Property("value").Should().Be(5m);
        restated.Property("row").Should().Be("（一）予以公开");
    }

    [Theory]
    [InlineData("national-2021/liutang-2025-table3-missing.html", "GM1006", "三")]
    [InlineData("national-2021/liutang-2025-table4-image.html", "GM1007", "四")]
    [InlineData("national-2021/liutang-2025-table3-empty-form.html", "GM1009", "三")]
    [InlineData("national-2021/liutang-2025-table3-rows-missing.docx", "GM1008", "三")]
    [InlineData("national-2021/liutang-2025-table3-column-missing.html", "GM1008", "三")]
    [InlineData("national-2021/liutang-2025-table2-text-in-cell.html", "GM2004", "二")]
    [InlineData("national-2019/meiling-2020-reviews-total-broken.html", "GM2001", "四")]
    [InlineData("structure/lanxi-2018-table-missing.html", "GM1006", "统计表")]
    [InlineData("structure/lanxi-2018-table-image.html", "GM1007", "统计表")]
    public async Task A_table_finding_names_its_table(string sample, string rule, string table)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        result.Findings.Should().ContainSingle().Which.Should().Match<Finding>(f => f.RuleId == rule && (string?)f.Property("table") == table);
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
        finding.Message.Should().Be("正文称收到的政府信息公开申请数为“11件”，统计表“（一）收到申请数”为 9");
    }

    [Fact]
    public async Task A_review_count_the_text_states_is_compared_with_table_4()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "national-2021", "liutang-2025-section1-reviews-mismatch.docx"));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("GM2002");
        finding.Property("stated").Should().Be(2m);
        finding.Property("value").Should().Be(0m);
        finding.Property("table").Should().Be("四");
        finding.Property("column").Should().Be("行政复议·总计");
    }

    /// <summary>
    /// Each quantity the national text restates, changed by one: the finding names the quantity,
    /// carries the figure as written and the cell's value, and names the cell in the table's own words.
    /// 青山市's samples also carry a false positive of the reviews (see samples.expected), so the
    /// finding is picked by its quantity.
    /// </summary>
    [Theory]
    [InlineData("national-2021/liutang-2025-new-applications-mismatch.html", "new-applications", 10, 9, "三", "一、本年新收政府信息公开申请数量", "总计")]
    [InlineData("national-2021/liutang-2025-received-mismatch.docx", "applications", 11, 9, "三", "一、本年新收政府信息公开申请数量", "总计")]
    [InlineData("national-2021/liutang-2025-carried-over-mismatch.html", "carried-over", 2, 1, "三", "二、上年结转政府信息公开申请数量", "总计")]
    [InlineData("national-2021/liutang-2025-completed-mismatch.html", "completed", 10, 9, "三", "（七）总计", "总计")]
    [InlineData("national-2021/liutang-2025-granted-mismatch.docx", "granted", 3, 4, "三", "（一）予以公开", "总计")]
    [InlineData("national-2021/liutang-2025-normative-made-mismatch.html", "normative-made", 2, 1, "二", "行政规范性文件", "本年制发件数")]
    [InlineData("national-2021/qingshan-2025-normative-in-force-mismatch.docx", "normative-in-force", 36, 38, "二", "行政规范性文件", "现行有效件数")]
    [InlineData("national-2021/qingshan-2025-carried-forward-mismatch.html", "carried-forward", 9, 8, "三", "四、结转下年度继续办理", "总计")]
    [InlineData("national-2021/liutang-2025-section1-reviews-mismatch.docx", "reviews", 2, 0, "四", "案件数", "行政复议·总计")]
    [InlineData("national-2019/meiling-2020-normative-made-mismatch.html", "normative-made", 2, 1, "二", "规范性文件", "本年新制作数量")]
    public async Task A_restated_quantity_that_differs_from_its_cell_carries_both_numbers_and_the_cell(string sample, string quantity, int stated, int value, string table, string row, string column)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        var finding = result.Findings.Should().ContainSingle(f => f.RuleId == "GM2002" && (string?)f.Property("quantity") == quantity).Subject;
        finding.Section.Should().BeOneOf(1, 3);
        finding.Property("stated").Should().Be((decimal)stated);
        finding.Property("value").Should().Be((decimal)value);
        finding.Property("table").Should().Be(table);
        finding.Property("row").Should().Be(row);
        finding.Property("column").Should().Be(column);
        finding.Message.Should().Contain(stated.ToString(System.Globalization.CultureInfo.InvariantCulture) + "件");
    }

    [Theory]
    [InlineData("national-2021/liutang-2025-results-exceed-completed.html", "unavailable", 4, 3, new[] { "1.本机关不掌握相关政府信息 / 总计", "2.没有现成信息需要另行制作 / 总计", "3.补正后申请内容仍不明确 / 总计" })]
    [InlineData("national-2021/qingshan-2025-lawsuits-mismatch.docx", "lawsuits", 2, 3, new[] { "未经复议直接起诉·总计", "复议后起诉·总计" })]
    public async Task A_restated_quantity_of_several_cells_carries_the_cells_and_their_sum(string sample, string quantity, int stated, int computed, string[] cells)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        var finding = result.Findings.Should().ContainSingle(f => f.RuleId == "GM2002" && (string?)f.Property("quantity") == quantity).Subject;
        finding.Property("stated").Should().Be((decimal)stated);
        finding.Property("computed").Should().Be((decimal)computed);
        finding.Property("cells").Should().BeEquivalentTo(cells, o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("national-2021/qingshan-2025-all-completed-but-carried-forward.html", "all-completed", "已全部办结", "三", 8, new[] { 8 })]
    [InlineData("national-2021/qingshan-2025-reviews-all-upheld.html", "reviews-all-upheld", "均获维持", "四", 2, new[] { 1, 1, 0 })]
    public async Task A_phrase_that_the_table_contradicts_carries_the_cells_it_binds(string sample, string quantity, string phrase, string table, int computed, int[] cellValues)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        var finding = result.Findings.Should().ContainSingle(f => f.RuleId == "GM2002" && (string?)f.Property("quantity") == quantity).Subject;
        finding.Section.Should().Be(1);
        finding.Property("stated").Should().Be(phrase);
        finding.Property("expected").Should().Be(0m);
        finding.Property("table").Should().Be(table);
        finding.Property("computed").Should().Be((decimal)computed);
        finding.Property("cellValues").Should().BeEquivalentTo(cellValues.Select(v => (decimal)v), o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("national-2021/liutang-2025-published-late.html", "2026-02-10", "2026-01-31", "township")]
    [InlineData("national-2021/qingshan-2025-published-april.html", "2026-04-08", "2026-03-31", "government")]
    public async Task A_late_report_is_held_to_the_deadline_of_its_issuing_bodys_kind(string sample, string published, string deadline, string kind)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        var finding = result.Findings.Should().ContainSingle(f => f.RuleId == "GM4003").Subject;
        finding.Property("published").Should().Be(published);
        finding.Property("deadline").Should().Be(deadline);
        finding.Property("issuerKind").Should().Be(kind);
    }

    [Fact]
    public async Task A_county_level_government_publishing_in_march_is_on_time()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "national-2021", "qingshan-2025-portal.html"));

        result.Title.Should().StartWith("青山市人民政府");
        result.Findings.Should().NotContain(f => f.RuleId == "GM4003");
    }

    [Theory]
    [InlineData("national-2021/qingshan-2025-portal.html")]
    [InlineData("national-2021/qingshan-2025.docx")]
    public async Task A_fee_statement_outside_section_6_that_names_the_fee_satisfies_the_format(string sample)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, sample));

        result.Findings.Should().NotContain(f => f.RuleId == "GM1011");
    }

    [Fact]
    public async Task A_missing_fee_statement_is_reported_at_section_6()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "national-2021", "liutang-2025-fee-statement-missing.html"));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("GM1011");
        finding.Section.Should().Be(6);
        finding.Property("statement").Should().Be("processing-fee");
    }

    [Fact]
    public async Task The_2019_format_notice_as_the_basis_of_a_2025_report_is_outdated()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "national-2021", "liutang-2025-cites-2019-format.docx"));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("GM4004");
        finding.Property("basis").Should().Be("format-notice-2019");
        Convert.ToInt32(finding.Property("year"), System.Globalization.CultureInfo.InvariantCulture).Should().Be(2025);
    }

    [Fact]
    public async Task A_township_reporting_rules_in_force_is_implausible()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "national-2021", "liutang-2025-township-reports-rules.html"));

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("GM2005");
        finding.Property("relation").Should().Be("rules-beyond-issuer");
        finding.Property("table").Should().Be("二");
        finding.Property("row").Should().Be("规章");
    }

    [Fact]
    public async Task An_amount_in_yuan_in_a_cell_counted_in_ten_thousand_yuan_is_implausible()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "national-2021", "qingshan-2025-fee-in-yuan.html"));

        var finding = result.Findings.Should().ContainSingle(f => f.RuleId == "GM2005").Subject;
        finding.Section.Should().Be(2);
        finding.Property("row").Should().Be("行政事业性收费");
        finding.Property("column").Should().Be("本年收费金额（单位：万元）");
        finding.Property("value").Should().Be("126000元");
        finding.Property("unit").Should().Be("万元");
    }

    [Fact]
    public async Task A_matter_of_the_old_regulation_that_nothing_covers_is_missing_from_the_whole_document()
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "national-pre2019", "jiangyu-2018-fees-matter-missing.html"));

        result.RuleSet.Should().Be("national-pre2019");
        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("GM1001");
        finding.Section.Should().Be(4);
        finding.Location.Should().BeNull("a matter of a template in any order has no place of its own");
        finding.Property("expected").Should().Be("政府信息公开的收费及减免情况");
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
