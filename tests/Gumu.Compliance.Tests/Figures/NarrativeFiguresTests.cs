using Gumu.Compliance.Checks;
using Gumu.Compliance.Figures;

namespace Gumu.Compliance.Tests.Figures;

public sealed class NarrativeFiguresTests
{
    private static NarrativeFigures Read(string text)
    {
        var context = new CheckContext(FigureReports.Parse(text), FigureReports.RuleSet, CheckOptions.Default);
        return context.Narrative;
    }

    private static string[] Statements(NarrativeFigures figures) =>
        figures.Statements.Select(s => $"{s.Quantity.Id}={s.Figure.Value}{(s.IsNone ? " none" : string.Empty)} s{s.Source.Section}").ToArray();

    [Fact]
    public void Compliant_report_states_exactly_the_template_quantities()
    {
        var figures = Read(new FigureReports().Text());

        Statements(figures).Should().Equal(
            "website-posts=136 s2",
            "normative-documents=3 s2",
            "responses=9 s7",
            "applications=5 s8",
            "applications-in-person=2 s8",
            "applications-online=2 s8",
            "applications-by-letter=1 s8",
            "reviews=1 s10",
            "lawsuits=1 s10",
            "complaints=0 none s10");
        figures.Outcomes.Select(o => $"{o.Proceeding.Quantity}:{o.Kind.Kind}:{o.Count?.Value}:{o.All}:{o.Negated}").Should().Equal(
            "reviews:upheld::False:False",
            "lawsuits:dismissed::False:False");
    }

    [Theory]
    [InlineData(2, "在政府网站主动公开规范性文件3件。", "normative-documents=3 s2")]
    [InlineData(2, "其中政府网站公开80条。", "website-posts=80 s2")]
    [InlineData(2, "通过政府门户网站公开政府信息数120条。", "website-posts=120 s2")]
    [InlineData(8, "全年共受理依申请公开0件，公开0件，不予公开0件。", "applications=0 s8")]
    [InlineData(8, "共收到4件信息公开申请，其中网络申请2件，信函申请2件。", "applications=4 s8|applications-online=2 s8|applications-by-letter=2 s8")]
    [InlineData(8, "依申请公开:通过网络提交申请3件。", "applications-online=3 s8")]
    [InlineData(8, "2018年全乡无依申请公开事项。", "applications=0 none s8")]
    [InlineData(8, "依申请公开情况:无。", "applications=0 none s8")]
    [InlineData(8, "没有不予公开的申请。", "")]
    [InlineData(10, "经行政复议后提起行政诉讼2件。", "lawsuits=2 s10")]
    [InlineData(10, "行政复议、行政诉讼分别为1件、2件。", "")]
    [InlineData(10, "举报、行政复议和行政诉讼共5件。", "")]
    [InlineData(10, "发生2起因政府信息公开申请行政复议的案件。", "reviews=2 s10")]
    [InlineData(10, "行政诉讼案件中1件被维持。", "")]
    [InlineData(10, "行政诉讼2件尚未判决。", "lawsuits=2 s10")]
    public void Statements_read_from_one_section(int section, string text, string expected)
    {
        var figures = Read(new FigureReports().Section(section, text).Text());

        string.Join("|", Statements(figures).Where(s => s.EndsWith("s" + section, StringComparison.Ordinal))).Should().Be(expected);
    }

    [Fact]
    public void A_figure_several_quantities_share_is_kept_as_ambiguous()
    {
        var figures = Read(new FigureReports().Section(10, "举报、行政复议和行政诉讼共5件。").Text());

        figures.Ambiguous.Select(s => s.Quantity.Id).Should().BeEquivalentTo("complaints", "reviews", "lawsuits");
        figures.Mentions("reviews").Should().BeTrue();
        figures.Of("reviews").Should().BeEmpty();
    }

    [Fact]
    public void Outcome_counts_go_to_the_word_they_stand_by()
    {
        var figures = Read(new FigureReports().Section(10, "行政复议4件，维持1件、纠错2件，1件申请人撤回；行政诉讼2件，均被驳回；无举报。").Text());

        figures.Outcomes.Select(o => $"{o.Proceeding.Quantity}:{o.Kind.Kind}:{o.Count?.Value}:{o.All}").Should().Equal(
            "reviews:upheld:1:False", "reviews:corrected:2:False", "reviews:withdrawn:1:False", "lawsuits:dismissed::True");
    }
}
