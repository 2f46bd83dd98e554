using Gumu.Compliance.Checks;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Selection;

/// <summary>
/// Chooses the template a report must follow (<c>--rules auto</c>): the report's year decides,
/// its headings and table headers confirm. Of the templates for the year, one that asks for its
/// own form (yunnan-2018's fourteen sections) is chosen only when the report shows it; a report
/// that shows another year's format is checked against its own year's template and told so
/// (GM1010). Without a year, the template whose headings and table headers the report shows most
/// is chosen. Immutable and thread-safe; build once per run.
/// </summary>
internal sealed class RuleSetSelector
{
    private const int MaxParagraphLabelLength = 40;
    private const int MinimumSignatureEvidence = 2;
    private const int MinimumHeadingEvidence = 3;

    private static readonly Lazy<RuleSetSelector> Default = new(() => new RuleSetSelector(RuleSetLoader.BuiltInSets));

    private readonly IReadOnlyList<RuleSet> _candidates;
    private readonly IReadOnlyDictionary<int, RuleSet> _byYear;
    private readonly HashSet<string>[] _signatures;

    /// <summary>Creates a selector over the given templates.</summary>
    /// <param name="candidates">The templates to choose from.</param>
    /// <param name="byYear">Templates the user pinned to report years; these win over everything else.</param>
    public RuleSetSelector(IReadOnlyList<RuleSet> candidates, IReadOnlyDictionary<int, RuleSet>? byYear = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        _candidates = [.. candidates.Where(c => !c.Abstract)];
        if (_candidates.Count == 0)
        {
            throw new ArgumentException("A selector needs at least one rule set that can check a report.", nameof(candidates));
        }

        _byYear = byYear ?? new Dictionary<int, RuleSet>();
        _signatures = [.. _candidates.Select(c => c.Detection.Signature.Select(TableLabel.Core).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal))];
    }

    /// <summary>The selector over the built-in rule sets.</summary>
    public static RuleSetSelector BuiltIn => Default.Value;

    /// <summary>Chooses the template for a document.</summary>
    public RuleSetChoice Select(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var year = ReportYear.Find(document);
        var labels = DocumentLabels(document);
        var evidence = _candidates.Select((c, i) => Gather(document, c, _signatures[i], labels)).ToList();
        MarkDistinctiveHeadings(evidence);

        if (year is { } y && _byYear.TryGetValue(y.Year, out var pinned))
        {
            var own = evidence.FirstOrDefault(e => ReferenceEquals(e.RuleSet, pinned)) ?? Gather(document, pinned, [], labels);
            return new RuleSetChoice(pinned, year, own, RuleSetChoiceKind.Configured, null, evidence);
        }

        if (year is not { } known)
        {
            var best = evidence
                .Select((e, i) => (e, i))
                .OrderByDescending(x => (x.e.SignatureMatches * 2) + x.e.DistinctSections + (x.e.TablesFound.Count * 2))
                .ThenByDescending(x => x.e.RuleSet.Detection.Years.From ?? int.MinValue)
                .ThenBy(x => x.i)
                .First().e;
            return new RuleSetChoice(best.RuleSet, null, best, RuleSetChoiceKind.WithoutYear, null, evidence);
        }

        var forYear = evidence.Where(e => e.RuleSet.Detection.Years.Contains(known.Year)).ToList();
        if (forYear.Count == 0)
        {
            var closest = evidence.OrderByDescending(e => (e.SignatureMatches * 2) + e.DistinctSections).First();
            return new RuleSetChoice(closest.RuleSet, year, closest, RuleSetChoiceKind.NoTemplateFits, null, evidence);
        }

        // The most specific template the report shows; one that asks for its own form needs its headings.
        var chosen = forYear
            .Where(e => e.DistinctiveHeadings >= e.RuleSet.Detection.MinimumDistinctiveHeadings)
            .OrderByDescending(e => e.RuleSet.Detection.MinimumDistinctiveHeadings)
            .ThenByDescending(e => e.DistinctSections)
            .FirstOrDefault();
        if (chosen is null)
        {
            return new RuleSetChoice(forYear[0].RuleSet, year, forYear[0], RuleSetChoiceKind.NoTemplateFits, null, evidence);
        }

        return new RuleSetChoice(chosen.RuleSet, year, chosen, RuleSetChoiceKind.ByYear, Resemblance(chosen, evidence, known.Year), evidence);
    }

    // Another year's format the report follows: its table headers (two or more of its signature
    // words, more than the chosen template's), or — for a template with a form of its own — its
    // headings (three or more that no other template recognises, more sections than the chosen).
    private static FormatResemblance? Resemblance(TemplateEvidence chosen, List<TemplateEvidence> evidence, int year)
    {
        foreach (var other in evidence)
        {
            if (ReferenceEquals(other, chosen) || other.RuleSet.Detection.Years.Contains(year))
            {
                continue;
            }

            if (other.SignatureMatches >= MinimumSignatureEvidence && other.SignatureMatches > chosen.SignatureMatches)
            {
                return new FormatResemblance(other.RuleSet, FormatResemblanceKind.Tables, other.SignatureMatches);
            }

            if (other.RuleSet.Detection.MinimumDistinctiveHeadings > 0 && other.DistinctiveHeadings >= MinimumHeadingEvidence
                && other.DistinctSections > chosen.DistinctSections)
            {
                return new FormatResemblance(other.RuleSet, FormatResemblanceKind.Headings, other.DistinctSections);
            }
        }

        return null;
    }

    private static TemplateEvidence Gather(ReportDocument document, RuleSet ruleSet, HashSet<string> signature, HashSet<string> labels)
    {
        var outline = OutlineBuilder.Build(document, ruleSet);
        var tables = TableLocator.For(ruleSet).Locate(document, outline);
        var matches = 0;
        foreach (var word in signature)
        {
            if (labels.Contains(word))
            {
                matches++;
            }
        }

        return new TemplateEvidence(ruleSet, outline, tables, matches);
    }

    // A heading is distinctive for a template when no other template recognises that paragraph.
    private static void MarkDistinctiveHeadings(List<TemplateEvidence> evidence)
    {
        var counts = new Dictionary<int, int>();
        foreach (var e in evidence)
        {
            foreach (var index in e.Outline.Sections.Select(s => s.Heading.BlockIndex).Distinct())
            {
                counts[index] = counts.GetValueOrDefault(index) + 1;
            }
        }

        foreach (var e in evidence)
        {
            e.DistinctiveHeadings = e.Outline.Sections
                .Where(s => counts[s.Heading.BlockIndex] == 1)
                .Select(s => s.Number)
                .Distinct()
                .Count();
        }
    }

    // Label cores of every table cell and of every short paragraph: a table flattened into lines of
    // text still shows its header words.
    private static HashSet<string> DocumentLabels(ReportDocument document)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var text = DocumentText.Of(document);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p when p.Text.Length <= MaxParagraphLabelLength:
                    labels.Add(TableLabel.Core(p.Text.TrimEnd('|', ' ')));
                    break;
                case TableBlock t:
                    var grid = t.Grid;
                    for (var r = 0; r < grid.RowCount; r++)
                    {
                        for (var c = 0; c < grid.ColumnCount; c++)
                        {
                            var cell = grid[r, c];
                            if (cell.IsOrigin && cell.Text.Length <= MaxParagraphLabelLength)
                            {
                                labels.Add(text.CellOf(cell).Core);
                            }
                        }
                    }

                    break;
            }
        }

        return labels;
    }
}

