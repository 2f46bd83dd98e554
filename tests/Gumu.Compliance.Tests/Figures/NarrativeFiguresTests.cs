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
}
