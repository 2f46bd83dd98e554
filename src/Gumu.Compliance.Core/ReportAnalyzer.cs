using System.Text.RegularExpressions;
using Gumu.Compliance.Checks;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;
using Gumu.Compliance.Selection;
using Gumu.Compliance.Text;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance;

/// <summary>
/// Runs a rule set's checks over a format-neutral <see cref="ReportDocument"/>: a fixed rule set,
/// or the one a <see cref="RuleSetSelector"/> chooses per document. Immutable and safe to share
/// across threads: create one per run and reuse it for every document.
/// </summary>
public sealed partial class ReportAnalyzer
{
    private const int OpeningBlocks = 12;

    // Check kinds, in no particular order: findings are sorted by position afterwards.
    private static readonly IReportCheck[] DefaultChecks =
    [
        new SectionStructureCheck(),
        new TablePresenceCheck(),
        new TitleCheck(),
        new YearConsistencyCheck(),
        new DeadlineCheck(),
        new TableRowsCheck(),
        new TableValueCheck(),
        new TableRelationCheck(),
        new NarrativeTableCheck(),
        new NarrativeConsistencyCheck(),
        new ReviewLitigationCheck(),
        new SectionStatementCheck(),
        new OutdatedBasisCheck(),
    ];

    private readonly RuleSet? _ruleSet;
    private readonly RuleSetSelector? _selector;
    private readonly IReadOnlyList<IReportCheck> _checks;

    /// <summary>Creates an analyzer that checks every document against one rule set.</summary>
    public ReportAnalyzer(RuleSet ruleSet, CheckOptions? options = null)
        : this(ruleSet, options, DefaultChecks)
    {
    }

    /// <summary>Creates an analyzer that chooses the rule set per document.</summary>
    public ReportAnalyzer(RuleSetSelector selector, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(selector);
        _selector = selector;
        Options = options ?? CheckOptions.Default;
        _checks = DefaultChecks;
    }

    /// <summary>An analyzer with its own list of checks (tests use it to plant a failing check).</summary>
    internal ReportAnalyzer(RuleSet ruleSet, CheckOptions? options, IReadOnlyList<IReportCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        _ruleSet = ruleSet;
        Options = options ?? CheckOptions.Default;
        _checks = checks;
    }

    /// <summary>The rule set applied to every document, or null when it is chosen per document.</summary>
    public RuleSet? RuleSet => _ruleSet;

    /// <summary>The selector that chooses the rule set per document, or null for a fixed rule set.</summary>
    public RuleSetSelector? Selector => _selector;

    /// <summary>The options applied.</summary>
    public CheckOptions Options { get; }

    /// <summary>Checks a document. A check that throws yields GM0005 and the others still run.</summary>
    public AnalysisResult Analyze(ReportDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var choice = _selector?.Select(document);
        var ruleSet = choice?.RuleSet ?? _ruleSet!;
        var context = new CheckContext(document, ruleSet, Options, choice);

        if (!LooksLikeReport(context))
        {
            context.Report("GM0003", "default", null, null, null, -1, []);
            return Result(context);
        }

        if (choice is { Kind: RuleSetChoiceKind.NoTemplateFits })
        {
            context.Report("GM1010", "no-template", null, null, null, -1,
                [P("year", choice.Year?.Year), P("closest", ruleSet.Id)],
                messageValues: [P("closestName", ruleSet.Name.In(Options.Language))]);
            return Result(context);
        }

        if (choice?.Resembles is { } resembles)
        {
            context.Report("GM1010", resembles.Kind == FormatResemblanceKind.Tables ? "tables" : "headings", null, null, null, -1,
                [P("year", choice.Year?.Year), P("expected", ruleSet.Id), P("resembles", resembles.RuleSet.Id)],
                messageValues: [P("expectedName", ruleSet.Name.In(Options.Language)), P("resemblesName", resembles.RuleSet.Name.In(Options.Language))]);
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

    /// <summary>
    /// A document is a report when it shows the headings or tables of a template, has a report's
    /// title, or opens by stating a 政府信息公开 report for a year; a notice about a report, a
    /// portal listing or an unrelated page is not.
    /// </summary>
    private static bool LooksLikeReport(CheckContext context)
    {
        if (context.Outline.DistinctSections >= 2
            || context.Tables.Any(t => t.Fragments.Count > 0)
            || context.Choice?.ShowsAnyTemplate == true
            || (context.Title.Text is { } title && ReportTitle.IsTitleLike(title, context.RuleSet)))
        {
            return true;
        }

        var blocks = context.Document.Blocks;
        if (blocks.Count > 0 && blocks[0] is ParagraphBlock first && ReportTitle.IsLetterTitle(first.Text))
        {
            return false;
        }

        for (var i = 0; i < Math.Min(blocks.Count, OpeningBlocks); i++)
        {
            if (blocks[i] is ParagraphBlock p && StatesReport(p.Text))
            {
                return true;
            }
        }

        return false;
    }

    // "编制本报告…报告涵盖2025年…政府信息公开工作" or "2022年…共收到政府信息依申请公开1499件":
    // the opening states a disclosure report, or the year's disclosure figures, for a year.
    private static bool StatesReport(string text)
    {
        var key = TextNormalizer.Key(text);
        if (ReportTitle.FindYear(key) is null)
        {
            return false;
        }

        var disclosure = key.Contains("政府信息公开", StringComparison.Ordinal) || key.Contains("政务公开", StringComparison.Ordinal);
        var report = key.Contains("年度报告", StringComparison.Ordinal) || key.Contains("年报", StringComparison.Ordinal) || key.Contains("本报告", StringComparison.Ordinal);
        return (disclosure && report) || DisclosureFigure().IsMatch(key);
    }

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
            RuleSetReason = context.Choice?.Reason(context.Options.Language),
            Title = context.Title.Text,
            Year = context.Year,
            Findings = findings,
        };
    }

    [GeneratedRegex("政府信息(依申请公开|主动公开|公开申请)[^.;]{0,12}?[0-9]+(件|条)|(主动公开|依申请公开)政府信息[^.;]{0,6}?[0-9]+(件|条)", RegexOptions.CultureInvariant)]
    private static partial Regex DisclosureFigure();
}

/// <summary>The outcome of analysing one document.</summary>
public sealed record AnalysisResult
{
    /// <summary>The rule set's id.</summary>
    public required string RuleSet { get; init; }

    /// <summary>Why the rule set was chosen, in the options' language; null when the caller named it.</summary>
    public string? RuleSetReason { get; init; }

    /// <summary>The report's title, if found.</summary>
    public string? Title { get; init; }

    /// <summary>The report year, if found.</summary>
    public int? Year { get; init; }

    /// <summary>Findings sorted by position in the document (document-wide ones first).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }
}
