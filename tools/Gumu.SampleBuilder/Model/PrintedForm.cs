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

    /// <summary>A template's section titles, in order, as a report on <paramref name="year"/> prints them.</summary>
    public static IReadOnlyList<string> SectionTitles(RuleSet ruleSet, int year)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return [.. ruleSet.Sections.OrderBy(s => s.Number).Select(s => Text(s.Title
            .Replace("{Y+1}", (year + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Y}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))];
    }
}
