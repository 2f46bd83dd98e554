namespace Gumu.Compliance.Tests.Figures;

/// <summary>GM2001 and GM2005 relations, GM2001 value checks, GM2004 and GM1008 on table-only documents.</summary>
public sealed class TableChecksTests
{
    private static readonly string[] RelationProperties = ["relation", "row", "table", "computed", "bound", "boundValue"];

    private static List<string> Run(FigureReports report, params string[] properties)
    {
        var text = report.TableOnlyText();
        return FigureReports.Analyze(FigureReports.Parse(text))
            .Where(f => FigureReports.FigureRuleIds.Contains(f.RuleId))
            .Select(f => FigureReports.Describe(f, properties))
            .ToList();
    }

    private static string At(FigureReports report, int row) =>
        FigureReports.LineOf(report.TableOnlyText(), FigureReports.Template.Rows.Single(r => r.Number == row).Label);

    [Fact]
    public void A_consistent_table_has_no_findings()
    {
        Run(new FigureReports()).Should().BeEmpty();
    }

    public static TheoryData<string, (int Row, string? Value)[], int, string> Equalities => new()
    {
        { "applications-by-channel", [(18, "3")], 17, "row=(一)收到申请数 table=5 computed=6" },
        { "completed-by-timeliness", [(24, "1")], 22, "row=(二)申请办结数 table=5 computed=6" },
        { "answers-by-type", [(37, "1")], 25, "row=(三)申请答复数 table=5 computed=6" },
        { "refusals-by-reason", [(30, "1")], 29, "row=4.不同意公开答复数 table=1 computed=2" },
        { "reviews-by-outcome", [(42, "1")], 40, "row=四、行政复议数量 table=1 computed=2" },
        { "lawsuits-by-outcome", [(47, "1")], 44, "row=五、行政诉讼数量 table=1 computed=2" },
        { "staff-by-type", [(54, "3")], 52, "row=(三)从事政府信息公开工作人员数 table=3 computed=4" },
    };

    [Theory]
    [MemberData(nameof(Equalities))]
    public void An_equality_that_does_not_hold_is_GM2001_at_the_total(string relation, (int Row, string? Value)[] change, int at, string expected)
    {
        var report = new FigureReports().Values(change);

        Run(report, "relation", "row", "table", "computed").Should().Equal($"GM2001 s- {At(report, at)} relation={relation} {expected}");
    }

    public static TheoryData<string, (int Row, string? Value)[], int, string> Bounds => new()
    {
        { "normative-within-disclosed", [(2, "190"), (3, "200")], 2, "row=其中:主动公开规范性文件数 table=190 bound=(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) boundValue=180" },
        { "normative-disclosed-within-issued", [(2, "5")], 2, "row=其中:主动公开规范性文件数 table=5 bound=制发规范性文件总数 boundValue=4" },
        { "gazette-within-disclosed", [(4, "181")], 4, "row=1.政府公报公开政府信息数 table=181 bound=(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) boundValue=180" },
        { "website-within-disclosed", [(5, "200")], 5, "row=2.政府网站公开政府信息数 table=200 bound=(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) boundValue=180" },
        { "weibo-within-disclosed", [(6, "181")], 6, "row=3.政务微博公开政府信息数 table=181 bound=(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) boundValue=180" },
        { "wechat-within-disclosed", [(7, "190")], 7, "row=4.政务微信公开政府信息数 table=190 bound=(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) boundValue=180" },
        { "other-channels-within-disclosed", [(8, "999")], 8, "row=5.其他方式公开政府信息数 table=999 bound=(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) boundValue=180" },
        { "principal-at-press-conferences", [(11, "2")], 11, "row=其中:主要负责同志参加新闻发布会次数 table=2 bound=1.参加或举办新闻发布会总次数 boundValue=1" },
        { "principal-at-interviews", [(13, "1")], 13, "row=其中:主要负责同志参加政府网站在线访谈次数 table=1 bound=2.政府网站在线访谈次数 boundValue=0" },
    };

    [Theory]
    [MemberData(nameof(Bounds))]
    public void A_bound_that_does_not_hold_is_GM2001_at_the_part(string relation, (int Row, string? Value)[] change, int at, string expected)
    {
        var report = new FigureReports().Values(change);

        Run(report, "relation", "row", "table", "bound", "boundValue").Should().Equal($"GM2001 s- {At(report, at)} relation={relation} {expected}");
    }

    [Fact]
    public void Channels_may_add_up_to_more_than_the_total_because_they_overlap()
    {
        Run(new FigureReports().Values((4, "100"), (5, "180"), (6, "100"), (7, "170"), (8, "150"))).Should().BeEmpty();
    }

    [Fact]
    public void A_part_may_equal_its_bound()
    {
        Run(new FigureReports().Values((2, "4"), (11, "1"), (5, "180"))).Should().BeEmpty();
    }

    public static TheoryData<string, (int Row, string? Value)[], int, string> Plausibility => new()
    {
        { "completed-within-received", [(22, "6"), (23, "6"), (25, "6"), (27, "4")], 22, "“(二)申请办结数” 6,“(一)收到申请数” 5" },
        { "answered-near-completed", [(25, "8"), (27, "6")], 25, "“(三)申请答复数” 8,“(二)申请办结数” 5" },
        { "trainings-and-trainees", [(58, "0")], 57, "“(二)举办各类培训班数” 2,“(三)接受培训人员数” 0" },
        {
            "fees-without-applications",
            [(17, "0"), (18, "0"), (20, "0"), (21, "0"), (22, "0"), (23, "0"), (25, "0"), (26, "0"), (27, "0"), (29, "0"), (32, "0"), (49, "0.2")],
            17, "“(一)收到申请数” 0,“七、依申请公开信息收取的费用” 0.2"
        },
    };

