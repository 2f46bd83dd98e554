namespace Gumu.Compliance.Tests.Figures;

/// <summary>GM3001–GM3005: section 10 must state reviews, lawsuits and complaints, and the outcomes of any reviews or lawsuits.</summary>
public sealed class ReviewLitigationTests
{
    private static readonly string[] Properties = ["quantity", "count", "accounted"];

    private static FigureReports Section10(string text, params (int Row, string? Value)[] table) =>
        new FigureReports().Section(10, text).Values((40, "0"), (41, "0"), (42, "0"), (43, "0"), (44, "0"), (45, "0"), (46, "0"), (47, "0"), (48, "0")).Values(table);

    private static List<string> Run(FigureReports report) =>
        report.FigureFindings().Select(f => FigureReports.Describe(f, Properties)).ToList();

    private static string Heading(FigureReports report) => FigureReports.LineContaining(report.Text(), "十、信息公开相关举报、复议、诉讼情况");

    private static string At(FigureReports report, string part) => FigureReports.LineContaining(report.Text(), part);

    [Fact]
    public void A_section_that_states_none_of_the_three_gets_GM3001_GM3002_and_GM3005_at_its_heading()
    {
        var report = Section10("松坪乡高度重视信息公开相关举报、复议、诉讼工作，明确专人负责。", (40, "1"), (41, "1"));
        var heading = Heading(report);

        Run(report).Should().Equal(
            $"GM3001 s10 {heading} quantity=reviews count= accounted=",
            $"GM3002 s10 {heading} quantity=lawsuits count= accounted=",
            $"GM3005 s10 {heading} quantity=complaints count= accounted=");
        var findings = report.FigureFindings();
        findings.Select(f => f.Severity).Should().Equal(Findings.Severity.Error, Findings.Severity.Error, Findings.Severity.Warning);
        findings[0].Message.Should().Be("“信息公开相关举报、复议、诉讼情况”部分未说明行政复议的数量（没有也应写明“无”或“0件”）",
            "the message names the section by the rule set's title, never by a number written into the catalog");
    }

    [Theory]
    [InlineData("本年度未收到相关举报，行政诉讼0件。", "GM3001", "reviews")]
    [InlineData("本年度未收到相关举报，行政复议0件。", "GM3002", "lawsuits")]
    [InlineData("行政复议0件，行政诉讼0件。", "GM3005", "complaints")]
    [InlineData("行政复议、行政诉讼均为零。", "GM3005", "complaints")]
    public void Each_quantity_not_stated_is_reported_alone(string text, string rule, string quantity)
    {
        var report = Section10(text);

        Run(report).Should().Equal($"{rule} s10 {Heading(report)} quantity={quantity} count= accounted=");
    }

    [Theory]
    [InlineData("2018年未发生涉及政府信息公开的举报、行政复议和行政诉讼案件。")]
    [InlineData("本年度没有因政府信息公开申请行政复议、提起行政诉讼和举报的情况发生。")]
    [InlineData("无举报，无行政复议，无行政诉讼。")]
    [InlineData("行政复议、行政诉讼和举报投诉均为0件。")]
    [InlineData("行政复议、行政诉讼、举报情况:均无。")]
    [InlineData("举报〇件，行政复议零件，行政诉讼0起。")]
    public void One_statement_of_none_states_all_three(string text)
    {
        Run(Section10(text)).Should().BeEmpty();
    }

    [Fact]
    public void Two_reviews_all_upheld_account_for_both()
    {
        // "均" distributes the count over the outcome.
        Run(Section10("2018年度本乡有行政复议2件，2件均维持原行政行为；行政诉讼0件；未收到举报。", (40, "2"), (41, "2"))).Should().BeEmpty();
        Run(Section10("行政复议2件均予以维持，行政诉讼0件，无举报。", (40, "2"), (41, "2"))).Should().BeEmpty();
    }

    [Fact]
    public void Two_lawsuits_the_court_has_not_yet_decided_are_accounted_for()
    {
        Run(Section10("本年度无行政复议；行政诉讼2件，现法院还未判决；无举报。", (44, "2"), (47, "2"))).Should().BeEmpty();
    }

    [Fact]
    public void Outcomes_with_numbers_first_or_last_add_up()
    {
        Run(Section10("行政复议3件，其中1件维持、1件纠错，其余1件正在审理中；行政诉讼2件，驳回原告诉讼请求1件，原告撤诉1件；举报0件。",
            (40, "3"), (41, "1"), (42, "1"), (43, "1"), (44, "2"), (45, "1"), (47, "1"))).Should().BeEmpty();
        Run(Section10("行政复议2件，维持1件，其余尚在审理；行政诉讼1件，法院判决驳回原告诉讼请求；举报投诉1件。",
            (40, "2"), (41, "1"), (43, "1"), (44, "1"), (45, "1"), (48, "1"))).Should().BeEmpty();
    }

    [Fact]
    public void Chinese_numeral_counts_agreeing_with_the_table_give_no_finding()
    {
        Run(Section10("行政复议两件，均维持原具体行政行为；行政诉讼一件，尚未审结；举报零件。", (40, "2"), (41, "2"), (44, "1"), (47, "1"))).Should().BeEmpty();
    }

    [Fact]
    public void Reviews_above_zero_without_outcome_are_GM3003_even_when_the_table_gives_them()
    {
        var report = Section10("行政复议2件；行政诉讼0件；无举报。", (40, "2"), (41, "2"));

        Run(report).Should().Equal($"GM3003 s10 {At(report, "行政复议2件")} quantity=reviews count=2 accounted=0");
        report.FigureFindings()[0].Message.Should().Be("正文称行政复议“2件”，但未说明复议结果");
    }

