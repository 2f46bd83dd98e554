using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gumu.Compliance.Reporting;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;
using Json.Schema;
using Xunit.Abstractions;
using static Gumu.Cli.Tests.Output.SampleResults;

namespace Gumu.Cli.Tests.Output;

public sealed class SarifReportWriterTests(ITestOutputHelper output)
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(TestPaths.SarifSchema));

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly ReportWriterOptions Chinese = new() { ToolVersion = "0.1.0", Language = Language.Chinese };

    private static readonly ReportWriterOptions English = new() { ToolVersion = "0.1.0", Language = Language.English };

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void Realistic_results_validate_against_the_official_schema(Language language)
    {
        var bytes = Write(Realistic(), new ReportWriterOptions { ToolVersion = "0.1.0", Language = language });

        AssertValid(bytes);
    }

    [Fact]
    public void The_schema_check_catches_invalid_logs()
    {
        var log = JsonNode.Parse(Write(Realistic(), Chinese))!;
        log["runs"]![0]!["results"]![0]!["level"] = "fatal";
        log["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;
        log["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["helpUri"] = "not a uri";

        var result = Schema.Value.Evaluate(log, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        result.IsValid.Should().BeFalse();
        var failed = result.Details.Where(d => d.HasErrors).Select(d => d.InstanceLocation.ToString()).ToList();
        failed.Should().Contain("/runs/0/results/0/level")
            .And.Contain("/runs/0/results/0/locations/0/physicalLocation/region/startLine")
            .And.Contain("/runs/0/tool/driver/rules/0/helpUri");
    }

    [Fact]
    public void Every_input_file_is_an_artifact_with_its_status()
    {
        var run = Run(Write(Realistic(), Chinese));

        var artifacts = run["artifacts"]!.AsArray();
        artifacts.Select(a => (string?)a!["location"]!["uri"]).Should().Equal(
            "reports/%E5%85%B0%E6%BA%AA%E9%95%87%202018.html",
            "reports/yunxiu-2018.docx",
            "reports/clean.txt",
            "inbox/legacy.doc",
            "inbox/broken.docx");
        artifacts.Select(a => (string?)a!["location"]!["uriBaseId"]).Should().AllBe("SRCROOT");
        artifacts.Select(a => (string?)a!["properties"]!["status"]).Should().Equal("errors", "passed", "passed", "unreadable", "unreadable");
        artifacts.Select(a => (string?)a!["properties"]!["format"]).Should().Equal("html", "docx", "text", "doc", "docx");
        artifacts.Select(a => (int?)a!["properties"]!["warnings"]).Should().Equal(0, 4, 0, 0, 0);
        artifacts.Select(a => (string?)a!["mimeType"]).Should().Equal(
            "text/html",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "text/plain",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        ((string?)artifacts[0]!["properties"]!["title"]).Should().Be("兰溪镇人民政府2018年政府信息公开工作年度报告");
        ((int?)artifacts[0]!["properties"]!["year"]).Should().Be(2018);
    }

    [Fact]
    public void Unreadable_files_have_results_that_point_at_their_artifact()
    {
        var run = Run(Write(Realistic(), Chinese));

        var results = run["results"]!.AsArray();
        var legacy = results.Single(r => (string?)r!["ruleId"] == "GM0002")!;
        var location = legacy["locations"]![0]!["physicalLocation"]!;
        ((string?)location["artifactLocation"]!["uri"]).Should().Be("inbox/legacy.doc");
        ((int?)location["artifactLocation"]!["index"]).Should().Be(3);
        location["region"].Should().BeNull("a file-level finding has no region");
        var broken = results.Single(r => (string?)r!["ruleId"] == "GM0001")!;
        ((int?)broken["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["index"]).Should().Be(4);
    }

    [Fact]
    public void The_driver_lists_every_catalog_rule_with_descriptions_help_and_levels()
    {
        var driver = Run(Write(Realistic(), Chinese))["tool"]!["driver"]!;

        ((string?)driver["name"]).Should().Be("gumu");
        ((string?)driver["version"]).Should().Be("0.1.0");
        ((string?)driver["semanticVersion"]).Should().Be("0.1.0");
        ((string?)driver["informationUri"]).Should().Be(SarifReportWriter.InformationUri);
        var rules = driver["rules"]!.AsArray();
        rules.Select(r => (string?)r!["id"]).Should().Equal(RuleCatalog.Default.Rules.Select(r => r.Id));
        foreach (var (rule, descriptor) in rules.Zip(RuleCatalog.Default.Rules))
        {
            ((string?)rule!["name"]).Should().Be(descriptor.Name);
            ((string?)rule["shortDescription"]!["text"]).Should().Be(descriptor.Summary.Zh);
            ((string?)rule["fullDescription"]!["text"]).Should().StartWith(descriptor.Summary.Zh);
            ((string?)rule["help"]!["text"]).Should().Contain(descriptor.Summary.Zh).And.Contain("修改方法：");
            ((string?)rule["helpUri"]).Should().Be(SarifReportWriter.RuleHelpBaseUri + descriptor.Id + ".md");
            ((string?)rule["defaultConfiguration"]!["level"]).Should().Be(descriptor.DefaultSeverity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "note",
            });
        }

        var english = Run(Write(Realistic(), English))["tool"]!["driver"]!["rules"]!.AsArray();
        ((string?)english[0]!["shortDescription"]!["text"]).Should().Be(RuleCatalog.Default.Rules[0].Summary.En);
        ((string?)english[0]!["help"]!["text"]).Should().StartWith("What it checks: ");
    }

    [Fact]
    public void Results_carry_rule_index_and_the_severity_as_level()
    {
        var run = Run(Write(Realistic(), Chinese));
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();

        var results = run["results"]!.AsArray();
        results.Select(r => (string?)r!["ruleId"]).Should().Equal(
            "GM1001", "GM2001", "GM4001", "GM1005", "GM2004", "GM2004", "GM4003", "GM0002", "GM0001");
        results.Select(r => (string?)r!["level"]).Should().Equal(
            "error", "error", "warning", "warning", "warning", "warning", "note", "error", "error");
        foreach (var result in results)
        {
            var index = (int)result!["ruleIndex"]!;
            ((string?)rules[index]!["id"]).Should().Be((string?)result["ruleId"]);
        }
    }

    [Fact]
    public void Html_locations_have_a_region_and_table_cells_also_a_logical_location()
    {
        var results = Run(Write(Realistic(), Chinese))["results"]!.AsArray();

        var missing = results[0]!["locations"]![0]!;
        ((int?)missing["physicalLocation"]!["region"]!["startLine"]).Should().Be(61);
        ((int?)missing["physicalLocation"]!["region"]!["startColumn"]).Should().Be(1);
        ((string?)results[0]!["message"]!["text"]).Should().Be("缺少第5部分“建议提案办理结果公开情况”", "a line location needs no note in the message");
        missing["logicalLocations"].Should().BeNull();

        var cell = results[1]!["locations"]![0]!;
        ((int?)cell["physicalLocation"]!["region"]!["startLine"]).Should().Be(121);
        ((string?)cell["logicalLocations"]![0]!["fullyQualifiedName"]).Should().Be("table[1]/row[5]/cell[3]");
        ((int?)cell["properties"]!["table"]).Should().Be(1);
        ((string?)cell["message"]!["text"]).Should().Be("表1 第5行 第3列");
        missing["message"].Should().BeNull("a line is already in the region");
        var properties = results[1]!["properties"]!;
        ((int?)properties["section"]).Should().Be(14);
        ((string?)properties["evidence"]).Should().Be("12");
        properties["values"]!.ToJsonString(Readable).Should().Be("""{"row":"四、行政复议数量","stated":12,"computed":13,"parts":[5,8]}""");
    }

    [Fact]
    public void Docx_locations_have_no_region_but_a_logical_location_and_the_place_in_the_message()
    {
        var results = Run(Write(Realistic(), Chinese))["results"]!.AsArray();

        var empty = results[3]!;
        var location = empty["locations"]![0]!;
        ((string?)location["physicalLocation"]!["artifactLocation"]!["uri"]).Should().Be("reports/yunxiu-2018.docx");
        location["physicalLocation"]!["region"].Should().BeNull();
        var logical = location["logicalLocations"]![0]!;
        ((string?)logical["name"]).Should().Be("paragraph[47]");
        ((string?)logical["fullyQualifiedName"]).Should().Be("paragraph[47]");
        ((string?)logical["kind"]).Should().Be("element");
        ((string?)location["message"]!["text"]).Should().Be("第47段");
        ((int?)location["properties"]!["paragraph"]).Should().Be(47);
        ((string?)empty["message"]!["text"]).Should().Be("第12部分“推进公开工作存在问题和不足”只有标题,没有内容（位置：第47段）");
        ((string?)empty["properties"]!["evidence"]).Should().Be("十二、推进公开工作存在问题和不足");

        var cell = results[4]!["locations"]![0]!;
        ((string?)cell["logicalLocations"]![0]!["name"]).Should().Be("cell[4]");
        ((string?)cell["logicalLocations"]![0]!["fullyQualifiedName"]).Should().Be("table[1]/row[7]/cell[4]");

        var english = Run(Write(Realistic(), English))["results"]!.AsArray();
        ((string?)english[3]!["message"]!["text"]).Should().EndWith(" (at paragraph 47)");
        ((string?)english[4]!["locations"]![0]!["message"]!["text"]).Should().Be("table 1, row 7, cell 4");
    }

    [Fact]
    public void Fingerprints_are_stable_across_runs_and_line_shifts_and_distinct_for_repeats()
    {
        var first = Fingerprints(Write(Realistic(), Chinese));
        var again = Fingerprints(Write(Realistic(), Chinese));
        var shifted = Fingerprints(Write(Realistic(htmlLine: 75), Chinese));
        var english = Fingerprints(Write(Realistic(), English));

        again.Should().Equal(first);
        shifted.Should().Equal(first, "lines are not part of the fingerprint");
        english.Should().Equal(first, "the message language is not part of the fingerprint");
        first.Should().OnlyHaveUniqueItems();
        first.Should().AllSatisfy(f => f.Should().MatchRegex("^[0-9a-f]{32}:[0-9]+$"));
        first[4].Should().EndWith(":1");
        first[5].Should().Be(first[4][..^2] + ":2", "the second identical finding in a file is occurrence 2");
    }

    [Fact]
    public void Fingerprints_change_with_the_file_the_rule_or_the_evidence()
    {
        var finding = F("GM1003", Severity.Warning, "标题不同", 3, SourceLocation.AtParagraph(17), "三、重点领域政府信息公开情况");
        var baseline = SarifReportWriter.Fingerprint(finding, "a.docx");

        SarifReportWriter.Fingerprint(finding, "b.docx").Should().NotBe(baseline);
        SarifReportWriter.Fingerprint(finding with { RuleId = "GM1004" }, "a.docx").Should().NotBe(baseline);
        SarifReportWriter.Fingerprint(finding with { Evidence = "三、其他" }, "a.docx").Should().NotBe(baseline);
        SarifReportWriter.Fingerprint(finding with { Evidence = " 三、重点领域政府信息公开情况\n" }, "a.docx").Should().Be(baseline, "whitespace is collapsed");
        SarifReportWriter.Fingerprint(finding with { Location = SourceLocation.AtParagraph(30) }, "a.docx").Should().Be(baseline);
        SarifReportWriter.Fingerprint(finding with { Message = "Heading deviates" }, "a.docx").Should().Be(baseline);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Write(Realistic(), Chinese).Should().Equal(Write(Realistic(), Chinese));
    }

    [Fact]
    public void The_log_declares_version_schema_language_and_a_successful_invocation()
    {
        var bytes = Write(Realistic(), Chinese);
        var log = JsonNode.Parse(bytes)!;

        ((string?)log["version"]).Should().Be("2.1.0");
        ((string?)log["$schema"]).Should().Be(SarifReportWriter.SchemaUri);
        log["runs"]!.AsArray().Should().ContainSingle();
        var run = log["runs"]![0]!;
        ((bool?)run["invocations"]![0]!["executionSuccessful"]).Should().BeTrue();
        run["invocations"]![0]!["toolExecutionNotifications"].Should().BeNull();
        ((string?)run["language"]).Should().Be("zh-CN");
        ((string?)run["columnKind"]).Should().Be("utf16CodeUnits");
        ((bool?)run["properties"]!["truncated"]).Should().BeFalse();
        ((int?)run["properties"]!["summary"]!["files"]).Should().Be(5);
        ((int?)run["properties"]!["summary"]!["errors"]).Should().Be(4);
        bytes[^1].Should().Be((byte)'\n');
        Encoding.UTF8.GetString(bytes).Should().Contain("兰溪镇人民政府", "Chinese text is written as is, not \\u-escaped");
    }

    [Fact]
    public void Paths_become_relative_uris_under_srcroot_or_file_uris()
    {
        SarifReportWriter.ToUri("samples/input/legacy.doc").Should().Be(("samples/input/legacy.doc", true, "samples/input/legacy.doc"));
        SarifReportWriter.ToUri("./samples/a b#1.html").Should().Be(("samples/a%20b%231.html", true, "samples/a b#1.html"));
        SarifReportWriter.ToUri("报告/年报.docx").Uri.Should().Be("%E6%8A%A5%E5%91%8A/%E5%B9%B4%E6%8A%A5.docx");
        SarifReportWriter.ToUri("c:report.html").Uri.Should().Be("c%3Areport.html", "a colon must not make a relative path look like a scheme");
        SarifReportWriter.ToUri("/srv/reports/a.html").Should().Be(("file:///srv/reports/a.html", false, "/srv/reports/a.html"));
        SarifReportWriter.ToUri("C:/reports/a.html").Uri.Should().Be("file:///C:/reports/a.html");
    }

    [Fact]
    public void Absolute_paths_validate_without_a_uri_base()
    {
        var results = new[] { Realistic()[0] with { Path = "/srv/reports/兰溪镇.html" } };
        var bytes = Write(results, Chinese);

        AssertValid(bytes);
        var location = Run(bytes)["artifacts"]![0]!["location"]!;
        ((string?)location["uri"]).Should().Be("file:///srv/reports/%E5%85%B0%E6%BA%AA%E9%95%87.html");
        location["uriBaseId"].Should().BeNull();
    }

    [Fact]
    public void Beyond_the_limit_errors_are_kept_first_and_the_run_says_it_was_truncated()
    {
        var bytes = Write(Realistic(), Chinese, maxResults: 5);

        AssertValid(bytes);
        var run = Run(bytes);
        var results = run["results"]!.AsArray();
        results.Select(r => (string?)r!["ruleId"]).Should().Equal("GM1001", "GM2001", "GM4001", "GM0002", "GM0001");
        var notification = run["invocations"]![0]!["toolExecutionNotifications"]![0]!;
        ((string?)notification["level"]).Should().Be("warning");
        ((string?)notification["message"]!["text"]).Should().Contain("共 9 条").And.Contain("只写入了 5 条");
        ((bool?)run["invocations"]![0]!["executionSuccessful"]).Should().BeTrue();
        ((bool?)run["properties"]!["truncated"]).Should().BeTrue();
        ((int?)run["properties"]!["resultsTotal"]).Should().Be(9);
        ((int?)run["properties"]!["resultsWritten"]).Should().Be(5);
        run["artifacts"]!.AsArray().Should().HaveCount(5, "every file is still listed");
        Fingerprints(bytes).Should().Equal(Fingerprints(Write(Realistic(), Chinese)).Where((_, i) => i is 0 or 1 or 2 or 7 or 8));
    }

    [Fact]
    public void The_default_limit_is_githubs()
    {
        SarifReportWriter.DefaultMaxResults.Should().Be(25_000);
        var many = Enumerable.Range(1, 25_001)
            .Select(i => F("GM2004", Severity.Warning, "x", 14, SourceLocation.AtLine(i, 1), "—"))
            .ToList();
        var run = Run(Write([new FileCheckResult { Path = "big.html", Format = "html", Findings = many }], English));

        run["results"]!.AsArray().Should().HaveCount(25_000);
        ((bool?)run["properties"]!["truncated"]).Should().BeTrue();
    }

    [Fact]
    public void Hostile_text_and_unknown_rules_still_give_a_valid_log()
    {
        var results = new[]
        {
            new FileCheckResult
            {
                Path = "bad\u0001name\uD800.html",
                Format = "html",
                Title = "title \uDC00 with a lone surrogate",
                Findings =
                [
                    F("GM2003", Severity.Warning, "message\u0007 \uD83D", 8, SourceLocation.AtLine(3, 2), "\u0001<b>&\uDFFF",
                        ("value", "\uD800"), ("list", new[] { "a", "\uDBFF" })),
                    F("GX9001", Severity.Error, "from a custom rule set", null, null, null),
                ],
            },
        };

        var bytes = Write(results, Chinese);

        AssertValid(bytes);
        var run = Run(bytes);
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        ((string?)rules[^1]!["id"]).Should().Be("GX9001");
        ((string?)rules[^1]!["defaultConfiguration"]!["level"]).Should().Be("error");
        ((int?)run["results"]![1]!["ruleIndex"]).Should().Be(rules.Count - 1);
        ((string?)run["results"]![0]!["properties"]!["evidence"]).Should().Be("\u0001<b>&\uFFFD");
        ((string?)run["results"]![0]!["message"]!["text"]).Should().Be("message\u0007 \uFFFD");
    }

    [Fact]
    public void Results_of_the_real_checker_over_samples_validate()
    {
        string[] files =
        [
            "compliant/yunxiu-2018.docx",
            "structure/lanxi-2018-section12-empty.docx",
            "structure/lanxi-2018-table-attachment.html",
            "structure/lanxi-2018-sections6-7-swapped.html",
            "input/legacy.doc",
            "input/broken.docx",
            "input/scan.png",
            "input/empty.html",
        ];
        var checker = new ReportChecker();
        var results = files
            .Select(f => checker.CheckFileAsync(Path.Combine(TestPaths.Samples, f)).GetAwaiter().GetResult() with { Path = "samples/" + f })
            .ToList();

        var bytes = Write(results, Chinese);

        AssertValid(bytes);
        var run = Run(bytes);
        run["artifacts"]!.AsArray().Select(a => (string?)a!["location"]!["uri"]).Should().Equal(files.Select(f => "samples/" + f));
        var sarifResults = run["results"]!.AsArray();
        sarifResults.Should().HaveCount(results.Sum(r => r.Findings.Count));
        sarifResults.Should().Contain(r => (string?)r!["ruleId"] == "GM1005" && r["locations"]![0]!["logicalLocations"] != null);
        foreach (var result in sarifResults)
        {
            var index = (int)result!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["index"]!;
            var uri = (string?)result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"];
            ((string?)run["artifacts"]![index]!["location"]!["uri"]).Should().Be(uri);
        }
    }

    private static byte[] Write(IReadOnlyList<FileCheckResult> results, ReportWriterOptions run, int maxResults = SarifReportWriter.DefaultMaxResults)
    {
        using var stream = new MemoryStream();
        new SarifReportWriter(maxResults).Write(stream, results, run);
        return stream.ToArray();
    }

    private static JsonNode Run(byte[] bytes) => JsonNode.Parse(bytes)!["runs"]![0]!;

    private static List<string> Fingerprints(byte[] bytes) =>
        Run(bytes)["results"]!.AsArray().Select(r => (string)r!["partialFingerprints"]![SarifReportWriter.FingerprintKey]!).ToList();

    private void AssertValid(byte[] bytes)
    {
        var instance = JsonNode.Parse(bytes);
        var result = Schema.Value.Evaluate(instance, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (!result.IsValid)
        {
            foreach (var detail in result.Details.Where(d => d.HasErrors))
            {
                foreach (var (keyword, error) in detail.Errors!)
                {
                    output.WriteLine($"{detail.InstanceLocation} ({detail.EvaluationPath}) {keyword}: {error}");
                }
            }
        }

        result.IsValid.Should().BeTrue("the SARIF log must satisfy the official schema (errors are in the test output)");
    }
}