/// <summary>What a report shows of one template: its headings, its tables, its table header words.</summary>
internal sealed class TemplateEvidence
{
    internal TemplateEvidence(RuleSet ruleSet, ReportOutline outline, IReadOnlyList<TableLocation> tables, int signatureMatches)
    {
        RuleSet = ruleSet;
        Outline = outline;
        Tables = tables;
        SignatureMatches = signatureMatches;
        TablesFound = [.. tables.Where(t => t.Fragments.Count > 0).Select(t => t.Spec)];
    }

    /// <summary>The template.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The report's sections as this template recognises them.</summary>
    public ReportOutline Outline { get; }

    /// <summary>This template's tables as found in the report.</summary>
    public IReadOnlyList<TableLocation> Tables { get; }

    /// <summary>The template's tables the report has.</summary>
    public IReadOnlyList<TableSpec> TablesFound { get; }

    /// <summary>How many of the template's signature words (table headers only its format uses) the report shows.</summary>
    public int SignatureMatches { get; }

    /// <summary>How many of the template's sections the report has as headings.</summary>
    public int DistinctSections => Outline.DistinctSections;

    /// <summary>How many of those headings no other template recognises.</summary>
    public int DistinctiveHeadings { get; internal set; }
}

/// <summary>How the template was chosen.</summary>
internal enum RuleSetChoiceKind
{
    /// <summary>The report's year calls for it.</summary>
    ByYear,

