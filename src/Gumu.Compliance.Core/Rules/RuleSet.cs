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
    public required string Id { get; init; }

    /// <summary>Human-readable name.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The rule set this one was derived from, as written in the file (already applied).</summary>
    public string? Extends { get; init; }

    /// <summary>True for a rule set that only carries shared parts for others to extend; it is never chosen.</summary>
    public bool Abstract { get; init; }

    /// <summary>When automatic selection chooses this template.</summary>
    public DetectionSpec Detection { get; init; } = new();

    /// <summary>The phrase every title must contain, e.g. "政府信息公开工作年度报告".</summary>
    public required string TitlePhrase { get; init; }

    /// <summary>Near variants of the title phrase accepted for finding the title (GM4001 still reports them).</summary>
    public IReadOnlyList<string> TitlePhraseVariants { get; init; } = [];

    /// <summary>Publication deadline, with {Y}/{Y+1} placeholders, e.g. "{Y+1}-03-31".</summary>
    public string? Deadline { get; init; }

    /// <summary>Deadlines for particular kinds of issuing body, overriding <see cref="Deadline"/> ("government": "{Y+1}-03-31").</summary>
    public IReadOnlyList<DeadlineSpec> Deadlines { get; init; } = [];

    /// <summary>How the kind of issuing body is told from its name (township, subdistrict, department, government).</summary>
    public IReadOnlyList<IssuerKindSpec> IssuerKinds { get; init; } = [];

    /// <summary>Bases a report must no longer cite as its own (GM4004): superseded format notices and articles.</summary>
    public IReadOnlyList<OutdatedBasisSpec> OutdatedBases { get; init; } = [];

    /// <summary>Severity overrides by rule id ("off" disables a rule).</summary>
    public IReadOnlyDictionary<string, string> Severities { get; init; } = new Dictionary<string, string>();

    /// <summary>The sections in template order.</summary>
    public IReadOnlyList<SectionSpec> Sections { get; init; } = [];

    /// <summary>
    /// "template" (the default): sections must follow the template's order (GM1002). "any": the
    /// template names matters a report may cover in any order and words (national-pre2019), so
    /// order is not checked and a missing one is reported as a matter the report does not cover.
    /// </summary>
    public string SectionOrder { get; init; } = "template";

    /// <summary>The statistics tables the template requires, in template order.</summary>
    public IReadOnlyList<TableSpec> Tables { get; init; } = [];

    /// <summary>The figures the text states (quantities, outcomes), if the rule set checks them.</summary>
    public NarrativeSpec? Narrative { get; init; }

    /// <summary>The section spec with the given template number.</summary>
    public SectionSpec? Section(int number)
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
    public TableSpec? Table(string id)
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
public sealed record DetectionSpec
{
    /// <summary>The report years the template is for.</summary>
    public YearRange Years { get; init; } = new();

    /// <summary>
    /// Table words only this format uses (column headers such as "本年制发件数"): a document that
    /// shows them follows this format, whatever its year.
    /// </summary>
    public IReadOnlyList<string> Signature { get; init; } = [];

    /// <summary>
    /// How many of this template's sections must be recognised as headings that no other template
    /// of the same years also recognises before this one is chosen (0: chosen on the year alone).
    /// </summary>
    public int MinimumDistinctiveHeadings { get; init; }
}

/// <summary>A range of report years; either end may be open.</summary>
public sealed record YearRange
{
    /// <summary>The first year, or null for no lower bound.</summary>
    public int? From { get; init; }

    /// <summary>The last year, or null for no upper bound.</summary>
    public int? To { get; init; }

    /// <summary>True when the year falls in the range.</summary>
    public bool Contains(int year) => (From is not int from || year >= from) && (To is not int to || year <= to);
}

/// <summary>One required section: its stable id, template number, canonical title and accepted variants.</summary>
public sealed record SectionSpec
{
    /// <summary>Stable id, e.g. "review-litigation"; the same in every language and edition.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Template number (1-based).</summary>
    public required int Number { get; init; }

    /// <summary>Canonical title; may contain {Y} or {Y+1}.</summary>
    public required string Title { get; init; }

    /// <summary>Variants seen in real reports (accepted with GM1003).</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>
    /// Word groups that recognise a short heading as this section whatever its wording: a heading
    /// whose title holds every word of a group (and none marked "!") is this section
    /// (["依申请", "!收费"]). Titles and variants are tried first.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Keywords { get; init; } = [];

