using System.Text.Json.Serialization;
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
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>The rule a violation is reported under: "GM2001" (error) or "GM2005" (plausibility warning).</summary>
    [JsonInclude]
    public string Rule { get; internal set; } = "GM2001";

    /// <summary>
    /// The expression. Terms are cell references or decimal constants joined by <c>+</c>;
    /// comparisons are <c>=</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>~</c>; two
    /// comparisons may be joined by <c>=&gt;</c> (implies) or <c>&lt;=&gt;</c> (if and only if).
    /// </summary>
    [JsonInclude]
    [JsonRequired]
    public string Expr { get; internal set; } = default!;

    /// <summary>
    /// The kinds of issuing body the relation applies to ("township", "subdistrict", "department");
    /// empty for every report (规章 can only be made by provincial and city governments).
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<string> IssuerKinds { get; internal set; } = [];

    /// <summary>
    /// "column": the relation holds in every value column (row references take that column);
    /// "row": in every row (column references take that row); null: once.
    /// </summary>
    [JsonInclude]
    public string? ForEach { get; internal set; }

    /// <summary>What the relation means, for messages of relations that are not a plain total or bound.</summary>
    [JsonInclude]
    public LocalizedText? Description { get; internal set; }

    /// <summary>For <c>~</c>: the absolute difference allowed.</summary>
    [JsonInclude]
    public decimal Tolerance { get; internal set; }

    /// <summary>For <c>~</c>: the difference allowed as a fraction of the larger side (0.1 = 10 %).</summary>
    [JsonInclude]
    public decimal RelativeTolerance { get; internal set; }
}

/// <summary>
/// The figures a report's text states and how to find them: the units numbers carry, the words of
/// negation, the quantities (each tied to its sections and table row), review and litigation
/// outcomes, and the statements section 10 must make.
/// </summary>
public sealed record NarrativeSpec
{
    /// <summary>Units a stated figure may carry (条, 件, 次, 人次, 万元 …); the longest one that fits is taken.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Units { get; internal set; } = [];

    /// <summary>Words that state a quantity as none when they precede it ("未发生", "没有", "无").</summary>
    [JsonInclude]
    public IReadOnlyList<string> Negations { get; internal set; } = [];

    /// <summary>Words that begin with a negation word but do not negate ("无论", "无需", "无法").</summary>
    [JsonInclude]
    public IReadOnlyList<string> NegationExceptions { get; internal set; } = [];

    /// <summary>Words that spread one figure over a list of quantities ("均", "各", "都").</summary>
    [JsonInclude]
    public IReadOnlyList<string> Distributive { get; internal set; } = [];

    /// <summary>Short words allowed between a figure and a stop word that still make the figure that word's ("被", "已", "予以").</summary>
    [JsonInclude]
    public IReadOnlyList<string> Fillers { get; internal set; } = [];

    /// <summary>Default longest gap, in characters, between the parts of a pattern.</summary>
    [JsonInclude]
    public int MaxGap { get; internal set; } = 12;

    /// <summary>The quantities the text states.</summary>
    [JsonInclude]
    public IReadOnlyList<NarrativeQuantitySpec> Quantities { get; internal set; } = [];

    /// <summary>Outcome vocabulary of administrative reviews and lawsuits.</summary>
    [JsonInclude]
    public IReadOnlyList<OutcomeKindSpec> Outcomes { get; internal set; } = [];

    /// <summary>Words just before an outcome word that negate it ("未被", "无").</summary>
    [JsonInclude]
    public IReadOnlyList<string> OutcomeNegations { get; internal set; } = [];

    /// <summary>Proceedings (reviews, lawsuits) whose outcomes must be stated and add up.</summary>
    [JsonInclude]
    public IReadOnlyList<ProceedingSpec> Proceedings { get; internal set; } = [];

    /// <summary>Quantities a section must state, zero included (GM3001, GM3002, GM3005).</summary>
    [JsonInclude]
    public IReadOnlyList<RequiredStatementSpec> RequiredStatements { get; internal set; } = [];

    /// <summary>Phrases that state table values without a figure ("已全部办结", "均获维持"), each bound to cells.</summary>
    [JsonInclude]
    public IReadOnlyList<NarrativeAssertionSpec> Assertions { get; internal set; } = [];
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
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>What the phrase states, for messages ("行政复议均获维持").</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalizedText Name { get; internal set; } = default!;

    /// <summary>Template sections whose text may state it.</summary>
    [JsonInclude]
    public IReadOnlyList<int> Sections { get; internal set; } = [];

    /// <summary>The phrases, matched on normalised text ("均获维持", "已全部办结").</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<string> Phrases { get; internal set; } = default!;

    /// <summary>Words one of which must stand earlier in the phrase's sentence ("复议"); empty for none.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Terms { get; internal set; } = [];

    /// <summary>Words that, earlier in the sentence, make the phrase about something else ("上年结转").</summary>
    [JsonInclude]
    public IReadOnlyList<string> Stop { get; internal set; } = [];

    /// <summary>The cells the phrase speaks of, as a sum of <c>TABLE:ROW@COLUMN</c> references.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Cells { get; internal set; } = default!;

    /// <summary>What the cells must add up to.</summary>
    [JsonInclude]
    public decimal Value { get; internal set; }
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
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>What it is called in messages.</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalizedText Name { get; internal set; } = default!;

