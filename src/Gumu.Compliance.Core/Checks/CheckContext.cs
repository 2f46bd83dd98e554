using Gumu.Compliance.Documents;
using Gumu.Compliance.Figures;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;

namespace Gumu.Compliance.Checks;

/// <summary>
/// What every check sees: the document, the rule set, the recognised outline, title, year and
/// statistics table — computed once per document — and the sink findings go to.
/// </summary>
internal sealed class CheckContext
{
    private readonly List<(int Order, Finding Finding)> _findings = [];
    private readonly Dictionary<Block, int> _blockIndex;
    private readonly Lazy<StatisticsTableValues?> _tableValues;
    private readonly Lazy<NarrativeFigures> _narrative;

    public CheckContext(ReportDocument document, RuleSet ruleSet, CheckOptions options)
    {
        Document = document;
        RuleSet = ruleSet;
        Options = options;
        _blockIndex = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            _blockIndex.TryAdd(document.Blocks[i], i);
        }

        Outline = OutlineBuilder.Build(document, ruleSet);
        Title = ReportTitle.Find(document, ruleSet, Outline);
        StatisticsTable = ruleSet.StatisticsTable is { } spec
            ? StatisticsTableLocator.For(spec).Locate(document, Outline)
            : new StatisticsTableInfo();
        Year = Title.Year ?? StatisticsTable.CaptionYear;
        _tableValues = new Lazy<StatisticsTableValues?>(() => StatisticsTable.Table is { } table && ruleSet.StatisticsTable is { } tableSpec
            ? StatisticsTableReader.Read(table, tableSpec, ruleSet.Narrative?.Units)
            : null, LazyThreadSafetyMode.None);
        _narrative = new Lazy<NarrativeFigures>(() => NarrativeFigures.Read(Outline, ruleSet), LazyThreadSafetyMode.None);
    }

    public ReportDocument Document { get; }

    public RuleSet RuleSet { get; }

    public CheckOptions Options { get; }

    public ReportOutline Outline { get; }

    public ReportTitle Title { get; }

    public StatisticsTableInfo StatisticsTable { get; }

    /// <summary>The report year: from the title, else from the table caption.</summary>
    public int? Year { get; }

    /// <summary>The statistics table's values mapped to template rows (read on first use), or null without a table.</summary>
    public StatisticsTableValues? TableValues => _tableValues.Value;

    /// <summary>The figures and outcomes the text states (read on first use).</summary>
    public NarrativeFigures Narrative => _narrative.Value;

    public IReadOnlyList<(int Order, Finding Finding)> Findings => _findings;

    /// <summary>The index of a block in the document, for ordering findings.</summary>
    public int IndexOf(Block block) => _blockIndex.TryGetValue(block, out var i) ? i : -1;

    /// <summary>The effective severity of a rule, or null when it is switched off.</summary>
    public Severity? SeverityOf(string ruleId) => Options.EffectiveSeverity(ruleId, RuleSet);

    /// <summary>True when the rule is switched on.</summary>
    public bool IsEnabled(string ruleId) => SeverityOf(ruleId) is not null;

    /// <summary>
    /// Records a finding. <paramref name="order"/> is the block index the finding belongs to
    /// (-1 for document-wide findings, which sort first); <paramref name="subOrder"/> orders
    /// findings within one block (e.g. table cells).
    /// </summary>
    public void Report(
        string ruleId,
        string variant,
        int? section,
        SourceLocation? location,
        string? evidence,
        int order,
        IReadOnlyList<KeyValuePair<string, object?>> properties,
        int subOrder = 0,
        IReadOnlyList<KeyValuePair<string, object?>>? messageValues = null)
    {
        if (SeverityOf(ruleId) is not Severity severity)
        {
            return;
        }

        var descriptor = RuleCatalog.Default[ruleId];
        IEnumerable<KeyValuePair<string, object?>> values = properties;
        if (messageValues is not null)
        {
            values = messageValues.Concat(values);
        }

        if (section is int n)
        {
            values = values.Prepend(new KeyValuePair<string, object?>("section", n));
        }

        _findings.Add((order < 0 ? -1 : (order * 4096) + subOrder, new Finding
        {
            RuleId = ruleId,
            Name = descriptor.Name,
            Severity = severity,
            Message = RuleCatalog.Default.FormatMessage(ruleId, variant, Options.Language, values.ToList()),
            Section = section,
            Location = location,
            Evidence = evidence,
            Properties = properties,
        }));
    }
}

/// <summary>Shorthand for property lists.</summary>
internal static class Props
{
    public static KeyValuePair<string, object?> P(string name, object? value) => new(name, value);
}
