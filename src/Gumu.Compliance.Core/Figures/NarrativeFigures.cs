using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;

namespace Gumu.Compliance.Figures;

/// <summary>
/// Everything the text of a report states about the rule set's quantities and outcomes, read once
/// per document. Only the sections a quantity belongs to are read, paragraph by paragraph; a
/// figure counts for a quantity only when a pattern of that quantity places it (precision first:
/// a number near a keyword that no pattern covers states nothing).
/// </summary>
internal sealed partial class NarrativeFigures
{
    // How far back in its clause a statement's context is looked at (bounded, so run-on text stays linear).
    private const int LookBack = 40;

    private NarrativeFigures(IReadOnlyList<NarrativeStatement> statements, IReadOnlyList<OutcomeStatement> outcomes, IReadOnlyList<NarrativeStatement> ambiguous, IReadOnlyList<AssertionStatement>? assertions = null)
    {
        Assertions = assertions ?? [];
        Statements = statements;
        Outcomes = outcomes;
        Ambiguous = ambiguous;
    }

    /// <summary>No statements.</summary>
    public static NarrativeFigures Empty { get; } = new([], [], []);

    /// <summary>Every quantity statement, in document order.</summary>
    public IReadOnlyList<NarrativeStatement> Statements { get; }

    /// <summary>Every outcome statement, in document order.</summary>
    public IReadOnlyList<OutcomeStatement> Outcomes { get; }

    /// <summary>
    /// Figures a pattern placed but that may belong to several quantities ("行政复议、行政诉讼共3件"):
    /// they state nothing, but they mention the quantity, so it is not reported as unstated either.
    /// </summary>
    public IReadOnlyList<NarrativeStatement> Ambiguous { get; }

    /// <summary>Every phrase that states table values without a figure ("已全部办结"), in document order.</summary>
    public IReadOnlyList<AssertionStatement> Assertions { get; }

    /// <summary>True when the text states or ambiguously mentions a quantity.</summary>
    public bool Mentions(string quantityId) => Of(quantityId).Any() || Ambiguous.Any(s => s.Quantity.Id == quantityId);

    /// <summary>The statements of one quantity, in document order.</summary>
    public IEnumerable<NarrativeStatement> Of(string quantityId) => Statements.Where(s => s.Quantity.Id == quantityId);

    /// <summary>The outcome statements of one proceeding, in document order.</summary>
    public IEnumerable<OutcomeStatement> OutcomesOf(ProceedingSpec proceeding) => Outcomes.Where(o => ReferenceEquals(o.Proceeding, proceeding));

    /// <summary>Reads the statements of a report.</summary>
    /// <param name="outline">The report's sections.</param>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="year">The report year: a figure whose sentence names another year ("2024年新收…3件" in a 2025 report) is not this year's.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static NarrativeFigures Read(ReportOutline outline, RuleSet ruleSet, int? year = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(ruleSet);
        if (ruleSet.Narrative is not { } spec)
        {
            return Empty;
        }

