using System.Text.Json;
using System.Text.Json.Serialization;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Rules;

/// <summary>
/// A template's rules as data (a file under <c>rules/</c>): its sections, statistics table,
/// relations, deadline and severity overrides. Load once with <see cref="RuleSetLoader"/> and share.
/// </summary>
public sealed record RuleSet
{
    /// <summary>Rule-set id, e.g. "yunnan-2018".</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable name.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The phrase every title must contain, e.g. "政府信息公开工作年度报告".</summary>
    public required string TitlePhrase { get; init; }

    /// <summary>Near variants of the title phrase accepted for finding the title (GM4001 still reports them).</summary>
    public IReadOnlyList<string> TitlePhraseVariants { get; init; } = [];

    /// <summary>Publication deadline, with {Y}/{Y+1} placeholders, e.g. "{Y+1}-03-31".</summary>
    public string? Deadline { get; init; }

    /// <summary>Severity overrides by rule id ("off" disables a rule).</summary>
    public IReadOnlyDictionary<string, string> Severities { get; init; } = new Dictionary<string, string>();

    /// <summary>The required sections in template order.</summary>
    public required IReadOnlyList<SectionSpec> Sections { get; init; }

    /// <summary>The statistics table, if the template has one.</summary>
    public StatisticsTableSpec? StatisticsTable { get; init; }

    /// <summary>The figures the text states (quantities, outcomes), if the rule set checks them.</summary>
    public NarrativeSpec? Narrative { get; init; }

    /// <summary>The section spec with the given template number.</summary>
    public SectionSpec? Section(int number) => Sections.FirstOrDefault(s => s.Number == number);
}

/// <summary>One required section: its template number, canonical title and accepted variants.</summary>
public sealed record SectionSpec
{
    /// <summary>Template number (1-based).</summary>
    public required int Number { get; init; }

    /// <summary>Canonical title; may contain {Y} or {Y+1}.</summary>
    public required string Title { get; init; }

    /// <summary>Variants seen in real reports (accepted with GM1003).</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
}

/// <summary>The statistics table: how to find it and its template rows.</summary>
public sealed record StatisticsTableSpec
{
    /// <summary>The template section the table belongs under.</summary>
    public int Section { get; init; }

    /// <summary>Regular expression (over normalised text) that recognises the table's caption.</summary>
    public required string CaptionPattern { get; init; }

    /// <summary>How many template row labels a table must show to be taken for the statistics table.</summary>
    public int MinimumRecognisedRows { get; init; } = 6;

    /// <summary>The template rows.</summary>
    public required IReadOnlyList<TableRowSpec> Rows { get; init; }

    /// <summary>The block header rows (一、主动公开情况 …).</summary>
    public IReadOnlyList<TableBlockSpec> Blocks { get; init; } = [];

    /// <summary>Header texts of the value column ("统计数"), matched as normalised substrings.</summary>
    public IReadOnlyList<string> ValueHeaders { get; init; } = ["统计数"];

    /// <summary>Header texts of the unit column ("单位").</summary>
    public IReadOnlyList<string> UnitHeaders { get; init; } = ["单位"];

    /// <summary>Units whose values are amounts of money (non-negative decimals); every other unit counts (non-negative integers).</summary>
    public IReadOnlyList<string> AmountUnits { get; init; } = ["万元", "元"];

    /// <summary>Relations between rows: equalities and bounds (GM2001) and plausibility checks (GM2005).</summary>
    public IReadOnlyList<TableRelationSpec> Relations { get; init; } = [];
}

/// <summary>One template row of the statistics table.</summary>
public sealed record TableRowSpec
{
    /// <summary>Template row number (1–58 for yunnan-2018).</summary>
    public required int Row { get; init; }

    /// <summary>The block the row belongs to ("一" … "九").</summary>
    public required string Block { get; init; }

    /// <summary>The template's label.</summary>
    public required string Label { get; init; }

    /// <summary>Other labels real tables use for this row.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Unit (条, 件, 次, 个, 人, 篇, 人次, 万元).</summary>
    public required string Unit { get; init; }
}

/// <summary>A block header of the statistics table.</summary>
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
    /// member left out of a rule file would become null instead of keeping its default.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
