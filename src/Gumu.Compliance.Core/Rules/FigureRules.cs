using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Rules;

/// <summary>
/// One relation between cells of a statistics table, written as an expression over cell
/// references: <c>R1 + R2 = R3.7 + R4</c>, <c>total = natural + parts(legal)</c>,
/// <c>r2 &lt;= r1</c> (bound), <c>r25 ~ r22</c> (approximately equal), <c>r57 = 0 &lt;=&gt; r58 = 0</c>,
/// <c>r17 = 0 =&gt; r49 = 0</c>. A reference is <c>ROW@COLUMN</c>, or a row alone (its column from
/// <see cref="ForEach"/> "column", or the table's one value column), or a column alone (its row
/// from <see cref="ForEach"/> "row", or the table's one row); <c>parts(X)</c> is the sum of X's leaf
/// descendants that are not subtotals (X itself when it has none). A relation that involves a
/// cell whose value is unknown (blank, "/", "——", unreadable, absent) is skipped.
/// </summary>
public sealed record TableRelationSpec
{
    /// <summary>Stable id, e.g. "balance"; reported as the finding's <c>relation</c> property.</summary>
    public required string Id { get; init; }

    /// <summary>The rule a violation is reported under: "GM2001" (error) or "GM2005" (plausibility warning).</summary>
    public string Rule { get; init; } = "GM2001";

    /// <summary>
    /// The expression. Terms are cell references or decimal constants joined by <c>+</c>;
    /// comparisons are <c>=</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>~</c>; two
    /// comparisons may be joined by <c>=&gt;</c> (implies) or <c>&lt;=&gt;</c> (if and only if).
    /// </summary>
    public required string Expr { get; init; }

    /// <summary>
    /// The kinds of issuing body the relation applies to ("township", "subdistrict", "department");
    /// empty for every report (规章 can only be made by provincial and city governments).
    /// </summary>
    public IReadOnlyList<string> IssuerKinds { get; init; } = [];

    /// <summary>
    /// "column": the relation holds in every value column (row references take that column);
    /// "row": in every row (column references take that row); null: once.
    /// </summary>
    public string? ForEach { get; init; }

    /// <summary>What the relation means, for messages of relations that are not a plain total or bound.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>For <c>~</c>: the absolute difference allowed.</summary>
    public decimal Tolerance { get; init; }

    /// <summary>For <c>~</c>: the difference allowed as a fraction of the larger side (0.1 = 10 %).</summary>
    public decimal RelativeTolerance { get; init; }
}

/// <summary>
/// The figures a report's text states and how to find them: the units numbers carry, the words of
/// negation, the quantities (each tied to its sections and table row), review and litigation
/// outcomes, and the statements section 10 must make.
/// </summary>
public sealed record NarrativeSpec
{
    /// <summary>Units a stated figure may carry (条, 件, 次, 人次, 万元 …); the longest one that fits is taken.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>Words that state a quantity as none when they precede it ("未发生", "没有", "无").</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>Words that begin with a negation word but do not negate ("无论", "无需", "无法").</summary>
    public IReadOnlyList<string> NegationExceptions { get; init; } = [];

    /// <summary>Words that spread one figure over a list of quantities ("均", "各", "都").</summary>
    public IReadOnlyList<string> Distributive { get; init; } = [];

    /// <summary>Short words allowed between a figure and a stop word that still make the figure that word's ("被", "已", "予以").</summary>
    public IReadOnlyList<string> Fillers { get; init; } = [];

    /// <summary>Default longest gap, in characters, between the parts of a pattern.</summary>
    public int MaxGap { get; init; } = 12;

    /// <summary>The quantities the text states.</summary>
    public IReadOnlyList<NarrativeQuantitySpec> Quantities { get; init; } = [];

    /// <summary>Outcome vocabulary of administrative reviews and lawsuits.</summary>
    public IReadOnlyList<OutcomeKindSpec> Outcomes { get; init; } = [];