    /// <summary>Word groups that, found in any paragraph, show the report covers the section without a heading of its own.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Statements { get; init; } = [];

    /// <summary>False for a section reports often have but the template does not require (its absence is no finding).</summary>
    public bool Required { get; init; } = true;

    /// <summary>Statements the section must make (GM1011): the information-processing fee in section 六 of a 2021+ report.</summary>
    public IReadOnlyList<SectionStatementSpec> Requires { get; init; } = [];
}

/// <summary>A statement a section must make; found by word groups in the section, or anywhere when unambiguous.</summary>
public sealed record SectionStatementSpec
{
    /// <summary>Stable id, e.g. "processing-fee"; reported as the finding's <c>statement</c> property.</summary>
    public required string Id { get; init; }

    /// <summary>What the statement is, for messages ("信息处理费的收取情况").</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The rule a missing statement is reported under.</summary>
    public string Rule { get; init; } = "GM1011";

    /// <summary>Word groups that make the statement in the section (every word of a group, none marked "!").</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Statements { get; init; }

    /// <summary>Word groups unambiguous enough to make the statement anywhere in the report.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Elsewhere { get; init; } = [];
}

/// <summary>A deadline for some kinds of issuing body.</summary>
public sealed record DeadlineSpec
{
    /// <summary>The kinds of issuing body ("government").</summary>
    public required IReadOnlyList<string> IssuerKinds { get; init; }

    /// <summary>The deadline, with {Y}/{Y+1} placeholders.</summary>
    public required string Deadline { get; init; }
}

/// <summary>A kind of issuing body and the name endings that show it ("镇人民政府" → township).</summary>
public sealed record IssuerKindSpec
{
    /// <summary>"township", "subdistrict", "department" or "government".</summary>
    public required string Kind { get; init; }

    /// <summary>What the kind is called in messages.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Endings of the body's name that show the kind; the longest ending found decides.</summary>
    public required IReadOnlyList<string> Suffixes { get; init; }
}

/// <summary>A basis a report may no longer cite as its own (GM4004).</summary>
public sealed record OutdatedBasisSpec
{
    /// <summary>Stable id, e.g. "format-notice-2019".</summary>
    public required string Id { get; init; }

    /// <summary>Regular expression over normalised text that finds the citation.</summary>
    public required string Pattern { get; init; }

    /// <summary>What the superseded basis is, for messages.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>What the report should cite instead.</summary>
    public required LocalizedText Current { get; init; }
}

/// <summary>
/// A statistics table of the template as a schema: its rows and value columns (each with an id,
/// label, aliases, parent, unit and whether it may be negative), how to find it, and the
/// relations its cells must satisfy. A table's cell is addressed as <c>ROW@COLUMN</c>.
/// </summary>
public sealed record TableSpec
{
    /// <summary>The table's id as reports and findings name it, e.g. "三"; reported as the <c>table</c> property.</summary>
    public required string Id { get; init; }

    /// <summary>The table's name in messages ("收到和处理政府信息公开申请情况").</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>How messages refer to the table ("统计表"); null takes the catalog's "表{id}" / "table {id}".</summary>
    public LocalizedText? Label { get; init; }

    /// <summary>The template section the table belongs under, or null when it belongs under none (an appendix).</summary>
    public int? Section { get; init; }

    /// <summary>False for a table a report may leave out.</summary>
    public bool Required { get; init; } = true;

    /// <summary>Regular expression (over normalised text) that recognises the table's caption, if it has one.</summary>
    public string? CaptionPattern { get; init; }

    /// <summary>How many of the table's distinctive labels a table must show to be taken for it.</summary>
    public int MinimumRecognised { get; init; } = 3;

    /// <summary>False when the table's data rows carry no labels (table 四: one row of values under a header).</summary>
    public bool RowLabels { get; init; } = true;

    /// <summary>Header texts of the label column ("信息内容", "统计指标"): a row holding one is a header row.</summary>
    public IReadOnlyList<string> LabelHeaders { get; init; } = [];

    /// <summary>The columns: value columns and the header groups above them (a column with children is a group).</summary>
    public required IReadOnlyList<TableColumnSpec> Columns { get; init; }

    /// <summary>The rows, in template order.</summary>
    public required IReadOnlyList<TableRowSpec> Rows { get; init; }

    /// <summary>Block header rows ("一、主动公开情况") that set the context of the rows below them.</summary>
    public IReadOnlyList<TableBlockSpec> Blocks { get; init; } = [];

