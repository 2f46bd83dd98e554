using System.Text;
using System.Text.Json.Nodes;
using Gumu.Compliance;
using Gumu.Compliance.Reporting;
using static Gumu.Cli.Tests.Output.SampleResults;

namespace Gumu.Cli.Tests.Output;

/// <summary>Findings a baseline accepted (<see cref="FileCheckResult.Suppressed"/>) as each format shows them.</summary>
public sealed class SuppressedFindingsTests
{
    private static readonly ReportWriterOptions Chinese = new() { ToolVersion = "0.1.0", Language = Language.Chinese };

    private static readonly ReportWriterOptions English = new() { ToolVersion = "0.1.0", Language = Language.English };

    /// <summary>The realistic results after a baseline accepted the HTML file's GM1001 and the DOCX file's second GM2004.</summary>
    public static IReadOnlyList<FileCheckResult> WithBaseline()
    {
        var results = Realistic().ToList();
        var html = results[0];
        var docx = results[1];
        results[0] = html with { Findings = [html.Findings[1]], Suppressed = [html.Findings[0]] };
        results[1] = docx with { Findings = [.. docx.Findings.Where((_, i) => i != 3)], Suppressed = [docx.Findings[3]] };
        return results;
    }

    [Fact]
    public void Sarif_lists_suppressed_findings_as_results_with_an_external_suppression()
    {
        var run = JsonNode.Parse(Write(WithBaseline(), ReportFormat.Sarif, Chinese))!["runs"]![0]!;

        var results = run["results"]!.AsArray();
        results.Select(r => (string?)r!["ruleId"]).Should().Equal("GM2001", "GM1001", "GM4001", "GM1005", "GM2004", "GM4003", "GM2004", "GM0002", "GM0001");
        results.Select(r => r!["suppressions"]?.ToJsonString()).Should().Equal(
            null, "[{\"kind\":\"external\"}]", null, null, null, null, "[{\"kind\":\"external\"}]", null, null);
        ((int?)run["properties"]!["summary"]!["suppressed"]).Should().Be(2);
        ((int?)run["properties"]!["summary"]!["errors"]).Should().Be(3, "suppressed findings are not counted");
        ((int?)run["artifacts"]![0]!["properties"]!["suppressed"]).Should().Be(1);
        run["artifacts"]![2]!["properties"]!["suppressed"].Should().BeNull("a file without suppressed findings says nothing");
    }

    [Fact]
    public void Sarif_fingerprints_of_suppressed_findings_are_those_of_the_run_without_a_baseline()
    {
        static Dictionary<string, string> ByMessage(byte[] bytes) =>
            JsonNode.Parse(bytes)!["runs"]![0]!["results"]!.AsArray()
                .GroupBy(r => (string)r!["message"]!["text"]! + (string?)r["locations"]![0]!["properties"]?.ToJsonString())
                .ToDictionary(g => g.Key, g => (string)g.First()!["partialFingerprints"]!["gumu/v1"]!);

        var with = ByMessage(Write(WithBaseline(), ReportFormat.Sarif, Chinese));
        var without = ByMessage(Write(Realistic(), ReportFormat.Sarif, Chinese));

        with.Should().Equal(without);
    }

    [Fact]
    public void Json_summary_counts_suppressed_findings_and_the_files_list_only_the_others()
    {
        var json = JsonNode.Parse(Write(WithBaseline(), ReportFormat.Json, Chinese))!;

        json["summary"]!.ToJsonString().Should().Be("{\"files\":5,\"errors\":3,\"warnings\":3,\"infos\":1,\"suppressed\":2}");
        json["files"]![0]!["findings"]!.AsArray().Select(f => (string?)f!["ruleId"]).Should().Equal("GM2001");
    }

    [Fact]
    public void Without_suppressed_findings_json_and_sarif_have_no_suppressed_count()
    {
        Encoding.UTF8.GetString(Write(Realistic(), ReportFormat.Json, Chinese)).Should().NotContain("suppress");
        Encoding.UTF8.GetString(Write(Realistic(), ReportFormat.Sarif, Chinese)).Should().NotContain("suppress");
    }

    [Fact]
    public void Text_summary_counts_suppressed_findings()
    {
        var chinese = Encoding.UTF8.GetString(Write(WithBaseline(), ReportFormat.Text, Chinese)).Split('\n');
        var english = Encoding.UTF8.GetString(Write(WithBaseline(), ReportFormat.Text, English)).Split('\n');

        chinese[^2].Should().Be("共检查 5 个文件：2 个通过，1 个有错误，2 个无法读取；错误 3 条，警告 3 条；另有 2 条已被基线接受，未列出。");
        english[^2].Should().Be("5 file(s) checked: 2 passed, 1 with errors, 2 unreadable; 3 error(s), 3 warning(s); 2 accepted by the baseline, not listed.");
        chinese.Should().NotContain(l => l.Contains("GM1001", StringComparison.Ordinal));
    }

    internal static byte[] Write(IReadOnlyList<FileCheckResult> results, ReportFormat format, ReportWriterOptions options)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(results, format, stream, options);
        return stream.ToArray();
    }
}
