using Gumu.Cli.Tests.Support;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.RuleSets;

/// <summary>
/// A rule-set file a user writes for another province (docs/rule-sets.md) works with
/// <c>RuleSetLoader.FromFile</c> and <c>gumu check --rules FILE</c>, and a broken one is refused
/// with a message that names the entry at fault. The user's file is
/// tests/fixtures-rulesets/qingfeng-2023.json: national-2021 with a section renamed, a row added to
/// table 二 and a relation of table 三 removed.
/// </summary>
public sealed class UserRuleSetTests : IDisposable
{
    private const string Name = """ "name": { "zh": "测试", "en": "test" } """;

    private readonly TempFolder _folder = new("user-rule-sets");

    private static string UserFile => Path.Combine(TestPaths.RuleSetFixtures, "qingfeng-2023.json");

    private static string UserReport => Path.Combine(TestPaths.RuleSetFixtures, "qingfeng-2023-qinglin.txt");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_user_s_file_extends_national_2021_with_its_own_changes()
    {
        var set = RuleSetLoader.FromFile(UserFile);

        set.Id.Should().Be("qingfeng-2023");
        set.Extends.Should().Be("national-2021");
        set.Deadline.Should().Be("{Y+1}-01-25");
        set.Severities.Should().Contain("GM1003", "info");
        set.Sections.Select(s => s.Number).Should().Equal(1, 2, 3, 4, 5, 6);
        set.Section(5)!.Title.Should().Be("存在的主要问题及整改措施");
        set.Section(5)!.Variants.Should().Equal("存在的主要问题及改进情况");
        set.Table("二")!.Rows.Select(r => r.Id).Should().EndWith("confirmation");
        set.Table("三")!.Relations.Select(r => r.Id).Should().NotContain("legal-subtotal").And.Contain("applicants-total");
    }

    [Fact]
    public void Loading_the_user_s_file_leaves_the_built_in_rule_set_as_it_was()
    {
        _ = RuleSetLoader.FromFile(UserFile);
        var national = RuleSetLoader.BuiltIn("national-2021");

        national.Section(5)!.Title.Should().Be("存在的主要问题及改进情况");
        national.Table("二")!.Rows.Select(r => r.Id).Should().NotContain("confirmation");
        national.Table("三")!.Relations.Select(r => r.Id).Should().Contain("legal-subtotal");
    }

    [Fact]
    public async Task A_report_in_the_user_s_format_passes_with_rules_FILE()
    {
        var (exit, stdout, stderr) = await GumuTool.RunAsync("check", UserReport, "--rules", UserFile);

        stderr.Should().BeEmpty();
        var lines = stdout.TrimEnd().Split('\n');
        lines.Should().HaveCount(2, "a rule-set line and the summary, no finding: {0}", stdout);
        lines[0].Should().Be(UserReport + ": 规则集 qingfeng-2023");
        lines[1].Should().StartWith("共检查 1 个文件：1 个通过");
        exit.Should().Be(0);
    }

