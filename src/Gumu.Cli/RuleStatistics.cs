using System.Globalization;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli;

/// <summary>
/// <c>--statistics</c>: how many findings each rule gave over the run (most first, then by id),
/// with how many files it concerned, so an office sees at a glance which problems are common.
/// Findings a baseline accepted are not counted.
/// </summary>
internal static class RuleStatistics
{
    public static void Write(TextWriter output, IReadOnlyList<FileCheckResult> results, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        var rows = results
            .SelectMany(r => r.Findings.Select(f => (File: r.Path, Finding: f)))
            .GroupBy(x => x.Finding.RuleId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, g.First().Finding.Name, Severity: g.Min(x => x.Finding.Severity), Count: g.Count(), Files: g.Select(x => x.File).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var english = language == Language.English;
        if (rows.Count == 0)
        {
            output.WriteLine(english ? "Findings by rule: none." : "按规则统计：没有问题。");
            return;
        }

        output.WriteLine(english ? "Findings by rule:" : "按规则统计：");
        var width = rows.Max(r => r.Count).ToString(CultureInfo.InvariantCulture).Length;
        foreach (var row in rows)
        {
            var count = row.Count.ToString(CultureInfo.InvariantCulture).PadLeft(width);
            output.WriteLine(english
                ? string.Create(CultureInfo.InvariantCulture, $"{count}  {row.Id}  {row.Name} ({row.Severity.ToName()}, {row.Files} file(s))")
                : string.Create(CultureInfo.InvariantCulture, $"{count}  {row.Id}  {row.Name}（{SeverityZh(row.Severity)}，{row.Files} 个文件）"));
        }
    }

    private static string SeverityZh(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };
}
