using System.Globalization;
using System.Text;
using Gumu.Compliance.Rules;

namespace Gumu.SampleBuilder.Model;

/// <summary>
/// How the printed forms write what the rule sets hold: rule sets keep labels in ASCII
/// punctuation ("(一)予以公开", "其中:…"), the forms offices copy print full-width punctuation
/// ("（一）予以公开", "其中：…").
/// </summary>
internal static class PrintedForm
{
    /// <summary>A rule-set label as the printed form shows it.</summary>
    public static string Text(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var printed = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            printed.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                ':' => '：',
                ',' => '，',
                _ => c,
            });
        }

        return printed.ToString();
    }

    /// <summary>
    /// Table 二 of the national forms is printed in parts, one per item of 第二十条 of the
    /// regulation, each with a title row and a header row of its own; a part starts at one of
    /// these rows and runs to the next.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PartTitles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["rules"] = "第二十条第（一）项",
        ["licensing"] = "第二十条第（五）项",
        ["penalty"] = "第二十条第（六）项",
        ["fees"] = "第二十条第（八）项",
        ["procurement"] = "第二十条第（九）项",
    };

    /// <summary>The note in the top-left cell of a table's header, by table id (the national table 三 prints its balance there).</summary>
    public static IReadOnlyDictionary<string, string> CornerNotes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["三"] = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    };

    /// <summary>Column headers carry the unit when it is an amount: "本年收费金额（单位：万元）".</summary>
    public static string ColumnHeader(TableColumnSpec column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Text(column.Label) + (column.Unit is "万元" ? "（单位：万元）" : string.Empty);
    }

    /// <summary>A template's section titles, in order, as a report on <paramref name="year"/> prints them.</summary>
    public static IReadOnlyList<string> SectionTitles(RuleSet ruleSet, int year)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return [.. ruleSet.Sections.OrderBy(s => s.Number).Select(s => Text(s.Title
            .Replace("{Y+1}", (year + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Y}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))];
    }
}