    /// <summary>The user's configuration pins it to the report's year.</summary>
    Configured,

    /// <summary>No year was found: the template the report shows most.</summary>
    WithoutYear,

    /// <summary>No template fits the report's year and form (GM1010): the closest one is named but nothing is checked against it.</summary>
    NoTemplateFits,
}

/// <summary>Which sign of another format the report shows.</summary>
internal enum FormatResemblanceKind
{
    /// <summary>Its tables' header words.</summary>
    Tables,

    /// <summary>Its section headings.</summary>
    Headings,
}

/// <summary>Another year's format a report follows (GM1010).</summary>
/// <param name="RuleSet">The template the report resembles.</param>
/// <param name="Kind">What resembles it.</param>
/// <param name="Count">How many signature words or sections.</param>
internal sealed record FormatResemblance(RuleSet RuleSet, FormatResemblanceKind Kind, int Count);

/// <summary>The template chosen for a document, and why.</summary>
internal sealed class RuleSetChoice
{
    internal RuleSetChoice(RuleSet ruleSet, ReportYear? year, TemplateEvidence evidence, RuleSetChoiceKind kind, FormatResemblance? resembles, IReadOnlyList<TemplateEvidence> all)
    {
        RuleSet = ruleSet;
        Year = year;
        Evidence = evidence;
        Kind = kind;
        Resembles = resembles;
        All = all;
    }

    /// <summary>The template the report is checked against.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The report year, if found.</summary>
    public ReportYear? Year { get; }

    /// <summary>What the report shows of the chosen template.</summary>
    public TemplateEvidence Evidence { get; }

    /// <summary>How it was chosen.</summary>
    public RuleSetChoiceKind Kind { get; }

    /// <summary>Another year's format the report follows, or null.</summary>
    public FormatResemblance? Resembles { get; }

    /// <summary>The evidence for every candidate template.</summary>
    public IReadOnlyList<TemplateEvidence> All { get; }

    /// <summary>True when the report shows headings or tables of some template.</summary>
    public bool ShowsAnyTemplate => All.Any(e => e.DistinctSections >= 2 || e.TablesFound.Count > 0 || e.SignatureMatches >= MinimumSignatureWords);

    private const int MinimumSignatureWords = 2;

    /// <summary>Why the template was chosen, in the given language ("year 2025 (title); 6 of 6 section headings; tables 二, 三, 四").</summary>
    public string Reason(Language language)
    {
        var catalog = RuleCatalog.Default;
        var parts = new List<string>();
        if (Year is { } year)
        {
            var source = catalog.Text("reason.source." + SourceKey(year.Source), language);
            parts.Add(catalog.FormatText(Kind == RuleSetChoiceKind.Configured ? "reason.configured" : "reason.year", language,
                [new("year", year.Year), new("source", source)]));
        }
        else
        {
            parts.Add(catalog.Text("reason.no-year", language));
        }

        parts.Add(catalog.FormatText("reason.headings", language,
            [new("found", Evidence.DistinctSections), new("total", RuleSet.Sections.Count)]));
        var separator = catalog.Text("list.separator", language);
        var found = Evidence.TablesFound;
        parts.Add(found.Count == 0
            ? catalog.Text(RuleSet.Tables.Count == 0 ? "reason.no-template-tables" : "reason.no-tables", language)
            : found.All(t => t.Label is null)
                ? catalog.FormatText("reason.tables", language, [new("tables", string.Join(separator, found.Select(t => t.Id)))])
                : string.Join(separator, found.Select(t => TableText.Label(t, language))));
        if (Resembles is { } resembles)
        {
            parts.Add(catalog.FormatText(resembles.Kind == FormatResemblanceKind.Tables ? "reason.resembles-tables" : "reason.resembles-headings", language,
                [new("ruleSet", resembles.RuleSet.Id), new("name", resembles.RuleSet.Name.In(language))]));
        }

        return string.Join(catalog.Text("reason.separator", language), parts);
    }

    private static string SourceKey(ReportYearSource source) => source switch
    {
        ReportYearSource.Title => "title",
        ReportYearSource.StatisticsPeriod => "statistics-period",
        ReportYearSource.TableCaption => "table-caption",
        _ => "opening",
    };
}
