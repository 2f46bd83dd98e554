using Gumu.Compliance.Documents;
using Gumu.Compliance.Figures;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;
using Gumu.Compliance.Selection;

namespace Gumu.Compliance.Checks;

/// <summary>
/// What every check sees: the document, the rule set, the recognised outline, title, year and
/// tables — computed once per document — and the sink findings go to.
/// </summary>
internal sealed class CheckContext
{
    private readonly List<(int Order, Finding Finding)> _findings = [];
    private readonly Dictionary<Block, int> _blockIndex;
    private readonly Dictionary<string, TableValues?> _tableValues = new(StringComparer.Ordinal);
    private readonly Lazy<NarrativeFigures> _narrative;

    public CheckContext(ReportDocument document, RuleSet ruleSet, CheckOptions options, RuleSetChoice? choice = null)
    {
        Document = document;
        RuleSet = ruleSet;
        Options = options;
        Choice = choice;
        _blockIndex = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            _blockIndex.TryAdd(document.Blocks[i], i);
        }

        // The selector already read the chosen template's outline and tables: reuse them.
        var evidence = choice is not null && ReferenceEquals(choice.RuleSet, ruleSet) ? choice.Evidence : null;
        Outline = evidence?.Outline ?? OutlineBuilder.Build(document, ruleSet);
        Title = ReportTitle.Find(document, ruleSet, Outline);
        Tables = evidence?.Tables ?? TableLocator.For(ruleSet).Locate(document, Outline);
        var found = choice is not null ? choice.Year : ReportYear.Find(document);
        Year = Title.Year ?? found?.Year ?? Tables.Select(t => t.CaptionYear).FirstOrDefault(y => y is not null);
        _narrative = new Lazy<NarrativeFigures>(() => NarrativeFigures.Read(Outline, ruleSet, Year), LazyThreadSafetyMode.None);
    }

    public ReportDocument Document { get; }

    public RuleSet RuleSet { get; }

    public CheckOptions Options { get; }

    /// <summary>How the rule set was chosen, when it was chosen per document.</summary>
    public RuleSetChoice? Choice { get; }

    public ReportOutline Outline { get; }

    public ReportTitle Title { get; }

    /// <summary>The rule set's tables as found in the report, in the rule set's order.</summary>
    public IReadOnlyList<TableLocation> Tables { get; }

    /// <summary>The report year: from the title, else the statistics period, a table caption or the opening sentence.</summary>
    public int? Year { get; }

    public Language Language => Options.Language;

    /// <summary>The figures and outcomes the text states (read on first use).</summary>
    public NarrativeFigures Narrative => _narrative.Value;

    public IReadOnlyList<(int Order, Finding Finding)> Findings => _findings;

    /// <summary>The values of a template table as found in the report (read on first use), or null when the report lacks the table.</summary>
    public TableValues? ValuesOf(TableSpec spec)
    {
        if (!_tableValues.TryGetValue(spec.Id, out var values))
        {
            var location = Tables.FirstOrDefault(t => ReferenceEquals(t.Spec, spec));
            values = location is { Fragments.Count: > 0 } ? TableReader.Read(location.Fragments, spec, RuleSet.Narrative?.Units) : null;
            _tableValues[spec.Id] = values;
        }

        return values;
    }

    /// <summary>The values of every template table the report has, in the rule set's order.</summary>
    public IEnumerable<TableValues> FoundTables()
    {
        foreach (var spec in RuleSet.Tables)
        {
            if (ValuesOf(spec) is { } values)
            {
                yield return values;
            }
        }
    }

    /// <summary>The index of a block in the document, for ordering findings.</summary>
    public int IndexOf(Block block) => _blockIndex.TryGetValue(block, out var i) ? i : -1;

    /// <summary>The effective severity of a rule, or null when it is switched off.</summary>
    public Severity? SeverityOf(string ruleId) => Options.EffectiveSeverity(ruleId, RuleSet);

    /// <summary>True when the rule is switched on.</summary>
    public bool IsEnabled(string ruleId) => SeverityOf(ruleId) is not null;

    /// <summary>A section's title for messages, with {Y}/{Y+1} filled in when the year is known.</summary>
    public string SectionTitle(int number) => RuleSet.Section(number) is { } spec ? SectionText.Title(spec, Year, Language) : number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The message values that name a table: <c>tableLabel</c>, <c>tableLabelCapital</c> and <c>tableName</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> TableNames(TableSpec spec) =>
    [
        new("tableLabel", TableText.Label(spec, Language)),
        new("tableLabelCapital", TableText.Label(spec, Language, capital: true)),
        new("tableName", spec.Name.In(Language)),
    ];

    /// <summary>How messages name a cell: "“(七)总计”行“自然人”列", or "“行政复议·总计”" in a table without row labels.</summary>
    public string CellText(TableCellValue cell) =>
        cell.TableSpec.RowLabels
            ? RuleCatalog.Default.FormatText("cell.row-column", Language, [new("row", cell.Row.Label), new("column", cell.ColumnHeader)])
            : RuleCatalog.Default.FormatText("cell.column", Language, [new("column", cell.ColumnHeader)]);

    /// <summary>
    /// Records a finding. <paramref name="order"/> is the block index the finding belongs to
    /// (-1 for document-wide findings, which sort first); <paramref name="subOrder"/> orders
    /// findings within one block (e.g. table cells). Message values are the properties, plus
    /// <paramref name="messageValues"/> (which win), plus the section's number and title.
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
            values = values.Prepend(new KeyValuePair<string, object?>("sectionTitle", SectionTitle(n)))
                .Prepend(new KeyValuePair<string, object?>("section", n));
        }

        _findings.Add((order < 0 ? -1 : (order * 4096) + subOrder, new Finding
        {
            RuleId = ruleId,
            Name = descriptor.Name,
            Severity = severity,
            Message = RuleCatalog.Default.FormatMessage(ruleId, variant, Language, values.ToList()),
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

/// <summary>How messages refer to a table: the rule set's label, else the catalog's "表{id}".</summary>
internal static class TableText
{
    public static string Label(TableSpec spec, Language language, bool capital = false)
    {
        if (spec.Label is { } label)
        {
            var text = label.In(language);
            return capital && text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
        }

        return RuleCatalog.Default.FormatText(capital ? "table.label.capital" : "table.label", language, [new("id", spec.Id)]);
    }
}
