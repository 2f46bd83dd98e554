using System.Text;
using System.Text.Json.Nodes;
using Gumu.Compliance.Reporting;
using Gumu.Cli.Tests.Docs;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.RuleSets;

/// <summary>docs/rule-sets.md agrees with the built-in rule sets and with what gumu does with its worked example.</summary>
public sealed class RuleSetsPageTests
{
    private static string Page => File.ReadAllText(TestPaths.RuleSetsPage).ReplaceLineEndings("\n");

    private static string UserFile => Path.Combine(TestPaths.RuleSetFixtures, "qingfeng-2023.json");

    [Fact]
    public void The_page_lists_every_built_in_rule_set()
    {
        var section = Markdown.Section(Page, "The built-in rule sets") ?? string.Empty;
        var rows = Markdown.Lines(section).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]);

        rows.Should().BeEquivalentTo(RuleSetLoader.BuiltInNames, "the table lists the rule sets that can check a report");
    }

    [Fact]
    public void The_worked_example_is_the_tested_user_file()
    {
        var shown = WorkedExample();
        var tested = RuleSetSchemaTests.ParseFile(UserFile).AsObject();

        JsonNode.DeepEquals(WithoutDirectives(shown, keep: "$remove"), WithoutDirectives(tested, keep: "$remove")).Should().BeTrue(
            "the page shows tests/fixtures-rulesets/qingfeng-2023.json without its comments:\n{0}", WithoutDirectives(tested, keep: "$remove").ToJsonString());
        RuleSetSchemaTests.Problems(shown).Should().BeEmpty();
    }

    [Fact]
    public async Task The_worked_example_s_output_is_what_gumu_prints()
    {
        var section = Markdown.Subsection(Page, "A worked example") ?? string.Empty;
        var shown = Markdown.CodeBlocks(section, "text").Single(b => b.StartsWith("$ gumu check", StringComparison.Ordinal));
        var checker = new ReportChecker(new ReportCheckerOptions { RuleSet = RuleSetLoader.FromFile(UserFile) });
        var reports = new[]
        {
            ("reports/qinglin-2023.txt", Path.Combine(TestPaths.RuleSetFixtures, "qingfeng-2023-qinglin.txt")),
            ("reports/shiqiao-2025.txt", Path.Combine(TestPaths.Root, "tests", "fixtures", "national-2021", "compliant.txt")),
        };
        var results = new List<FileCheckResult>();
        foreach (var (name, path) in reports)
        {
            results.Add(await checker.CheckFileAsync(path) with { Path = name });
        }

        var output = Text(results, Language.Chinese);

        Markdown.Lines(shown).Skip(1).Should().Equal(output.Take(output.Length - 2), "the page shows gumu's output without the summary line");
    }

    [Fact]
    public async Task The_choices_shown_are_gumu_s_output()
    {
        var section = Markdown.Section(Page, "How `--rules auto` chooses") ?? string.Empty;
        var shown = Markdown.CodeBlocks(section, "text").SelectMany(Markdown.Lines).Where(l => l.Length > 0).ToList();
        var reports = new Dictionary<string, string>
        {
            ["reports/shiqiao-2025.txt"] = Path.Combine(TestPaths.Root, "tests", "fixtures", "national-2021", "compliant.txt"),
            ["reports/shimen-2018.txt"] = Path.Combine(TestPaths.Root, "tests", "fixtures", "yunnan-2018", "structure", "compliant.txt"),
            ["reports/shiqiao-2022.txt"] = Path.Combine(TestPaths.RuleExamples, "GM1010", "shiqiao-2022.txt"),
        };
        var results = new List<FileCheckResult>();
        foreach (var (name, path) in reports)
        {
            results.Add(await new ReportChecker().CheckFileAsync(path) with { Path = name });
        }

        var chinese = Text(results, Language.Chinese);
        shown.Should().NotBeEmpty().And.AllSatisfy(l => chinese.Should().Contain(l));

        var json = Markdown.CodeBlocks(section, "json").Single();
        var english = await new ReportChecker(new ReportCheckerOptions { Check = new CheckOptions { Language = Language.English } })
            .CheckFileAsync(reports["reports/shiqiao-2025.txt"]);
        JsonNode.Parse(json)!["ruleSetReason"]!.GetValue<string>().Should().Be(english.RuleSetReason);
        JsonNode.Parse(json)!["ruleSet"]!.GetValue<string>().Should().Be(english.RuleSet);
    }

    [Fact]
    public void Every_rule_set_file_on_the_page_loads()
    {
        using var folder = new TempFolder("rule-sets-page");
        var files = Markdown.CodeBlocks(Page, "json").Select(b => JsonNode.Parse(b)!.AsObject()).Where(o => o.ContainsKey("id") && o.ContainsKey("extends")).ToList();

        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            var path = folder.File(file["id"]!.GetValue<string>() + ".json");
            File.WriteAllText(path, file.ToJsonString());
            var act = () => RuleSetLoader.FromFile(path);
            act.Should().NotThrow(file.ToJsonString());
        }
    }

    [Fact]
    public void The_refusals_on_the_page_are_the_loader_s_messages()
    {
        var section = Markdown.Subsection(Page, "When a rule-set file is refused") ?? string.Empty;
        var lines = Markdown.CodeBlocks(section, "text").SelectMany(Markdown.Lines).Where(l => l.Length > 0).ToList();
        string[] files =
        [
            """{ "id": "qingfeng-2023", "extends": "national-2021", "name": { "zh": "x", "en": "x" }, "tables": [ { "id": "三", "rows": [ { "id": "R3.6.4", "label": "4.其他情形", "parent": "R3.9" } ] } ] }""",
            """{ "id": "qingfeng-2023", "extends": "national-2021", "name": { "zh": "x", "en": "x" }, "tables": [ { "id": "三", "relations": [ { "id": "new-balance", "forEach": "column", "expr": "R1 + R2 = R3.7 + R5" } ] } ] }""",
            """{ "id": "qingfeng-2023", "extends": "national-2021", "name": { "zh": "x", "en": "x" }, "tables": [ { "id": "三", "relations": [ { "id": "legal-subtotals", "$remove": true } ] } ] }""",
            """{ "id": "qingfeng-2023", "extends": "national-2030", "name": { "zh": "x", "en": "x" } }""",
        ];

        lines.Should().HaveCount(files.Length);
        using var folder = new TempFolder("rule-sets-page");
        for (var i = 0; i < files.Length; i++)
        {
            var path = folder.File("qingfeng-2023.json");
            File.WriteAllText(path, files[i]);
            var act = () => RuleSetLoader.FromFile(path);
            var message = act.Should().Throw<InvalidDataException>().Which.Message;
            lines[i].Should().Be("--rules: the rule-set file /home/lin/qingfeng-2023.json is not valid: " + message);
        }
    }

    private static string[] Text(IReadOnlyList<FileCheckResult> results, Language language)
    {
        using var buffer = new MemoryStream();
        new TextReportWriter().Write(buffer, results, new ReportWriterOptions { ToolVersion = "docs", Language = language });
        return Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');
    }

    private static JsonObject WorkedExample()
    {
        var section = Markdown.Subsection(Page, "A worked example") ?? string.Empty;
        return JsonNode.Parse(Markdown.CodeBlocks(section, "json").Single())!.AsObject();
    }

    // The file as the loader reads it: comments and "$schema" left out, directives kept.
    private static JsonNode WithoutDirectives(JsonNode node, string keep)
    {
        var copy = node.DeepClone();
        Strip(copy, keep);
        return copy;
    }

    private static void Strip(JsonNode? node, string keep)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).Where(k => k.StartsWith('$') && k != keep).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, value) in obj)
                {
                    Strip(value, keep);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Strip(item, keep);
                }

                break;
        }
    }
}
