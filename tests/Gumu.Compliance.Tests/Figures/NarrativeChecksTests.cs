namespace Gumu.Compliance.Tests.Figures;

/// <summary>GM2002 (text against table) and GM2003 (text against itself), on the compliant report with one change.</summary>
public sealed class NarrativeChecksTests
{
    private static readonly string[] MismatchProperties = ["quantity", "stated", "table", "row"];

    private static List<string> Run(FigureReports report, params string[] properties) =>
        report.FigureFindings().Select(f => FigureReports.Describe(f, properties)).ToList();

    private static string At(FigureReports report, string part) => FigureReports.LineContaining(report.Text(), part);

    public static TheoryData<int, string, string, string> Mismatches => new()
    {
        { 8, "2018年，松坪乡共收到政府信息公开申请6件，均在法定期限内答复。", "共收到", "quantity=applications stated=6 table=5 row=(一)收到申请数" },
        { 8, "2018年本乡未收到政府信息公开申请。", "未收到", "quantity=applications stated=0 table=5 row=(一)收到申请数" },
        { 8, "全年受理依申请公开10余件。", "10余件", "quantity=applications stated=10 table=5 row=(一)收到申请数" },
        { 2, "全年在市政府门户网站松坪乡专栏主动公开政府信息140条，主动公开规范性文件3件。", "门户网站", "quantity=website-posts stated=140 table=136 row=2.政府网站公开政府信息数" },
        { 2, "全年在市政府门户网站松坪乡专栏主动公开政府信息136条，主动公开规范性文件四件。", "门户网站", "quantity=normative-documents stated=4 table=3 row=其中:主动公开规范性文件数" },
        { 7, "全年回应公众关注热点12次。", "热点12次", "quantity=responses stated=12 table=9 row=(一)回应公众关注热点或重大舆情数(不同方式回应同一热点或舆情计1次)" },
        { 10, "行政复议1件，维持原具体行政行为；行政诉讼1件，法院驳回原告诉讼请求；收到举报投诉２件。", "举报投诉", "quantity=complaints stated=2 table=0 row=六、举报投诉数量" },
        { 10, "行政复议1件，维持原具体行政行为；行政诉讼1件，法院驳回原告诉讼请求；本年度举报0件。", "-", "" },
        { 10, "本年度发生行政复议1件，被复议机关依法撤销；行政诉讼1件，法院驳回原告诉讼请求；无举报。", "行政复议", "quantity=reviews-corrected stated=1 table=0 row=(二)被依法纠错数" },
        { 10, "行政复议1件，维持原具体行政行为；行政诉讼1件，法院判决撤销原行政行为；无举报。", "行政复议", "quantity=lawsuits-corrected stated=1 table=0 row=(二)被依法纠错数" },
    };

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void A_stated_figure_the_table_contradicts_is_GM2002_at_its_paragraph(int section, string text, string line, string expected)
    {
        var report = new FigureReports().Section(section, text);

        var findings = Run(report, MismatchProperties);

        findings.Should().Equal(expected.Length == 0 ? [] : [$"GM2002 s{section} {At(report, line)} {expected}"]);
    }

    [Fact]
    public void The_mismatch_message_quotes_the_figure_and_the_tables_row()
    {
        var finding = new FigureReports().Section(8, "全年共受理政府信息公开申请两件。").FigureFindings().Single();

        finding.Message.Should().Be("正文称收到的政府信息公开申请数为“两件”，统计表“(一)收到申请数”为 5");
        finding.Evidence.Should().Be("全年共受理政府信息公开申请两件");
        finding.Property("templateRow").Should().Be(17);
    }

    [Fact]
    public void An_approximate_figure_contradicts_only_values_outside_its_range_and_says_so()
    {
        var finding = new FigureReports().Section(8, "全年受理依申请公开10余件。").FigureFindings().Single();

        finding.Property("stated").Should().Be(10m);
        finding.Property("bound").Should().Be("at-least");
        finding.Message.Should().Contain("“10余件”");
        new FigureReports().Section(8, "全年受理依申请公开4余件。").FigureFindings().Should().BeEmpty();
    }

    [Fact]
    public void A_stated_count_and_its_outcome_both_differing_from_the_table_are_two_mismatches()
    {
        var report = new FigureReports().Section(10, "行政复议2件，均维持原行政行为；行政诉讼1件，法院驳回原告诉讼请求；未收到举报。");
        var line = At(report, "行政复议2件");

        Run(report, MismatchProperties).Should().Equal(
            $"GM2002 s10 {line} quantity=reviews stated=2 table=1 row=四、行政复议数量",
            $"GM2002 s10 {line} quantity=reviews-upheld stated=2 table=1 row=(一)维持具体行政行为数");
    }

