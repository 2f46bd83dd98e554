using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using System.Runtime.CompilerServices;
using Gumu.Compliance.Text;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// GM1011 required-statement-missing: a statement a section must make (<c>sections[].requires</c>,
/// e.g. the information-processing fee in section 六 of a 2021+ report) is not in the section —
/// nor, in words unambiguous enough (<c>elsewhere</c>), anywhere else in the report. Reported at the
/// section's heading; nothing when the section itself is missing (GM1001 says that).
/// </summary>
internal sealed class SectionStatementCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM1011"];

    public void Run(CheckContext context)
    {
        foreach (var spec in context.RuleSet.Sections)
        {
            foreach (var statement in spec.Requires)
            {
                // A missing section is GM1001's: everything it should say is missing with it.
                var section = context.Outline.Find(spec.Number);
                if (section is null
                    || section.Paragraphs().Any(p => WordsOf(statement.Statements).Matches(p.Text))
                    || context.Document.Blocks.OfType<ParagraphBlock>().Any(p => WordsOf(statement.Elsewhere).Matches(p.Text)))
                {
                    continue;
                }

                context.Report(statement.Rule, "default", spec.Number, section.Heading.Paragraph.Location, null, section.Heading.BlockIndex,
                    [P("statement", statement.Id)], FigureOrder.Text(0), [P("statement", statement.Name.In(context.Language))]);
            }
        }
    }

    private static readonly ConditionalWeakTable<IReadOnlyList<IReadOnlyList<string>>, WordGroups> Words = [];

    private static WordGroups WordsOf(IReadOnlyList<IReadOnlyList<string>> groups) => Words.GetValue(groups, static g => new WordGroups(g));
}
