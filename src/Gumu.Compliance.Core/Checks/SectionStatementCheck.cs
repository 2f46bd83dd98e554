using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
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
                    || section.Paragraphs().Any(p => Matches(p.Text, statement.Statements))
                    || context.Document.Blocks.OfType<ParagraphBlock>().Any(p => Matches(p.Text, statement.Elsewhere)))
                {
                    continue;
                }

                context.Report(statement.Rule, "default", spec.Number, section.Heading.Paragraph.Location, null, section.Heading.BlockIndex,
                    [P("statement", statement.Id)], FigureOrder.Text(0), [P("statement", statement.Name.In(context.Language))]);
            }
        }
    }

    /// <summary>True when the text holds every word of some group and none marked "!".</summary>
    internal static bool Matches(string text, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (groups.Count == 0)
        {
            return false;
        }

        var key = TextNormalizer.Key(text);
        return groups.Any(g => g.All(w => w.StartsWith('!') ? !key.Contains(TextNormalizer.Key(w[1..]), StringComparison.Ordinal) : key.Contains(TextNormalizer.Key(w), StringComparison.Ordinal)));
    }
}
