using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>
/// How the outcomes the text states account for a proceeding's count. A numbered outcome accounts
/// for its number ("1件维持"); an outcome with "均" and no number for all of them ("均维持"); outcomes
/// without a number for whatever the numbered ones leave ("现法院还未判决" with 2 lawsuits accounts
/// for both; "1件维持，其余尚在审理中" for the rest); a denied outcome ("无被纠错") for none; a mention
/// without a number of an outcome also stated with one ("对被纠错的案件…") refers back to it.
/// </summary>
internal sealed class ProceedingAccount
{
    private ProceedingAccount(decimal? count, decimal? accounted, bool anyOutcome, IReadOnlyList<(OutcomeRowSpec Row, decimal Value, OutcomeStatement First)> rows)
    {
        Count = count;
        Accounted = accounted;
        AnyOutcome = anyOutcome;
        Rows = rows;
    }

    /// <summary>The exact count the text states, or null.</summary>
    public decimal? Count { get; }

    /// <summary>How many of them the outcomes account for, or null when the count is not exact.</summary>
    public decimal? Accounted { get; }

    /// <summary>True when at least one outcome is stated (and not denied).</summary>
    public bool AnyOutcome { get; }

    /// <summary>The outcome rows whose value the text determines, with the statement that first states it.</summary>
    public IReadOnlyList<(OutcomeRowSpec Row, decimal Value, OutcomeStatement First)> Rows { get; }

    /// <summary>Accounts for a proceeding.</summary>
    /// <param name="proceeding">The proceeding.</param>
    /// <param name="count">The first statement of its count, or null.</param>
    /// <param name="outcomes">Its outcome statements.</param>
    public static ProceedingAccount Compute(ProceedingSpec proceeding, NarrativeStatement? count, IReadOnlyList<OutcomeStatement> outcomes)
    {
        ArgumentNullException.ThrowIfNull(proceeding);
        ArgumentNullException.ThrowIfNull(outcomes);
        decimal? n = count is { Figure.IsExact: true } ? count.Figure.Value : null;
        var stated = outcomes.Where(o => !o.Negated).ToList();
        var numbered = stated.Where(o => o.Count is not null).ToList();
        var numberedSum = numbered.Where(o => o.Count!.IsExact).Sum(o => o.Count!.Value);
        var numberedExact = numbered.All(o => o.Count!.IsExact);
        var allOf = stated.Where(o => o.Count is null && o.All).DistinctBy(o => o.Kind.Kind).ToList();

        // "对复议中被纠错的案件" after "纠错1件" refers back to it: no outcome of its own.
        bool RefersBack(OutcomeStatement o) => o.Count is null && !o.All && !o.Negated && numbered.Any(x => x.Kind.Kind == o.Kind.Kind);
        var unnumbered = stated.Where(o => o.Count is null && !o.All && !RefersBack(o)).DistinctBy(o => o.Kind.Kind).ToList();

        decimal? accounted = null;
        if (n is decimal total && numberedExact)
        {
            accounted = allOf.Count > 0 || unnumbered.Count > 0 ? Math.Max(total, numberedSum) : numberedSum;
        }

        // A row's value is known from numbers, "均" or a denial; an outcome without a number gives
        // a row value only when it is the one outcome stated ("现法院还未判决": all of them).
        decimal? Assigned(OutcomeStatement o)
        {
            if (o.Negated)
            {
                return 0;
            }

            if (o.Count is { } c)
            {
                return c.IsExact ? c.Value : null;
            }

            if (o.All)
            {
                return allOf.Count == 1 ? n : null;
            }

            return unnumbered.Count == 1 && numbered.Count == 0 && allOf.Count == 0 ? n : null;
        }

        var rows = new List<(OutcomeRowSpec, decimal, OutcomeStatement)>();
        foreach (var row in proceeding.OutcomeRows)
        {
            var ofRow = outcomes.Where(o => row.Kinds.Contains(o.Kind.Kind, StringComparer.Ordinal) && !RefersBack(o)).ToList();
            if (ofRow.Count == 0)
            {
                continue;
            }

            // Repeated mentions of one outcome without a number ("维持…维持") count once.
            var distinct = ofRow.Where(o => o.Count is not null).Concat(ofRow.Where(o => o.Count is null).DistinctBy(o => (o.Kind.Kind, o.Negated, o.All))).ToList();
            var values = distinct.Select(Assigned).ToList();
            if (values.All(v => v is not null))
            {
                rows.Add((row, values.Sum(v => v!.Value), ofRow[0]));
            }
        }

        return new ProceedingAccount(n, accounted, stated.Count > 0, rows);
    }
}