    /// <summary>Template sections whose text states it (a shared definition leaves them to each rule set).</summary>
    [JsonInclude]
    public IReadOnlyList<int> Sections { get; internal set; } = [];

    /// <summary>The template row (by number) of the one-column table that holds the same quantity (yunnan-2018), or null.</summary>
    [JsonInclude]
    public int? Row { get; internal set; }

    /// <summary>
    /// The cells that hold the same quantity, as a sum of <c>TABLE:ROW@COLUMN</c> references
    /// ("三:R1@total", "四:direct.total + 四:afterReview.total"), or null.
    /// </summary>
    [JsonInclude]
    public string? Cells { get; internal set; }

    /// <summary>
    /// Other cell sums the text may mean by the same words ("收到…申请" is the new applications or
    /// new plus carried over): a figure contradicts the table only when it equals none of them.
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<string> AlternativeCells { get; internal set; } = [];

    /// <summary>Units the figure may carry; a figure without a unit counts only when it ends its clause.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Units { get; internal set; } = [];

    /// <summary>The words that name the quantity ("行政复议").</summary>
    [JsonInclude]
    public IReadOnlyList<string> Terms { get; internal set; } = [];

    /// <summary>Context words a pattern may require ("收到", "政府网站").</summary>
    [JsonInclude]
    public IReadOnlyList<string> Cues { get; internal set; } = [];

    /// <summary>
    /// Words that make a figure another quantity's: they may not stand in a gap, right after the
    /// figure (allowing a filler such as "被"), or earlier in the clause ("其中通过政务微信回应4次").
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<string> Stop { get; internal set; } = [];

    /// <summary>
    /// Words that rule a figure out when they stand earlier in its sentence (up to 。 or ；), not only
    /// in its clause: after "其中" every clause of the sentence lists parts ("回应热点14次，其中微信回应6次，
    /// 电话回应8次"). Only for totals: a quantity that is itself a part does not list them.
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<string> SentenceStop { get; internal set; } = [];

    /// <summary>Patterns that state a count.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Patterns { get; internal set; } = [];

    /// <summary>Patterns that state the quantity as none.</summary>
    [JsonInclude]
    public IReadOnlyList<string> ZeroPatterns { get; internal set; } = [];

    /// <summary>Longest gap for this quantity's patterns; null takes <see cref="NarrativeSpec.MaxGap"/>.</summary>
    [JsonInclude]
    public int? MaxGap { get; internal set; }

    /// <summary>Longest gap for zero patterns (a negation often governs a long list); null takes twice the gap.</summary>
    [JsonInclude]
    public int? MaxZeroGap { get; internal set; }

    /// <summary>The id of the total this quantity is a part of (applications by channel → applications).</summary>
    [JsonInclude]
    public string? PartOf { get; internal set; }
}

/// <summary>A kind of outcome of a review or lawsuit and the words that state it.</summary>
public sealed record OutcomeKindSpec
{
    /// <summary>Stable id, e.g. "upheld", "pending".</summary>
    [JsonInclude]
    [JsonRequired]
    public string Kind { get; internal set; } = default!;

    /// <summary>The words ("维持", "还未判决").</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<string> Words { get; internal set; } = default!;

    /// <summary>False for words that carry their own negation ("未审结"): a negation in front of them is not looked for.</summary>
    [JsonInclude]
    public bool Negatable { get; internal set; } = true;
}

/// <summary>A proceeding (administrative review, lawsuit) whose outcomes section 10 must state.</summary>
public sealed record ProceedingSpec
{
    /// <summary>The quantity that counts the proceedings ("reviews").</summary>
    [JsonInclude]
    [JsonRequired]
    public string Quantity { get; internal set; } = default!;

    /// <summary>The rule reported when outcomes are missing or do not add up ("GM3003").</summary>
    [JsonInclude]
    [JsonRequired]
    public string Rule { get; internal set; } = default!;

    /// <summary>The table rows outcomes are counted in, each with the outcome kinds it takes.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<OutcomeRowSpec> OutcomeRows { get; internal set; } = default!;
}

/// <summary>A table row of outcomes, e.g. row 41 takes "upheld" reviews.</summary>
public sealed record OutcomeRowSpec
{
    /// <summary>Stable id, e.g. "reviews-upheld"; reported as the <c>quantity</c> of a mismatch.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>The table row.</summary>
    [JsonInclude]
    [JsonRequired]
    public int Row { get; internal set; } = default!;

    /// <summary>The outcome kinds counted in this row.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<string> Kinds { get; internal set; } = default!;

    /// <summary>What it is called in messages.</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalizedText Name { get; internal set; } = default!;
}

/// <summary>A quantity whose section must state it, zero included; reported under <see cref="Rule"/> when it does not.</summary>
public sealed record RequiredStatementSpec
{
    /// <summary>The quantity's id.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Quantity { get; internal set; } = default!;

    /// <summary>The rule ("GM3001").</summary>
    [JsonInclude]
    [JsonRequired]
    public string Rule { get; internal set; } = default!;

    /// <summary>The section a missing statement is reported at; null takes the quantity's first section.</summary>
    [JsonInclude]
    public int? Section { get; internal set; }

    /// <summary>
    /// Table cells (<c>TABLE:ROW@COLUMN</c>) that state the quantity as well: when any of them is
    /// filled in (0 included), the statement is made (national formats report reviews in table 四).
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<string> SatisfiedBy { get; internal set; } = [];
}