        var matcher = NarrativeMatcher.For(spec);
        var statements = new List<NarrativeStatement>();
        var outcomes = new List<OutcomeStatement>();
        var ambiguous = new List<NarrativeStatement>();
        var assertions = new List<AssertionStatement>();
        foreach (var section in outline.Sections)
        {
            var sectionAssertions = spec.Assertions.Where(a => a.Sections.Contains(section.Number)).ToList();
            if (sectionAssertions.Count > 0)
            {
                foreach (var (text, location, blockIndex) in Paragraphs(section))
                {
                    ReadAssertions(sectionAssertions, NarrativeText.Normalize(text), new NarrativeSource(section.Number, blockIndex, location, 0, string.Empty), assertions);
                }
            }

            var quantities = matcher.Quantities.Where(q => q.Spec.Sections.Contains(section.Number)).ToList();
            var proceedings = spec.Proceedings
                .Where(p => matcher.QuantityById.TryGetValue(p.Quantity, out var q) && q.Spec.Sections.Contains(section.Number))
                .ToList();
            if (quantities.Count == 0)
            {
                continue;
            }

            var scope = new List<ProceedingSpec>();
            foreach (var (text, location, blockIndex) in Paragraphs(section))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var paragraph = new NarrativeParagraph(text, matcher.Reader);
                var found = new List<NarrativeStatement>();
                foreach (var quantity in quantities)
                {
                    ReadQuantity(spec, quantity, paragraph, section.Number, blockIndex, location, year, found, ambiguous);
                }

                found.Sort((a, b) => a.Source.Position.CompareTo(b.Source.Position));
                statements.AddRange(found);
                if (proceedings.Count > 0)
                {
                    new OutcomeReader(matcher, proceedings, paragraph, new NarrativeSource(section.Number, blockIndex, location, 0, string.Empty))
                        .Read(found, scope, outcomes);
                }
            }
        }

        return new NarrativeFigures(statements, outcomes, ambiguous, assertions);
    }

    /// <summary>A section's paragraphs with their block indices: the heading's inline content first, then the content paragraphs.</summary>
    internal static IEnumerable<(string Text, SourceLocation Location, int BlockIndex)> Paragraphs(ReportSection section)
    {
        if (section.Heading.InlineContent is { } inline)
        {
            yield return (inline, section.Heading.Paragraph.Location, section.Heading.BlockIndex);
        }

        for (var i = 0; i < section.Content.Count; i++)
        {
            if (section.Content[i] is ParagraphBlock p && p.Text.Length > 0)
            {
                yield return (p.Text, p.Location, section.ContentStart + i);
            }
        }
    }

    private static void ReadQuantity(NarrativeSpec spec, CompiledQuantity quantity, NarrativeParagraph paragraph, int section, int blockIndex, SourceLocation location, int? year, List<NarrativeStatement> found, List<NarrativeStatement> ambiguous)
    {
        var text = paragraph.PatternText;
        var taken = new HashSet<int>();
        foreach (var regex in quantity.Patterns)
        {
            foreach (System.Text.RegularExpressions.Match m in regex.Matches(text))
            {
                var at = m.Groups["n"].Index;
                var index = paragraph.FigureIndexAt(at);
                var figure = paragraph.Figures[index];
                if (taken.Contains(index) || !UnitFits(quantity, figure, paragraph, at) || StopBefore(quantity, paragraph, m.Index) || OtherYear(paragraph, at, year))
                {
                    continue;
                }

                var statement = new NarrativeStatement(quantity.Spec, figure, false, index,
                    new NarrativeSource(section, blockIndex, location, figure.Start, paragraph.ClauseAt(at)));
                if (!SiblingsAllow(spec, quantity, m, figure, paragraph))
                {
                    ambiguous.Add(statement);
                    continue;
                }

                taken.Add(index);
                found.Add(statement);
            }
        }

        var zeroClauses = new HashSet<int>();
        foreach (var regex in quantity.ZeroPatterns)
        {
            foreach (System.Text.RegularExpressions.Match m in regex.Matches(text))
            {
                var clause = paragraph.ClauseBounds(m.Index);
                if (StopBefore(quantity, paragraph, m.Index) || OtherYear(paragraph, m.Index + m.Length - 1, year) || !zeroClauses.Add(clause.Start) || taken.Any(f => IsWithin(paragraph, f, clause)))
                {
                    continue;
                }

                var start = paragraph.Origin(m.Index);
                var evidence = paragraph.ClauseAt(m.Index);
                found.Add(new NarrativeStatement(quantity.Spec, StatedFigure.Zero(evidence, start, m.Length), true, -1,
                    new NarrativeSource(section, blockIndex, location, start, evidence)));
            }
        }
    }

    // "已全部办结" counts when its sentence, before it, names what it is about (a term), and its clause
    // names nothing that makes it about something else ("上年结转的申请已全部办结"). When the
    // phrase's own clause names one of the section's subjects ("复议2件均获维持"), it is about that
    // one only; a phrase in a clause of its own ("复议7件、诉讼9件，均获维持") is about every subject
    // its sentence names.
    private static void ReadAssertions(List<NarrativeAssertionSpec> specs, string text, NarrativeSource source, List<AssertionStatement> found)
    {
        var subjects = specs.SelectMany(s => s.Terms).Distinct(StringComparer.Ordinal).ToList();
        foreach (var spec in specs)
        {
            foreach (var phrase in spec.Phrases)
            {
                var key = NarrativeText.Normalize(phrase);
                for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + key.Length, StringComparison.Ordinal))
                {
                    var start = at;
                    while (start > 0 && at - start < LookBack * 3 && !NarrativeText.IsSentenceSeparator(text[start - 1]))
                    {
                        start--;
                    }

                    var clauseStart = at;
                    while (clauseStart > start && !NarrativeText.IsClauseSeparator(text[clauseStart - 1]))
                    {
                        clauseStart--;
                    }

                    var clause = text[clauseStart..at];
                    var scope = subjects.Any(t => clause.Contains(t, StringComparison.Ordinal)) ? clause : text[start..at];
                    if ((spec.Terms.Count > 0 && !spec.Terms.Any(t => scope.Contains(t, StringComparison.Ordinal)))
                        || spec.Stop.Any(w => clause.Contains(w, StringComparison.Ordinal))
                        || found.Any(f => ReferenceEquals(f.Spec, spec) && f.Source.BlockIndex == source.BlockIndex && f.Source.Position == start))
                    {
                        continue;
                    }

                    found.Add(new AssertionStatement(spec, key, source with { Position = start, Evidence = NarrativeText.ClauseAt(text, at) }));
                }
            }
        }
    }

    // "其中通过政务微信回应4次" is a part, not the total: a stop word earlier in the clause, or a
    // sentence stop earlier in the sentence, rules the statement out.
    private static bool StopBefore(CompiledQuantity quantity, NarrativeParagraph paragraph, int matchStart)
    {
        var clause = paragraph.Before(matchStart, LookBack);
        if (quantity.Spec.Stop.Any(stop => clause.Contains(stop, StringComparison.Ordinal)))
        {
            return true;
        }

        if (quantity.Spec.SentenceStop.Count == 0)
        {
            return false;
        }

        var sentence = paragraph.SentenceBefore(matchStart, LookBack * 3);
        return quantity.Spec.SentenceStop.Any(stop => sentence.Contains(stop, StringComparison.Ordinal));
    }

    // A year other than the report's earlier in the sentence ("2024年新收申请3件，同比增加1件").
    private static bool OtherYear(NarrativeParagraph paragraph, int patternIndex, int? year)
    {
        if (year is not int reportYear)
        {
            return false;
        }

        var sentence = paragraph.SentenceBefore(patternIndex, LookBack * 3);
        foreach (System.Text.RegularExpressions.Match m in YearWord().Matches(sentence))
        {
            if (int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) != reportYear)
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<![0-9])(?<y>(19|20)[0-9]{2})年(?!1[0-2]?月|[1-9]月)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearWord();

    private static bool IsWithin(NarrativeParagraph paragraph, int figureIndex, (int Start, int End) clause)
    {
        var start = paragraph.Figures[figureIndex].Start;
        return start >= paragraph.Origin(clause.Start) && start < paragraph.Origin(clause.End);
    }

    /// <summary>A figure fits a quantity when it carries one of its units, or no unit at the end of its clause ("为0").</summary>
    internal static bool UnitFits(CompiledQuantity quantity, StatedFigure figure, NarrativeParagraph paragraph, int patternIndex) =>
        figure.Unit is { } unit ? quantity.Units.Count == 0 || quantity.Units.Contains(unit) : paragraph.EndsClause(patternIndex);

    // "行政复议、行政诉讼共3件" states neither; "行政复议、行政诉讼均为0件" and "…各1件" state both.
    // Another quantity's term shares the figure when it stands in a gap of the match, or right
    // before the match, joined to it by 、 和 及 与 ("举报、行政复议和行政诉讼…").
    private static bool SiblingsAllow(NarrativeSpec spec, CompiledQuantity quantity, System.Text.RegularExpressions.Match match, StatedFigure figure, NarrativeParagraph paragraph)
    {
        if (quantity.SiblingTerms.Count == 0)
        {
            return true;
        }

        var lead = paragraph.Before(match.Index, LookBack);
        var joined = lead.TrimEnd(' ', '、', '和', '及', '与', '以');
        var gaps = string.Concat(match.Groups["gap"].Captures.Select(c => c.Value));
        var listed = joined.Length < lead.Length && quantity.SiblingTerms.Any(t => joined.EndsWith(t, StringComparison.Ordinal));
        if (!listed && !quantity.SiblingTerms.Any(t => gaps.Contains(t, StringComparison.Ordinal)))
        {
            return true;
        }

        return (figure.IsExact && figure.Value == 0) || spec.Distributive.Any(d => gaps.Contains(d, StringComparison.Ordinal));
    }
}