    [Fact]
    public async Task The_row_the_user_added_is_required_of_reports()
    {
        var report = _folder.File("qinglin-without-confirmation.txt");
        File.WriteAllText(report, File.ReadAllText(UserReport).Replace("行政确认\t5\n", string.Empty, StringComparison.Ordinal));

        var (_, stdout, _) = await GumuTool.RunAsync("check", report, "--rules", UserFile, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var findings = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().ToList();
        var finding = findings.Should().ContainSingle().Subject;
        finding.GetProperty("ruleId").GetString().Should().Be("GM1008");
        finding.GetProperty("properties").GetProperty("table").GetString().Should().Be("二");
        finding.GetProperty("properties").GetProperty("labels").EnumerateArray().Select(l => l.GetString()).Should().Equal("行政确认");
    }

    [Fact]
    public async Task The_same_report_against_the_national_format_shows_what_the_user_changed()
    {
        var (_, stdout, _) = await GumuTool.RunAsync("check", UserReport, "--rules", "national-2021");

        stdout.Should().Contain(": warning GM1003: ", "section 5's title is one of national-2021's variants");
    }

    [Fact]
    public async Task A_relative_extends_names_a_file_beside_the_user_s_file()
    {
        File.Copy(UserFile, _folder.File("qingfeng-2023.json"));
        var county = Write("qingfeng-county.json", $$"""
            { "id": "qingfeng-county", "extends": "qingfeng-2023.json", {{Name}}, "deadline": "{Y+1}-03-31" }
            """);

        var set = RuleSetLoader.FromFile(county);

        set.Deadline.Should().Be("{Y+1}-03-31");
        set.Section(5)!.Title.Should().Be("存在的主要问题及整改措施");
        set.Table("二")!.Rows.Select(r => r.Id).Should().Contain("confirmation");
    }

    public static TheoryData<string, string[]> BrokenFiles => new()
    {
        {
            // An unknown key: the message gives the key and where it is.
            """{ "id": "broken", "extends": "national-2021", "name": { "zh": "测试", "en": "test" }, "tables": [ { "id": "二", "rows": [ { "id": "confirmation", "lable": "行政确认", "columns": ["decisions"] } ] } ] }""",
            ["'broken'", "lable"]
        },
        {
            // A relation that refers to a row the table does not have: the message names the relation.
            """{ "id": "broken", "extends": "national-2021", "name": { "zh": "测试", "en": "test" }, "tables": [ { "id": "三", "relations": [ { "id": "new-balance", "forEach": "column", "expr": "R1 + R2 = R3.7 + R5" } ] } ] }""",
            ["'broken'", "table 三", "relation 'new-balance'", "R5"]
        },
        {
            // A relation that does not parse.
            """{ "id": "broken", "extends": "national-2021", "name": { "zh": "测试", "en": "test" }, "tables": [ { "id": "三", "relations": [ { "id": "half", "forEach": "column", "expr": "R1 + = R4" } ] } ] }""",
            ["'broken'", "table 三", "relation 'half'"]
        },
        {
            // A row whose parent is not a row: the message names the row and the parent.
            """{ "id": "broken", "extends": "national-2021", "name": { "zh": "测试", "en": "test" }, "tables": [ { "id": "三", "rows": [ { "id": "R3.6.4", "label": "4.其他情形", "parent": "R3.9" } ] } ] }""",
            ["'broken'", "table 三", "row 'R3.6.4'", "'R3.9'"]
        },
        {
            // $remove of an entry the extended rule set does not have.
            """{ "id": "broken", "extends": "national-2021", "name": { "zh": "测试", "en": "test" }, "tables": [ { "id": "三", "relations": [ { "id": "legal-subtotals", "$remove": true } ] } ] }""",
            ["'broken'", "relations entry 'legal-subtotals'", "$remove"]
        },
        {
            // extends of a rule set that does not exist.
            """{ "id": "broken", "extends": "national-2030", "name": { "zh": "测试", "en": "test" } }""",
            ["'broken'", "extends 'national-2030'", "national-2021"]
        },
        {
            // A table under a section the rule set does not have.
            """{ "id": "broken", "extends": "national-2021", "name": { "zh": "测试", "en": "test" }, "tables": [ { "id": "五", "name": { "zh": "表五", "en": "table 5" }, "section": 7, "columns": [ { "id": "count", "label": "数量" } ], "rows": [ { "id": "all", "label": "合计" } ] } ] }""",
            ["'broken'", "table 五", "section 7"]
        },
        {
            // A severity that is not one.
            """{ "id": "broken", "extends": "national-2021", "name": { "zh": "测试", "en": "test" }, "severities": { "GM1003": "warn" } }""",
            ["'broken'", "'warn'", "GM1003"]
        },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_is_refused_with_a_message_naming_the_entry(string json, string[] named)
    {
        var file = Write("broken.json", json);

        var act = () => RuleSetLoader.FromFile(file);

        var message = act.Should().Throw<InvalidDataException>().Which.Message;
        message.Should().ContainAll(named);
    }

    [Fact]
    public void An_unknown_key_is_reported_with_its_path_in_the_user_s_file()
    {
        var file = Write("broken.json", """
            { "id": "broken", "extends": "national-2021", "name": { "zh": "测试", "en": "test" },
              "tables": [ { "id": "二", "rows": [ { "id": "confirmation", "lable": "行政确认", "columns": ["decisions"] } ] } ] }
            """);

        var act = () => RuleSetLoader.FromFile(file);

        // The merged rule set has table 二 first and the new row after its six rows: the path must
        // lead the user to the entry, whether it counts in the merged list or names the ids.
        act.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("'lable'")
            .And.Contain(" at tables[0].rows[6].lable (table '二', row 'confirmation')");
    }

    [Fact]
    public void An_extends_cycle_is_refused()
    {
        var first = Write("first.json", $$"""{ "id": "first", "extends": "second.json", {{Name}} }""");
        Write("second.json", $$"""{ "id": "second", "extends": "first.json", {{Name}} }""");

        var act = () => RuleSetLoader.FromFile(first);

        act.Should().Throw<InvalidDataException>().Which.Message.Should().ContainAll("'first'", "extends", "cycle");
    }

    [Fact]
    public void A_file_that_extends_itself_is_refused()
    {
        var file = Write("self.json", $$"""{ "id": "self", "extends": "self.json", {{Name}} }""");

        var act = () => RuleSetLoader.FromFile(file);

        act.Should().Throw<InvalidDataException>().Which.Message.Should().ContainAll("'self'", "cycle");
    }

    [Fact]
    public async Task A_broken_file_given_with_rules_is_a_usage_error_naming_the_file_and_the_entry()
    {
        var file = Write("broken.json", """
            { "id": "broken", "extends": "national-2021", "name": { "zh": "测试", "en": "test" },
              "tables": [ { "id": "三", "rows": [ { "id": "R3.6.4", "label": "4.其他情形", "parent": "R3.9" } ] } ] }
            """);

        var (exit, stdout, stderr) = await GumuTool.RunAsync("check", UserReport, "--rules", file, "--lang", "en");

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--rules").And.Contain(file).And.Contain("row 'R3.6.4'").And.Contain("'R3.9'");
    }

    private string Write(string name, string content)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, content);
        return path;
    }
}