    /// <summary>Words just before an outcome word that negate it ("未被", "无").</summary>
    public IReadOnlyList<string> OutcomeNegations { get; init; } = [];

    /// <summary>Proceedings (reviews, lawsuits) whose outcomes must be stated and add up.</summary>
    public IReadOnlyList<ProceedingSpec> Proceedings { get; init; } = [];

    /// <summary>Quantities a section must state, zero included (GM3001, GM3002, GM3005).</summary>
    public IReadOnlyList<RequiredStatementSpec> RequiredStatements { get; init; } = [];

    /// <summary>Phrases that state table values without a figure ("已全部办结", "均获维持"), each bound to cells.</summary>
    public IReadOnlyList<NarrativeAssertionSpec> Assertions { get; init; } = [];
}

/// <summary>
/// A phrase that states table values without a figure: "已全部办结" says nothing is carried forward
/// (table 三 R4 = 0); "复议…均获维持" says no review was corrected, ended otherwise or is pending.
/// The phrase counts when one of <see cref="Terms"/> stands earlier in its sentence and no
/// <see cref="Stop"/> word does; its cells must then add up to <see cref="Value"/> (GM2002).
/// </summary>
public sealed record NarrativeAssertionSpec
{
    /// <summary>Stable id, e.g. "reviews-all-upheld"; reported as the finding's <c>quantity</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What the phrase states, for messages ("行政复议均获维持").</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Template sections whose text may state it.</summary>
    public IReadOnlyList<int> Sections { get; init; } = [];

    /// <summary>The phrases, matched on normalised text ("均获维持", "已全部办结").</summary>
    public required IReadOnlyList<string> Phrases { get; init; }

    /// <summary>Words one of which must stand earlier in the phrase's sentence ("复议"); empty for none.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>Words that, earlier in the sentence, make the phrase about something else ("上年结转").</summary>
    public IReadOnlyList<string> Stop { get; init; } = [];

    /// <summary>The cells the phrase speaks of, as a sum of <c>TABLE:ROW@COLUMN</c> references.</summary>
    public required string Cells { get; init; }

    /// <summary>What the cells must add up to.</summary>
    public decimal Value { get; init; }
}

/// <summary>
/// One quantity the text states, e.g. the number of applications received (section 8, table row 17).
/// Patterns are sequences of literal text and placeholders, matched clause by clause on normalised text:
/// <c>{n}</c> the figure, <c>{term}</c> one of <see cref="Terms"/>, <c>{cue}</c> one of <see cref="Cues"/>,
/// <c>{gap}</c> up to <see cref="MaxGap"/> characters without clause punctuation, another figure or a
/// stop word, <c>{neg}</c> a negation word, <c>{none}</c> "(均)(为)无/没有" ending the clause.
/// </summary>
public sealed record NarrativeQuantitySpec
{
    /// <summary>Stable id, e.g. "applications"; reported as the finding's <c>quantity</c> property.</summary>
    public required string Id { get; init; }

    /// <summary>What it is called in messages.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Template sections whose text states it (a shared definition leaves them to each rule set).</summary>
    public IReadOnlyList<int> Sections { get; init; } = [];

    /// <summary>The template row (by number) of the one-column table that holds the same quantity (yunnan-2018), or null.</summary>
    public int? Row { get; init; }

    /// <summary>
    /// The cells that hold the same quantity, as a sum of <c>TABLE:ROW@COLUMN</c> references
    /// ("三:R1@total", "四:direct.total + 四:afterReview.total"), or null.
    /// </summary>
    public string? Cells { get; init; }

    /// <summary>
    /// Other cell sums the text may mean by the same words ("收到…申请" is the new applications or
    /// new plus carried over): a figure contradicts the table only when it equals none of them.
    /// </summary>
    public IReadOnlyList<string> AlternativeCells { get; init; } = [];

