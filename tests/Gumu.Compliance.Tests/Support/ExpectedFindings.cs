using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Tests.Support;

/// <summary>
/// Expected findings written beside a fixture, one per line: <c>RULE s&lt;section&gt; &lt;location&gt;</c>
/// — e.g. <c>GM1001 s9 31:1</c>, <c>GM1002 s- 25:1</c>, <c>GM1006 s14 p40</c>, <c>GM2001 s14 t1r20c3</c>,
/// <c>GM0003 s- -</c>. '#' starts a comment; a file with no finding lines expects no findings.
/// The comparison is exact both ways: a missing and an unexpected finding both fail.
/// </summary>
internal static class ExpectedFindings
{
    public static IReadOnlyList<string> Read(string path) =>
        File.ReadAllLines(path)
            .Select(l => (l.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? l[..hash] : l).Trim())
            .Where(l => l.Length > 0)
            .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    public static string Describe(Finding finding) =>
        $"{finding.RuleId} s{finding.Section?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {finding.Location?.ToCompactString() ?? "-"}";

    /// <summary>The same finding without its location: for comparing renderings of one report.</summary>
    public static string DescribeWithoutLocation(Finding finding) =>
        $"{finding.RuleId} s{finding.Section?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}
