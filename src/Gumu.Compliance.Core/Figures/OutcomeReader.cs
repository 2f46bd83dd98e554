using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>
/// Reads the outcomes of reviews and lawsuits from one paragraph, clause by clause. An outcome
/// word belongs to the proceedings named in its clause, else to those named last before it in
/// the section ("行政诉讼2件，现法院还未判决"). Its count is the figure next to it in the clause:
/// before it when the clause puts numbers first ("2件均维持"), after it otherwise ("维持1件、纠错1件").
/// A figure that states the proceedings' total is not an outcome count unless a distributive word
/// follows it ("行政复议2件均维持").
/// </summary>
internal sealed class OutcomeReader
{
    private const int MaxDistance = 10;

    private readonly NarrativeMatcher _matcher;
    private readonly IReadOnlyList<ProceedingSpec> _proceedings;
    private readonly NarrativeParagraph _paragraph;
    private readonly NarrativeSource _source;

    public OutcomeReader(NarrativeMatcher matcher, IReadOnlyList<ProceedingSpec> proceedings, NarrativeParagraph paragraph, NarrativeSource source)
    {
        _matcher = matcher;
        _proceedings = proceedings;
        _paragraph = paragraph;
        _source = source;
    }

    /// <summary>
    /// Reads the paragraph's outcomes into <paramref name="outcomes"/>. <paramref name="scope"/> carries the
    /// proceedings named last from paragraph to paragraph of the section.
    /// </summary>
    public void Read(IReadOnlyList<NarrativeStatement> statements, List<ProceedingSpec> scope, List<OutcomeStatement> outcomes)
    {
        if (_matcher.OutcomeWords is not { } words)
        {
            return;
        }

        var totals = statements
            .Where(s => s.FigureIndex >= 0 && _proceedings.Any(p => p.Quantity == s.Quantity.Id))
            .Select(s => s.FigureIndex)
            .ToHashSet();
        var text = _paragraph.PatternText;
        var start = 0;
        while (start <= text.Length)
        {
            var end = start;
            while (end < text.Length && !NarrativeText.IsClauseSeparator(text[end]))
            {
                end++;
            }

            var clause = text[start..end];
            var named = _proceedings.Where(p => Terms(p).Any(t => clause.Contains(t, StringComparison.Ordinal))).ToList();
            if (named.Count > 0)
            {
                scope.Clear();
                scope.AddRange(named);
            }

            var found = words.Matches(clause).Select(m => (Start: start + m.Index, End: start + m.Index + m.Length, Kind: _matcher.OutcomeKindOfWord[m.Value])).ToList();
            if (found.Count > 0 && scope.Count > 0)
            {
                ReadClause(start, end, found, totals, scope, outcomes);
            }

            start = end + 1;
        }
    }

    private void ReadClause(int start, int end, List<(int Start, int End, OutcomeKindSpec Kind)> found, HashSet<int> totals, List<ProceedingSpec> scope, List<OutcomeStatement> outcomes)
    {
        var text = _paragraph.PatternText;
        var available = new List<int>();
        var next = 0;
        for (var i = start; i < end; i++)
        {
            var figure = _paragraph.FigureIndexAt(i);
            if (figure < 0 || !scope.Any(p => _matcher.QuantityById.TryGetValue(p.Quantity, out var q) && NarrativeFigures.UnitFits(q, _paragraph.Figures[figure], _paragraph, i)))
            {
                continue;
            }

            // A total counts as an outcome's count only when "均" spreads it: "行政复议2件均维持".
            while (next < found.Count && found[next].Start <= i)
            {
                next++;
            }

            if (totals.Contains(figure) && (next == found.Count || !ContainsDistributive(text[(i + 1)..found[next].Start])))
            {
                continue;
            }

            available.Add(i);
        }

        // Numbers first ("1件维持、1件纠错") or words first ("维持1件、纠错1件"), as the clause begins.
        var numbersFirst = available.Count > 0 && available[0] < found[0].Start;
        var candidate = 0;
        for (var k = 0; k < found.Count; k++)
        {
            var (wordStart, wordEnd, kind) = found[k];
            int? mark = null;
            if (numbersFirst)
            {
                var from = k == 0 ? start : found[k - 1].End;
                while (candidate < available.Count && available[candidate] < wordStart)
                {
                    if (available[candidate] >= from && wordStart - available[candidate] <= MaxDistance)
                    {
                        mark = available[candidate];
                    }

                    candidate++;
                }
            }
            else
            {
                var until = k + 1 < found.Count ? found[k + 1].Start : end;
                while (candidate < available.Count && available[candidate] < wordEnd)
                {
                    candidate++;
                }

                if (candidate < available.Count && available[candidate] < until && available[candidate] - wordEnd <= MaxDistance)
                {
                    mark = available[candidate++];
                }
            }

            var before = StripFillers(_paragraph.Before(wordStart, MaxDistance));
            var negated = kind.Negatable && _matcher.Spec.OutcomeNegations.Any(n => before.EndsWith(n, StringComparison.Ordinal));
            StatedFigure? count = null;
            var position = wordStart;
            var between = Tail(before);
            if (mark is int at)
            {
                count = negated ? null : _paragraph.FigureAt(at);
                if (at < wordStart)
                {
                    position = at;
                    between = text[(at + 1)..wordStart];
                }
            }

            var all = !negated && ContainsDistributive(between);
            var source = _source with { Position = _paragraph.Origin(position), Evidence = _paragraph.ClauseAt(wordStart) };
            foreach (var proceeding in scope)
            {
                if (proceeding.OutcomeRows.Any(r => r.Kinds.Contains(kind.Kind, StringComparer.Ordinal)))
                {
                    outcomes.Add(new OutcomeStatement(proceeding, kind, count, all, negated, source));
                }
            }
        }
    }

    private IEnumerable<string> Terms(ProceedingSpec proceeding) =>
        _matcher.QuantityById.TryGetValue(proceeding.Quantity, out var q) ? q.Spec.Terms : [];

    private bool ContainsDistributive(string text) => _matcher.Spec.Distributive.Any(d => text.Contains(d, StringComparison.Ordinal));

    // The few characters right before an outcome word, where "均" or "都" would stand.
    private static string Tail(string before) => before.Length <= 3 ? before : before[^3..];

    private string StripFillers(string before)
    {
        var changed = true;
        while (changed && before.Length > 0)
        {
            changed = false;
            foreach (var filler in _matcher.Spec.Fillers)
            {
                if (before.EndsWith(filler, StringComparison.Ordinal))
                {
                    before = before[..^filler.Length];
                    changed = true;
                }
            }
        }

        return before;
    }
}