    [Fact]
    public void A_stated_channel_is_compared_with_its_row_and_parts_above_the_total_contradict_it()
    {
        var report = new FigureReports().Section(8, "共收到政府信息公开申请5件，其中当面申请2件、网络申请3件、信函申请1件。");
        var line = At(report, "共收到");

        Run(report, "quantity", "stated", "table", "computed").Should().Equal(
            $"GM2003 s8 {line} quantity=applications stated=5 table= computed=6",
            $"GM2002 s8 {line} quantity=applications-online stated=3 table=2 computed=");
    }

    public static TheoryData<int, string> Agreements => new()
    {
        { 8, "2018年，松坪乡共收到政府信息公开申请五件，其中当面申请两件、网络申请二件、信函申请一件。" },
        { 8, "全年共收到依申请公开５件。" },
        { 8, "全年受理依申请公开近10件。" },
        { 8, "共收到政府信息公开申请约5件。" },
        { 8, "共收到政府信息公开申请5件，其中网络申请2件。" },
        { 2, "全年在市政府门户网站松坪乡专栏主动公开政府信息一百三十六条，主动公开规范性文件叁件。" },
        { 7, "全年回应公众关注热点九次。" },
        { 10, "行政复议一件，维持原具体行政行为；行政诉讼一件，法院驳回原告诉讼请求；举报零件。" },
        { 10, "行政复议和行政诉讼各1件，均维持原行政行为；未收到举报。" },
    };

    [Theory]
    [MemberData(nameof(Agreements))]
    public void Figures_that_agree_with_the_table_in_any_form_give_no_finding(int section, string text)
    {
        Run(new FigureReports().Section(section, text)).Should().BeEmpty();
    }

    [Fact]
    public void A_blank_or_slash_table_value_contradicts_nothing()
    {
        Run(new FigureReports().Section(8, "共收到政府信息公开申请7件。").Values((17, ""), (18, "/"))).Should().BeEmpty();
    }

    [Fact]
    public void One_quantity_stated_twice_differently_is_GM2003_at_the_second_statement()
    {
        var report = new FigureReports().Section(8, "2018年共收到政府信息公开申请5件。\n经统计，全年受理申请6件，均已办结。");

        Run(report, "quantity", "first", "second", "stated", "table").Should().Equal(
            $"GM2002 s8 {At(report, "全年受理申请6件")} quantity=applications first= second= stated=6 table=5",
            $"GM2003 s8 {At(report, "全年受理申请6件")} quantity=applications first=5 second=6 stated= table=");
        report.FigureFindings()[1].Message.Should().Be("正文对收到的政府信息公开申请数前后说法不一：“5件”与“6件”");
    }

    [Fact]
    public void A_count_contradicted_by_a_statement_of_none_is_GM2003()
    {
        var report = new FigureReports().Section(10, "行政复议1件，维持原具体行政行为；行政诉讼1件，法院驳回原告诉讼请求；未收到举报。\n本年度未发生行政诉讼案件。");
        var second = At(report, "本年度未发生");

        Run(report, "quantity", "first", "second", "stated").Should().Equal(
            $"GM2002 s10 {second} quantity=lawsuits first= second= stated=0",
            $"GM2003 s10 {second} quantity=lawsuits first=1 second=0 stated=");
    }

    [Fact]
    public void Every_channel_stated_and_adding_up_to_less_than_the_total_is_GM2003()
    {
        var report = new FigureReports()
            .Section(8, "共收到政府信息公开申请5件，其中当面申请1件、传真申请0件、网络申请2件、信函申请1件。")
            .Values((18, ""));

        Run(report, "quantity", "stated", "computed", "parts").Should().Equal(
            $"GM2003 s8 {At(report, "共收到")} quantity=applications stated=5 computed=4 parts=applications-in-person、applications-by-fax、applications-online、applications-by-letter");
        report.FigureFindings()[0].Message.Should().Be("正文称收到的政府信息公开申请数为“5件”，但所列分项合计为 4");
    }

    [Fact]
    public void Approximate_figures_that_overlap_are_no_contradiction()
    {
        Run(new FigureReports().Section(8, "共收到政府信息公开申请5件。\n全年受理申请约6件。")).Should().BeEmpty();
    }
}
