namespace Gumu.Compliance.Checks;

/// <summary>
/// One kind of check (required sections, table relations, narrative vs table …). A check reads
/// the context and reports findings; the rules it applies come from the rule set, so a new rule
/// of an existing kind is data, not code.
/// </summary>
internal interface IReportCheck
{
    /// <summary>The rule ids this check can report (a check whose rules are all off is skipped).</summary>
    IReadOnlyList<string> RuleIds { get; }

    /// <summary>Runs the check.</summary>
    void Run(CheckContext context);
}