    /// <summary>Units the figure may carry; a figure without a unit counts only when it ends its clause.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];

    /// <summary>The words that name the quantity ("行政复议").</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>Context words a pattern may require ("收到", "政府网站").</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>
    /// Words that make a figure another quantity's: they may not stand in a gap, right after the
    /// figure (allowing a filler such as "被"), or earlier in the clause ("其中通过政务微信回应4次").
    /// </summary>
    public IReadOnlyList<string> Stop { get; init; } = [];

    /// <summary>
    /// Words that rule a figure out when they stand earlier in its sentence (up to 。 or ；), not only
    /// in its clause: after "其中" every clause of the sentence lists parts ("回应热点14次，其中微信回应6次，
    /// 电话回应8次"). Only for totals: a quantity that is itself a part does not list them.
    /// </summary>
    public IReadOnlyList<string> SentenceStop { get; init; } = [];

    /// <summary>Patterns that state a count.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>Patterns that state the quantity as none.</summary>
    public IReadOnlyList<string> ZeroPatterns { get; init; } = [];

    /// <summary>Longest gap for this quantity's patterns; null takes <see cref="NarrativeSpec.MaxGap"/>.</summary>
    public int? MaxGap { get; init; }

    /// <summary>Longest gap for zero patterns (a negation often governs a long list); null takes twice the gap.</summary>
    public int? MaxZeroGap { get; init; }

    /// <summary>The id of the total this quantity is a part of (applications by channel → applications).</summary>
    public string? PartOf { get; init; }
}

/// <summary>A kind of outcome of a review or lawsuit and the words that state it.</summary>
public sealed record OutcomeKindSpec
{
    /// <summary>Stable id, e.g. "upheld", "pending".</summary>
    public required string Kind { get; init; }

    /// <summary>The words ("维持", "还未判决").</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>False for words that carry their own negation ("未审结"): a negation in front of them is not looked for.</summary>
    public bool Negatable { get; init; } = true;
}

/// <summary>A proceeding (administrative review, lawsuit) whose outcomes section 10 must state.</summary>
public sealed record ProceedingSpec
{
    /// <summary>The quantity that counts the proceedings ("reviews").</summary>
    public required string Quantity { get; init; }

    /// <summary>The rule reported when outcomes are missing or do not add up ("GM3003").</summary>
    public required string Rule { get; init; }

    /// <summary>The table rows outcomes are counted in, each with the outcome kinds it takes.</summary>
    public required IReadOnlyList<OutcomeRowSpec> OutcomeRows { get; init; }
}

/// <summary>A table row of outcomes, e.g. row 41 takes "upheld" reviews.</summary>
public sealed record OutcomeRowSpec
{
    /// <summary>Stable id, e.g. "reviews-upheld"; reported as the <c>quantity</c> of a mismatch.</summary>
    public required string Id { get; init; }

    /// <summary>The table row.</summary>
    public required int Row { get; init; }

    /// <summary>The outcome kinds counted in this row.</summary>
    public required IReadOnlyList<string> Kinds { get; init; }

    /// <summary>What it is called in messages.</summary>
    public required LocalizedText Name { get; init; }
}

/// <summary>A quantity whose section must state it, zero included; reported under <see cref="Rule"/> when it does not.</summary>
public sealed record RequiredStatementSpec
{
    /// <summary>The quantity's id.</summary>
    public required string Quantity { get; init; }

    /// <summary>The rule ("GM3001").</summary>
    public required string Rule { get; init; }

    /// <summary>The section a missing statement is reported at; null takes the quantity's first section.</summary>
    public int? Section { get; init; }

    /// <summary>
    /// Table cells (<c>TABLE:ROW@COLUMN</c>) that state the quantity as well: when any of them is
    /// filled in (0 included), the statement is made (national formats report reviews in table 四).
    /// </summary>
    public IReadOnlyList<string> SatisfiedBy { get; init; } = [];
}
