using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Text;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// GM4004 outdated-basis: the report cites a superseded basis as its own (<c>outdatedBases</c>: the
/// 2019 format notice 〔2019〕60号 in a 2021+ report, the pre-2019 条例's 第三十一条/第三十二条 after
/// 2019). Only a citation that states the report's basis counts: a sentence that cites it with
/// 根据/依据/按照/遵照 before the first section heading (the report's opening), where reports say
/// what they were written under. Reported once per basis, at the sentence.
/// </summary>
internal sealed class OutdatedBasisCheck : IReportCheck
{
    private const int MaxOpeningBlocks = 12;
    private static readonly string[] CitingWords = ["根据", "依据", "按照", "遵照", "依照"];
    private static readonly ConditionalWeakTable<OutdatedBasisSpec, Regex> Patterns = [];

    public IReadOnlyList<string> RuleIds { get; } = ["GM4004"];

    public void Run(CheckContext context)
    {
        if (context.RuleSet.OutdatedBases.Count == 0)
        {
            return;
        }

        var blocks = context.Document.Blocks;
        var end = Math.Min(context.Outline.Sections.Count > 0 ? context.Outline.Sections[0].ContentEnd : blocks.Count, MaxOpeningBlocks);
        foreach (var basis in context.RuleSet.OutdatedBases)
        {
            var pattern = Patterns.GetValue(basis, static b => new Regex(b.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            for (var i = 0; i < end; i++)
            {
                if (blocks[i] is not ParagraphBlock p)
                {
                    continue;
                }

                var key = TextNormalizer.Key(p.Text);
                var m = pattern.Match(key);
                if (!m.Success || !CitesAsBasis(key, m.Index))
                {
                    continue;
                }

                context.Report("GM4004", "default", context.Outline.SectionOf(i)?.Number, p.Location, m.Value, i,
                    [P("basis", basis.Id), P("cited", m.Value), P("year", context.Year)], FigureOrder.Text(m.Index),
                    [P("basis", basis.Name.In(context.Language)), P("current", basis.Current.In(context.Language))]);
                break;
            }
        }
    }

    // A citing word earlier in the same sentence.
    private static bool CitesAsBasis(string key, int at)
    {
        var start = key.LastIndexOf('.', Math.Max(0, at - 1));
        var sentence = key[(start + 1)..at];
        return CitingWords.Any(w => sentence.Contains(w, StringComparison.Ordinal));
    }
}