    [Theory]
    [MemberData(nameof(Plausibility))]
    public void An_implausible_relation_is_a_GM2005_warning(string relation, (int Row, string? Value)[] change, int at, string values)
    {
        var report = new FigureReports().Values(change);
        var findings = FigureReports.Analyze(FigureReports.Parse(report.TableOnlyText()))
            .Where(f => FigureReports.FigureRuleIds.Contains(f.RuleId))
            .ToList();

        findings.Select(f => FigureReports.Describe(f, "relation")).Should().Equal($"GM2005 s- {At(report, at)} relation={relation}");
        findings[0].Severity.Should().Be(Findings.Severity.Warning);
        findings[0].Message.Should().EndWith("（" + values.Replace("” ", "” ").Replace(",“", "，“") + "）");
    }

    [Fact]
    public void Plausible_figures_within_the_tolerance_give_no_warning()
    {
        // 答复 48 against 办结 50: within 10 %.
        var report = new FigureReports().Values(
            (17, "50"), (18, "10"), (20, "30"), (21, "10"), (22, "50"), (23, "50"), (25, "48"), (26, "10"), (27, "37"), (29, "1"));

        Run(report).Should().BeEmpty();
        Run(new FigureReports().Values((57, "0"), (58, "0"))).Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("——")]
    public void A_relation_with_an_unknown_value_is_skipped(string unknown)
    {
        // Row 18 unknown: 17 = 18 + 19 + 20 + 21 cannot be checked, whatever the other values.
        Run(new FigureReports().Values((18, unknown), (17, "50"))).Should().BeEmpty();
    }

    [Fact]
    public void Text_where_a_number_belongs_is_GM2004_and_skips_its_relations()
    {
        var report = new FigureReports().Values((18, "见附件"), (17, "50"));

        Run(report, "row", "templateRow", "value").Should().Equal($"GM2004 s14 {At(report, 18)} row=1.当面申请数 templateRow=18 value=见附件");
    }

    [Fact]
    public void Counts_must_be_whole_and_non_negative_and_amounts_non_negative()
    {
        var report = new FigureReports().Values((14, "2.5"), (58, "-3"), (55, "-1.5"), (49, "0.35"));
        var findings = FigureReports.Analyze(FigureReports.Parse(report.TableOnlyText()))
            .Where(f => FigureReports.FigureRuleIds.Contains(f.RuleId))
            .ToList();

        findings.Select(f => FigureReports.Describe(f, "row", "table", "unit")).Should().Equal(
            $"GM2001 s14 {At(report, 14)} row=3.政策解读稿件发布数 table=2.5 unit=篇",
            $"GM2001 s14 {At(report, 55)} row=(四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费) table=-1.5 unit=万元",
            $"GM2001 s14 {At(report, 58)} row=(三)接受培训人员数 table=-3 unit=人次");
        findings[0].Message.Should().Contain("非负整数");
        findings[1].Message.Should().Contain("金额不能为负数");
    }

    [Fact]
    public void Missing_template_rows_are_one_GM1008_finding_listing_them()
    {
        var report = new FigureReports().Values((19, null), (33, null));
        var text = report.TableOnlyText();
        var findings = FigureReports.Analyze(FigureReports.Parse(text))
            .Where(f => FigureReports.FigureRuleIds.Contains(f.RuleId))
            .ToList();

        findings.Select(f => FigureReports.Describe(f, "count", "rows")).Should().Equal(
            $"GM1008 s14 {FigureReports.LineOf(text, "统计指标")} count=2 rows=19、33");
        findings[0].Severity.Should().Be(Findings.Severity.Warning);
        findings[0].Message.Should().Be("统计表缺少 2 行：2.传真申请数、危及国家安全、公共安全、经济安全和社会稳定");
    }

    [Fact]
    public void The_total_and_parts_message_names_rows_in_the_tables_own_words()
    {
        var text = new FigureReports().Values((18, "3")).TableOnlyText().Replace("1.当面申请数", "1、当面", StringComparison.Ordinal);

        var finding = FigureReports.Analyze(FigureReports.Parse(text)).Single(f => f.RuleId == "GM2001");

        finding.Message.Should().Be("统计表“(一)收到申请数”为 5，但其分项合计为 6（“1、当面” 3 + “2.传真申请数” 0 + “3.网络申请数” 2 + “4.信函申请数” 1）");
        finding.Property("parts").Should().BeEquivalentTo(new[] { "1、当面", "2.传真申请数", "3.网络申请数", "4.信函申请数" });
        finding.Property("expression").Should().Be("r17 = r18 + r19 + r20 + r21");
        finding.Evidence.Should().Be("5");
    }

    [Fact]
    public void English_messages_name_the_row_too()
    {
        var report = new FigureReports().Values((11, "2"));
        var finding = FigureReports.Analyze(FigureReports.Parse(report.TableOnlyText()), new CheckOptions { Language = Language.English })
            .Single(f => f.RuleId == "GM2001");

        finding.Message.Should().Be("Table row \"其中:主要负责同志参加新闻发布会次数\" is 2, more than \"1.参加或举办新闻发布会总次数\" (1)");
    }
}
