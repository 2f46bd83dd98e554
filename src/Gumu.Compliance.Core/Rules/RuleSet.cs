using System.Text.Json;
using System.Text.Json.Serialization;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Rules;

/// <summary>
/// A template's rules as data (a file under <c>rules/</c>): its sections, its statistics tables
/// with their relations, the figures its text states, deadlines and severity overrides. Load once
/// with <see cref="RuleSetLoader"/> and share; a file may <c>extend</c> another and state only what
/// differs.
/// </summary>
public sealed record RuleSet
{
    /// <summary>Rule-set id, e.g. "national-2021".</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>Human-readable name.</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalizedText Name { get; internal set; } = default!;

    /// <summary>The rule set this one was derived from, as written in the file (already applied).</summary>
    [JsonInclude]
    public string? Extends { get; internal set; }

    /// <summary>True for a rule set that only carries shared parts for others to extend; it is never chosen.</summary>
    [JsonInclude]
    public bool Abstract { get; internal set; }

    /// <summary>When automatic selection chooses this template.</summary>
    [JsonInclude]
    internal DetectionSpec Detection { get; set; } = new();

    /// <summary>The phrase every title must contain, e.g. "政府信息公开工作年度报告".</summary>
    [JsonInclude]
    [JsonRequired]
    internal string TitlePhrase { get; set; } = default!;

    /// <summary>Near variants of the title phrase accepted for finding the title (GM4001 still reports them).</summary>
    [JsonInclude]
    internal IReadOnlyList<string> TitlePhraseVariants { get; set; } = [];

    /// <summary>Publication deadline, with {Y}/{Y+1} placeholders, e.g. "{Y+1}-03-31".</summary>
    [JsonInclude]
    internal string? Deadline { get; set; }

    /// <summary>Deadlines for particular kinds of issuing body, overriding <see cref="Deadline"/> ("government": "{Y+1}-03-31").</summary>
    [JsonInclude]
    internal IReadOnlyList<DeadlineSpec> Deadlines { get; set; } = [];

    /// <summary>How the kind of issuing body is told from its name (township, subdistrict, department, government).</summary>
    [JsonInclude]
    internal IReadOnlyList<IssuerKindSpec> IssuerKinds { get; set; } = [];

    /// <summary>Bases a report must no longer cite as its own (GM4004): superseded format notices and articles.</summary>
    [JsonInclude]
    internal IReadOnlyList<OutdatedBasisSpec> OutdatedBases { get; set; } = [];

    /// <summary>Severity overrides by rule id ("off" disables a rule).</summary>
    [JsonInclude]
    internal IReadOnlyDictionary<string, string> Severities { get; set; } = new Dictionary<string, string>();

    /// <summary>The sections in template order.</summary>
    [JsonInclude]
    internal IReadOnlyList<SectionSpec> Sections { get; set; } = [];

    /// <summary>
    /// "template" (the default): sections must follow the template's order (GM1002). "any": the
    /// template names matters a report may cover in any order and words (national-pre2019), so
    /// order is not checked and a missing one is reported as a matter the report does not cover.
    /// </summary>
    [JsonInclude]
    internal string SectionOrder { get; set; } = "template";

    /// <summary>The statistics tables the template requires, in template order.</summary>
    [JsonInclude]
    internal IReadOnlyList<TableSpec> Tables { get; set; } = [];

    /// <summary>The figures the text states (quantities, outcomes), if the rule set checks them.</summary>
    [JsonInclude]
    internal NarrativeSpec? Narrative { get; set; }