    /// <summary>Header texts of a unit column ("单位"), if the table has one.</summary>
    public IReadOnlyList<string> UnitHeaders { get; init; } = [];

    /// <summary>Units whose values are amounts of money (non-negative decimals); every other unit counts (non-negative integers).</summary>
    public IReadOnlyList<string> AmountUnits { get; init; } = ["万元", "元"];

    /// <summary>
    /// How findings name a cell. "cell" (the default): <c>table</c> is the table's id, <c>row</c> and
    /// <c>column</c> the labels as the report writes them, <c>value</c> the number. "row" (the
    /// one-column Yunnan 2018 table): <c>row</c>, <c>templateRow</c>, and <c>table</c> the number.
    /// </summary>
    public string PropertyStyle { get; init; } = "cell";

    /// <summary>Relations between cells: equalities and bounds (GM2001) and plausibility checks (GM2005).</summary>
    public IReadOnlyList<TableRelationSpec> Relations { get; init; } = [];
}

/// <summary>A column of a statistics table: a value column, or a header group above value columns.</summary>
public sealed record TableColumnSpec
{
    /// <summary>Stable id, e.g. "natural", "review.total".</summary>
    public required string Id { get; init; }

    /// <summary>The template's header text.</summary>
    public required string Label { get; init; }

    /// <summary>Other header texts real tables use.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The header group this column sits under, or null.</summary>
    public string? Parent { get; init; }

    /// <summary>The unit of the column's values, unless a row says otherwise.</summary>
    public string? Unit { get; init; }

    /// <summary>True when values may be negative (2019 table 二 "本年增/减").</summary>
    public bool Negative { get; init; }

    /// <summary>True for a column some reports add and others leave out (its absence is no finding).</summary>
    public bool Optional { get; init; }

    /// <summary>True for a total or subtotal column: <c>parts(group)</c> leaves it out.</summary>
    public bool Subtotal { get; init; }

    /// <summary>"exact" (the default): a header names the column when its core equals the label's; "contains": when it contains it.</summary>
    public string Match { get; init; } = "exact";
}

/// <summary>A row of a statistics table.</summary>
public sealed record TableRowSpec
{
    /// <summary>Stable id, e.g. "R3.3.1" or "r17".</summary>
    public required string Id { get; init; }

    /// <summary>The template's row number, for templates that number their rows (1–58 in yunnan-2018).</summary>
    public int? Number { get; init; }

    /// <summary>The block the row belongs to ("一" … "九"), for templates with block header rows.</summary>
    public string? Block { get; init; }

    /// <summary>The template's label.</summary>
    public required string Label { get; init; }

    /// <summary>Other labels real tables use for this row.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The row this one is a part of, or null.</summary>
    public string? Parent { get; init; }

    /// <summary>The unit, when the row has its own (Yunnan: 条, 件, 万元 …); else each column's.</summary>
    public string? Unit { get; init; }

    /// <summary>True when values may be negative.</summary>
    public bool Negative { get; init; }

    /// <summary>True for a row some reports add and others leave out (a subtotal; its absence is no finding).</summary>
    public bool Optional { get; init; }

    /// <summary>True for a label-only row that heads the rows below it and holds no values ("三、本年度办理结果").</summary>
    public bool Heading { get; init; }

    /// <summary>True for a subtotal row: <c>parts(parent)</c> leaves it out.</summary>
    public bool Subtotal { get; init; }

    /// <summary>The value columns the row has, or null for every value column of the table.</summary>
    public IReadOnlyList<string>? Columns { get; init; }

    /// <summary>The row's number for findings: the template's, else its position.</summary>
    internal string DisplayId => Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Id;
}

/// <summary>A block header of a statistics table.</summary>
public sealed record TableBlockSpec
{
    /// <summary>Block key ("一" … "九").</summary>
    public required string Block { get; init; }

    /// <summary>The header label.</summary>
    public required string Label { get; init; }
}

/// <summary>How rule files are read.</summary>
internal static class RulesJson
{
    /// <summary>
    /// Reflection-based on purpose: the source generator assigns every init-only property, so a
    /// member left out of a rule file would become null instead of keeping its default. Unknown
    /// members are errors, so a misspelt key in a user's rule file is reported, not ignored
    /// ("$" keys are comments and directives, removed before reading).
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The catalog is the project's own file: comments ("$comment") are skipped.</summary>
    public static JsonSerializerOptions CatalogOptions { get; } = new(Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