    [Fact]
    public void All_completed_is_no_outcome()
    {
        var report = Section10("行政复议2件，均已办结；行政诉讼0件；无举报。", (40, "2"), (43, "2"));

        Run(report).Should().Equal($"GM3003 s10 {At(report, "行政复议2件")} quantity=reviews count=2 accounted=0");
    }

    [Fact]
    public void A_denied_outcome_accounts_for_none()
    {
        var report = Section10("行政复议1件，未被纠错；行政诉讼0件；无举报。", (40, "1"), (41, "1"));

        Run(report).Should().Equal($"GM3003 s10 {At(report, "行政复议1件")} quantity=reviews count=1 accounted=0");
    }

    [Fact]
    public void Outcomes_that_account_for_fewer_are_partial()
    {
        var report = Section10("行政复议3件，其中1件维持；行政诉讼0件；无举报。", (40, "3"), (41, "1"), (43, "2"));

        Run(report).Should().Equal($"GM3003 s10 {At(report, "行政复议3件")} quantity=reviews count=3 accounted=1");
        report.FigureFindings()[0].Message.Should().Be("正文称行政复议“3件”，但所述结果只涉及 1 件");
    }

    [Fact]
    public void Outcomes_that_account_for_more_are_excess()
    {
        var report = Section10("行政复议2件，维持2件、撤销1件；行政诉讼0件；无举报。", (40, "2"), (41, "2"));

        Run(report).Should().Equal($"GM3003 s10 {At(report, "行政复议2件")} quantity=reviews count=2 accounted=3");
    }

    [Fact]
    public void Lawsuits_above_zero_without_outcome_or_with_too_few_are_GM3004()
    {
        var missing = Section10("行政复议0件；行政诉讼1件；无举报。", (44, "1"), (47, "1"));
        Run(missing).Should().Equal($"GM3004 s10 {At(missing, "行政诉讼1件")} quantity=lawsuits count=1 accounted=0");
        missing.FigureFindings()[0].Message.Should().Be("正文称行政诉讼“1件”，但未说明诉讼结果");

        var partial = Section10("行政复议0件；行政诉讼2件，其中1件驳回原告诉讼请求；无举报。", (44, "2"), (45, "1"), (47, "1"));
        Run(partial).Should().Equal($"GM3004 s10 {At(partial, "行政诉讼2件")} quantity=lawsuits count=2 accounted=1");
    }

    [Fact]
    public void Approximate_counts_need_an_outcome_but_are_not_added_up()
    {
        var report = Section10("行政复议10余件；行政诉讼0件；无举报。", (40, "12"), (43, "12"));
        Run(report).Should().Equal($"GM3003 s10 {At(report, "行政复议10余件")} quantity=reviews count=10 accounted=0");

        Run(Section10("行政复议10余件，1件维持，其余正在审理；行政诉讼0件；无举报。", (40, "12"), (41, "1"), (43, "11"))).Should().BeEmpty();
    }

    [Fact]
    public void A_missing_section_10_is_GM1001_and_nothing_of_GM3xxx()
    {
        var findings = new FigureReports().Section(10, null).Findings();

        findings.Where(f => f.RuleId.StartsWith("GM3", StringComparison.Ordinal)).Should().BeEmpty();
        findings.Should().Contain(f => f.RuleId == "GM1001" && f.Section == 10);
    }

    [Fact]
    public void An_empty_section_10_states_nothing()
    {
        var report = new FigureReports().Section(10, string.Empty);
        var heading = Heading(report);

        Run(report).Should().Equal(
            $"GM3001 s10 {heading} quantity=reviews count= accounted=",
            $"GM3002 s10 {heading} quantity=lawsuits count= accounted=",
            $"GM3005 s10 {heading} quantity=complaints count= accounted=");
    }

    [Fact]
    public void Outcomes_in_a_later_paragraph_belong_to_the_proceedings_named_last()
    {
        Run(Section10("行政复议0件，无举报。\n行政诉讼1件。\n法院已判决驳回原告诉讼请求。", (44, "1"), (45, "1"))).Should().BeEmpty();
    }

    [Fact]
    public void A_later_mention_of_a_stated_outcome_refers_back_and_adds_nothing()
    {
        Run(Section10("行政复议3件，其中维持1件、纠错1件、申请人撤回1件。对复议中被纠错的案件已督促整改。行政诉讼0件，无举报。",
            (40, "3"), (41, "1"), (42, "1"), (43, "1"))).Should().BeEmpty();

        var partial = Section10("行政复议3件，其中维持1件。复议维持的理由已向申请人说明。行政诉讼0件，无举报。", (40, "3"), (41, "1"), (43, "2"));
        Run(partial).Should().Equal($"GM3003 s10 {At(partial, "行政复议3件")} quantity=reviews count=3 accounted=1");
    }

    [Fact]
    public void An_outcome_without_a_number_beside_numbered_ones_gives_no_row_value()
    {
        // The rest may be corrected or pending: row 42 is not compared, whatever the table says.
        Run(Section10("行政复议3件，维持1件。对被纠错的案件已整改。行政诉讼0件，无举报。", (40, "3"), (41, "1"), (42, "1"), (43, "1"))).Should().BeEmpty();
    }
}