    /// <summary>The section spec with the given template number.</summary>
    internal SectionSpec? Section(int number)
    {
        foreach (var section in Sections)
        {
            if (section.Number == number)
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>The table with the given id, or null.</summary>
    internal TableSpec? Table(string id)
    {
        foreach (var table in Tables)
        {
            if (table.Id == id)
            {
                return table;
            }
        }

        return null;
    }
}

/// <summary>
/// What automatic selection looks for: the report years the template is for, the table header
/// words that mark its format, and how strongly its own headings must show before it is chosen
/// over another template of the same years.
/// </summary>
internal sealed record DetectionSpec
{
    /// <summary>The report years the template is for.</summary>
    [JsonInclude]
    public YearRange Years { get; internal set; } = new();

    /// <summary>
    /// Table words only this format uses (column headers such as "本年制发件数"): a document that
    /// shows them follows this format, whatever its year.
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<string> Signature { get; internal set; } = [];

    /// <summary>
    /// How many of this template's sections must be recognised as headings that no other template
    /// of the same years also recognises before this one is chosen (0: chosen on the year alone).
    /// </summary>
    [JsonInclude]
    public int MinimumDistinctiveHeadings { get; internal set; }
}

/// <summary>A range of report years; either end may be open.</summary>
internal sealed record YearRange
{
    /// <summary>The first year, or null for no lower bound.</summary>
    [JsonInclude]
    public int? From { get; internal set; }

    /// <summary>The last year, or null for no upper bound.</summary>
    [JsonInclude]
    public int? To { get; internal set; }

    /// <summary>True when the year falls in the range.</summary>
    public bool Contains(int year) => (From is not int from || year >= from) && (To is not int to || year <= to);
}

/// <summary>One required section: its stable id, template number, canonical title and accepted variants.</summary>
internal sealed record SectionSpec
{
    /// <summary>Stable id, e.g. "review-litigation"; the same in every language and edition.</summary>
    [JsonInclude]
    public string Id { get; internal set; } = string.Empty;

    /// <summary>Template number (1-based).</summary>
    [JsonInclude]
    [JsonRequired]
    public int Number { get; internal set; } = default!;

    /// <summary>Canonical title; may contain {Y} or {Y+1}.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Title { get; internal set; } = default!;

    /// <summary>Variants seen in real reports (accepted with GM1003).</summary>
    [JsonInclude]
    public IReadOnlyList<string> Variants { get; internal set; } = [];

    /// <summary>
    /// Word groups that recognise a short heading as this section whatever its wording: a heading
    /// whose title holds every word of a group (and none marked "!") is this section
    /// (["依申请", "!收费"]). Titles and variants are tried first.
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<IReadOnlyList<string>> Keywords { get; internal set; } = [];

    /// <summary>Word groups that, found in any paragraph, show the report covers the section without a heading of its own.</summary>
    [JsonInclude]
    public IReadOnlyList<IReadOnlyList<string>> Statements { get; internal set; } = [];

    /// <summary>False for a section reports often have but the template does not require (its absence is no finding).</summary>
    [JsonInclude]
    public bool Required { get; internal set; } = true;

    /// <summary>Statements the section must make (GM1011): the information-processing fee in section 六 of a 2021+ report.</summary>
    [JsonInclude]
    public IReadOnlyList<SectionStatementSpec> Requires { get; internal set; } = [];
}

/// <summary>A statement a section must make; found by word groups in the section, or anywhere when unambiguous.</summary>
internal sealed record SectionStatementSpec
{
    /// <summary>Stable id, e.g. "processing-fee"; reported as the finding's <c>statement</c> property.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>What the statement is, for messages ("信息处理费的收取情况").</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalizedText Name { get; internal set; } = default!;

    /// <summary>The rule a missing statement is reported under.</summary>
    [JsonInclude]
    public string Rule { get; internal set; } = "GM1011";

    /// <summary>Word groups that make the statement in the section (every word of a group, none marked "!").</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<IReadOnlyList<string>> Statements { get; internal set; } = default!;

    /// <summary>Word groups unambiguous enough to make the statement anywhere in the report.</summary>
    [JsonInclude]
    public IReadOnlyList<IReadOnlyList<string>> Elsewhere { get; internal set; } = [];
}

/// <summary>A deadline for some kinds of issuing body.</summary>
internal sealed record DeadlineSpec
{
    /// <summary>The kinds of issuing body ("government").</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<string> IssuerKinds { get; internal set; } = default!;

    /// <summary>The deadline, with {Y}/{Y+1} placeholders.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Deadline { get; internal set; } = default!;
}

/// <summary>A kind of issuing body and the name endings that show it ("镇人民政府" → township).</summary>
internal sealed record IssuerKindSpec
{
    /// <summary>"township", "subdistrict", "department" or "government".</summary>
    [JsonInclude]
    [JsonRequired]
    public string Kind { get; internal set; } = default!;

    /// <summary>What the kind is called in messages.</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalizedText Name { get; internal set; } = default!;

    /// <summary>Endings of the body's name that show the kind; the longest ending found decides.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<string> Suffixes { get; internal set; } = default!;

    /// <summary>
    /// How a report of this kind calls its own body in its running text ("我镇", "本乡"). Used only
    /// when the report names no body: the opening's self-references show the kind when all of
    /// them belong to this one kind.
    /// </summary>
    [JsonInclude]
    public IReadOnlyList<string> SelfReferences { get; internal set; } = [];
}

/// <summary>A basis a report may no longer cite as its own (GM4004).</summary>
internal sealed record OutdatedBasisSpec
{
    /// <summary>Stable id, e.g. "format-notice-2019".</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>Regular expression over normalised text that finds the citation.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Pattern { get; internal set; } = default!;

    /// <summary>What the superseded basis is, for messages.</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalizedText Name { get; internal set; } = default!;

    /// <summary>What the report should cite instead.</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalizedText Current { get; internal set; } = default!;
}

/// <summary>
/// A statistics table of the template as a schema: its rows and value columns (each with an id,
/// label, aliases, parent, unit and whether it may be negative), how to find it, and the
/// relations its cells must satisfy. A table's cell is addressed as <c>ROW@COLUMN</c>.
/// </summary>
internal sealed record TableSpec
{
    /// <summary>The table's id as reports and findings name it, e.g. "三"; reported as the <c>table</c> property.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>The table's name in messages ("收到和处理政府信息公开申请情况").</summary>
    [JsonInclude]
    [JsonRequired]
    public LocalizedText Name { get; internal set; } = default!;

    /// <summary>How messages refer to the table ("统计表"); null takes the catalog's "表{id}" / "table {id}".</summary>
    [JsonInclude]
    public LocalizedText? Label { get; internal set; }

    /// <summary>The template section the table belongs under, or null when it belongs under none (an appendix).</summary>
    [JsonInclude]
    public int? Section { get; internal set; }

    /// <summary>False for a table a report may leave out.</summary>
    [JsonInclude]
    public bool Required { get; internal set; } = true;

    /// <summary>Regular expression (over normalised text) that recognises the table's caption, if it has one.</summary>
    [JsonInclude]
    public string? CaptionPattern { get; internal set; }

    /// <summary>How many of the table's distinctive labels a table must show to be taken for it.</summary>
    [JsonInclude]
    public int MinimumRecognised { get; internal set; } = 3;

    /// <summary>False when the table's data rows carry no labels (table 四: one row of values under a header).</summary>
    [JsonInclude]
    public bool RowLabels { get; internal set; } = true;

    /// <summary>Header texts of the label column ("信息内容", "统计指标"): a row holding one is a header row.</summary>
    [JsonInclude]
    public IReadOnlyList<string> LabelHeaders { get; internal set; } = [];

    /// <summary>The columns: value columns and the header groups above them (a column with children is a group).</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<TableColumnSpec> Columns { get; internal set; } = default!;

    /// <summary>The rows, in template order.</summary>
    [JsonInclude]
    [JsonRequired]
    public IReadOnlyList<TableRowSpec> Rows { get; internal set; } = default!;

    /// <summary>Block header rows ("一、主动公开情况") that set the context of the rows below them.</summary>
    [JsonInclude]
    public IReadOnlyList<TableBlockSpec> Blocks { get; internal set; } = [];

    /// <summary>Header texts of a unit column ("单位"), if the table has one.</summary>
    [JsonInclude]
    public IReadOnlyList<string> UnitHeaders { get; internal set; } = [];

    /// <summary>Units whose values are amounts of money (non-negative decimals); every other unit counts (non-negative integers).</summary>
    [JsonInclude]
    public IReadOnlyList<string> AmountUnits { get; internal set; } = ["万元", "元"];

    /// <summary>
    /// How findings name a cell. "cell" (the default): <c>table</c> is the table's id, <c>row</c> and
    /// <c>column</c> the labels as the report writes them, <c>value</c> the number. "row" (the
    /// one-column Yunnan 2018 table): <c>row</c>, <c>templateRow</c>, and <c>table</c> the number.
    /// </summary>
    [JsonInclude]
    public string PropertyStyle { get; internal set; } = "cell";

    /// <summary>Relations between cells: equalities and bounds (GM2001) and plausibility checks (GM2005).</summary>
    [JsonInclude]
    public IReadOnlyList<TableRelationSpec> Relations { get; internal set; } = [];
}

/// <summary>A column of a statistics table: a value column, or a header group above value columns.</summary>
internal sealed record TableColumnSpec
{
    /// <summary>Stable id, e.g. "natural", "review.total".</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>The template's header text.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Label { get; internal set; } = default!;

    /// <summary>Other header texts real tables use.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Aliases { get; internal set; } = [];

    /// <summary>The header group this column sits under, or null.</summary>
    [JsonInclude]
    public string? Parent { get; internal set; }

    /// <summary>The unit of the column's values, unless a row says otherwise.</summary>
    [JsonInclude]
    public string? Unit { get; internal set; }

    /// <summary>True when values may be negative (2019 table 二 "本年增/减").</summary>
    [JsonInclude]
    public bool Negative { get; internal set; }

    /// <summary>True for a column some reports add and others leave out (its absence is no finding).</summary>
    [JsonInclude]
    public bool Optional { get; internal set; }

    /// <summary>True for a total or subtotal column: <c>parts(group)</c> leaves it out.</summary>
    [JsonInclude]
    public bool Subtotal { get; internal set; }

    /// <summary>"exact" (the default): a header names the column when its core equals the label's; "contains": when it contains it.</summary>
    [JsonInclude]
    public string Match { get; internal set; } = "exact";
}

/// <summary>A row of a statistics table.</summary>
internal sealed record TableRowSpec
{
    /// <summary>Stable id, e.g. "R3.3.1" or "r17".</summary>
    [JsonInclude]
    [JsonRequired]
    public string Id { get; internal set; } = default!;

    /// <summary>The template's row number, for templates that number their rows (1–58 in yunnan-2018).</summary>
    [JsonInclude]
    public int? Number { get; internal set; }

    /// <summary>The block the row belongs to ("一" … "九"), for templates with block header rows.</summary>
    [JsonInclude]
    public string? Block { get; internal set; }

    /// <summary>The template's label.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Label { get; internal set; } = default!;

    /// <summary>Other labels real tables use for this row.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Aliases { get; internal set; } = [];

    /// <summary>The row this one is a part of, or null.</summary>
    [JsonInclude]
    public string? Parent { get; internal set; }

    /// <summary>The unit, when the row has its own (Yunnan: 条, 件, 万元 …); else each column's.</summary>
    [JsonInclude]
    public string? Unit { get; internal set; }

    /// <summary>True when values may be negative.</summary>
    [JsonInclude]
    public bool Negative { get; internal set; }

    /// <summary>True for a row some reports add and others leave out (a subtotal; its absence is no finding).</summary>
    [JsonInclude]
    public bool Optional { get; internal set; }

    /// <summary>True for a label-only row that heads the rows below it and holds no values ("三、本年度办理结果").</summary>
    [JsonInclude]
    public bool Heading { get; internal set; }

    /// <summary>True for a subtotal row: <c>parts(parent)</c> leaves it out.</summary>
    [JsonInclude]
    public bool Subtotal { get; internal set; }

    /// <summary>The value columns the row has, or null for every value column of the table.</summary>
    [JsonInclude]
    public IReadOnlyList<string>? Columns { get; internal set; }
}

/// <summary>A block header of a statistics table.</summary>
internal sealed record TableBlockSpec
{
    /// <summary>Block key ("一" … "九").</summary>
    [JsonInclude]
    [JsonRequired]
    public string Block { get; internal set; } = default!;

    /// <summary>The header label.</summary>
    [JsonInclude]
    [JsonRequired]
    public string Label { get; internal set; } = default!;
}

/// <summary>
/// How rule files are read: System.Text.Json source generation (no reflection, so the tool can be
/// compiled ahead of time). Rule-set members have internal setters marked [JsonInclude], so a member
/// a file leaves out keeps its default; an unknown member is an error, so a misspelt key in a user's
/// rule file is reported, not ignored ("$" keys are comments and directives, removed before reading).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RuleSet))]
[JsonSerializable(typeof(RuleCatalogFile))]
internal sealed partial class RulesJson : JsonSerializerContext
{
}
