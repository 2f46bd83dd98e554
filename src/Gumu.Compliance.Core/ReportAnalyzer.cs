using Gumu.Compliance.Checks;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance;

/// <summary>
/// Runs a rule set's checks over a format-neutral <see cref="ReportDocument"/>. Immutable and
/// safe to share across threads: create one per rule set and options, reuse it for every document.
/// </summary>
public sealed class ReportAnalyzer
{
    // Check kinds, in no particular order: findings are sorted by position afterwards.
    private static readonly IReportCheck[] DefaultChecks =
    [
        new SectionStructureCheck(),
        new StatisticsTablePresenceCheck(),
        new TitleCheck(),
        new YearConsistencyCheck(),
        new DeadlineCheck(),
        new TableRowsCheck(),
        new TableValueCheck(),
        new TableRelationCheck(),
        new NarrativeTableCheck(),
        new NarrativeConsistencyCheck(),
        new ReviewLitigationCheck(),
    ];

    private readonly IReadOnlyList<IReportCheck> _checks;

    /// <summary>Creates an analyzer for a rule set.</summary>
    public ReportAnalyzer(RuleSet ruleSet, CheckOptions? options = null)
        : this(ruleSet, options, DefaultChecks)
    {
    }

    /// <summary>An analyzer with its own list of checks (tests use it to plant a failing check).</summary>
    internal ReportAnalyzer(RuleSet ruleSet, CheckOptions? options, IReadOnlyList<IReportCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        RuleSet = ruleSet;
        Options = options ?? CheckOptions.Default;
        _checks = checks;
    }

    /// <summary>The rule set applied.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The options applied.</summary>
    public CheckOptions Options { get; }

    /// <summary>Checks a document. A check that throws yields GM0005 and the others still run.</summary>
    public AnalysisResult Analyze(ReportDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new CheckContext(document, RuleSet, Options);

        if (!LooksLikeReport(context))
        {
            context.Report("GM0003", "default", null, null, null, -1, []);
            return Result(context);
        }

        foreach (var check in _checks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!check.RuleIds.Any(context.IsEnabled))
            {
                continue;
            }

            try
            {
                check.Run(context);
            }
#pragma warning disable CA1031 // A failing rule must not cost the other rules or the batch.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                context.Report("GM0005", "default", null, null, null, -1,
                    [P("rule", string.Join("/", check.RuleIds)), P("reason", e.GetType().Name + ": " + e.Message)]);
            }
        }

        return Result(context);
    }

    /// <summary>A document is a report when it has a report-like title or at least two section headings.</summary>
    private static bool LooksLikeReport(CheckContext context) =>
        context.Outline.Sections.Select(s => s.Number).Distinct().Count() >= 2
        || (context.Title.Text is { } title && ReportTitle.IsTitleLike(title, context.RuleSet));

    private static AnalysisResult Result(CheckContext context)
    {
        var findings = context.Findings
            .Select((f, i) => (f.Order, Index: i, f.Finding))
            .OrderBy(f => f.Order)
            .ThenBy(f => f.Index)
            .Select(f => f.Finding)
            .ToList();
        return new AnalysisResult
        {
            RuleSet = context.RuleSet.Id,
            Title = context.Title.Text,
            Year = context.Year,
            Findings = findings,
        };
    }
}

/// <summary>The outcome of analysing one document.</summary>
public sealed record AnalysisResult
{
    /// <summary>The rule set's id.</summary>
    public required string RuleSet { get; init; }

    /// <summary>The report's title, if found.</summary>
    public string? Title { get; init; }

    /// <summary>The report year, if found.</summary>
    public int? Year { get; init; }

    /// <summary>Findings sorted by position in the document (document-wide ones first).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
}
