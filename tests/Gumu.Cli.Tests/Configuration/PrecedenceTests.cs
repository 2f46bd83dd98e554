using System.Text;
using System.Text.Json.Nodes;
using Gumu.Cli.Configuration;
using Gumu.Cli.Tests.Docs;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Configuration;

/// <summary>
/// The precedence docs/configuration.md documents: a command-line flag beats gumu.json, gumu.json
/// beats the rule set, the rule set beats the catalog's defaults — checked on the options and on
/// real findings.
/// </summary>
public sealed class PrecedenceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Without_configuration_or_flags_the_defaults_apply()
    {
        var options = GumuConfigLoader.ToCheckerOptions(GumuConfig.Empty, new CommandLineSettings(), _folder.Path);

        options.RuleSet.Should().BeNull("null chooses the rule set per report (auto)");
        options.Check.Language.Should().Be(Language.Chinese);
        options.Check.SeverityOverrides.Should().BeEmpty();
        options.Check.Deadline.Should().BeNull();
    }

    [Fact]
    public void The_configuration_sets_what_no_flag_sets()
    {
        var config = Config("{ \"ruleSet\": \"yunnan-2018\", \"lang\": \"en\", \"deadline\": \"2019-01-31\", \"rules\": { \"GM1003\": \"off\" } }");

        var options = GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(), _folder.Path);

        options.RuleSet!.Id.Should().Be("yunnan-2018");
        options.Check.Language.Should().Be(Language.English);
        options.Check.Deadline.Should().Be(new DateOnly(2019, 1, 31));
        options.Check.SeverityOverrides.Should().ContainKey("GM1003").WhoseValue.Should().BeNull();
    }

    [Fact]
    public void Deadlines_by_kind_of_issuing_body_and_years_pinned_to_rule_sets_reach_the_options()
    {
        var config = Config("{ \"deadlines\": { \"township\": \"{Y+1}-01-26\", \"government\": \"2026-03-20\" }, \"ruleSetsByYear\": { \"2017-2018\": \"national-pre2019\" } }");

        var options = GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(), _folder.Path);

        options.Check.DeadlinesByIssuerKind.Should().BeEquivalentTo(new Dictionary<string, string> { ["township"] = "{Y+1}-01-26", ["government"] = "2026-03-20" });
        options.RuleSet.Should().BeNull("the rule set is still chosen per report");
        options.RuleSetsByYear.Keys.Should().Equal(2017, 2018);
        options.RuleSetsByYear.Values.Select(r => r.Id).Should().AllBe("national-pre2019");
    }

    [Theory]
    [InlineData("{ \"deadlines\": { \"county\": \"{Y+1}-03-31\" } }", "deadlines.county")]
    [InlineData("{ \"deadlines\": { \"township\": \"January\" } }", "deadlines.township")]
    [InlineData("{ \"deadlines\": [] }", "deadlines")]
    [InlineData("{ \"ruleSetsByYear\": { \"18\": \"yunnan-2018\" } }", "ruleSetsByYear.18")]
    [InlineData("{ \"ruleSetsByYear\": { \"2018\": \"auto\" } }", "ruleSetsByYear.2018")]
    [InlineData("{ \"ruleSetsByYear\": { \"2018-2019\": \"yunnan-2018\", \"2019\": \"national-2019\" } }", "ruleSetsByYear.2019")]
    public void Bad_deadlines_and_year_mappings_are_errors_naming_the_key(string json, string key)
    {
        var act = () => GumuConfigLoader.Parse(json, _folder.Combine("cfg", "gumu.json"));

        act.Should().Throw<GumuConfigException>().Which.Key.Should().Be(key);
    }

    [Fact]
    public void The_lang_flag_beats_the_configuration()
    {
        var config = Config("{ \"lang\": \"en\" }");

        GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(Language: Language.Chinese), _folder.Path)
            .Check.Language.Should().Be(Language.Chinese);
    }

    [Fact]
    public void The_rules_flag_beats_the_configuration_and_replaces_only_the_rule_set()
    {
        WriteRuleSet(Path.Combine("cfg", "sets", "qingshan.json"), "qingshan-test", severities: new());
        var config = Config("{ \"ruleSet\": \"sets/qingshan.json\", \"deadline\": \"2019-01-31\", \"rules\": { \"GM1003\": \"off\" } }");

        var options = GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(RuleSet: "yunnan-2018"), _folder.Path);

        options.RuleSet!.Id.Should().Be("yunnan-2018");
        options.Check.Deadline.Should().Be(new DateOnly(2019, 1, 31), "a flag replaces only its own setting");
        options.Check.SeverityOverrides.Should().ContainKey("GM1003");
    }

    [Fact]
    public void A_relative_ruleSet_in_the_file_is_resolved_against_the_file_s_folder()
    {
        WriteRuleSet(Path.Combine("cfg", "sets", "qingshan.json"), "qingshan-test", severities: new());
        var config = Config("{ \"ruleSet\": \"sets/qingshan.json\" }");
        Directory.CreateDirectory(_folder.Combine("elsewhere"));

        var options = GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(), _folder.Combine("elsewhere"));

        options.RuleSet!.Id.Should().Be("qingshan-test");
    }

    [Fact]
    public void A_relative_rules_flag_is_resolved_against_the_current_folder()
    {
        WriteRuleSet(Path.Combine("work", "qingshan.json"), "qingshan-test", severities: new());

        var options = GumuConfigLoader.ToCheckerOptions(GumuConfig.Empty, new CommandLineSettings(RuleSet: "qingshan.json"), _folder.Combine("work"));

        options.RuleSet!.Id.Should().Be("qingshan-test");
    }

    [Fact]
    public void A_ruleSet_that_is_neither_built_in_nor_a_file_is_an_error_naming_the_key()
    {
        var config = Config("{ \"ruleSet\": \"yunnan-2019\" }");

        var act = () => GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(), _folder.Path);

        var error = act.Should().Throw<GumuConfigException>().Which;
        error.Origin.Should().Be(config.SourcePath);
        error.Key.Should().Be("ruleSet");
        error.Text.En.Should().Be($"\"yunnan-2019\" is not a built-in rule set (built-in: {string.Join(", ", Gumu.Compliance.Rules.RuleSetLoader.BuiltInNames)}) and there is no rule-set file {_folder.Combine("cfg", "yunnan-2019")}");
    }

    [Fact]
    public void An_invalid_rule_set_file_is_an_error_naming_the_key()
    {
        _folder.Write(Path.Combine("cfg", "broken.json"), "{ \"id\": \"broken\" }");
        var config = Config("{ \"ruleSet\": \"broken.json\" }");

        var act = () => GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(), _folder.Path);

        var error = act.Should().Throw<GumuConfigException>().Which;
        error.Key.Should().Be("ruleSet");
        error.Text.En.Should().StartWith($"the rule-set file {_folder.Combine("cfg", "broken.json")} is not valid: ");
    }

    [Fact]
    public void An_unknown_rules_flag_is_an_error_naming_the_flag()
    {
        var act = () => GumuConfigLoader.ToCheckerOptions(GumuConfig.Empty, new CommandLineSettings(RuleSet: "yunnan-2019"), _folder.Path);

        var error = act.Should().Throw<GumuConfigException>().Which;
        error.Origin.Should().Be("--rules");
        error.Key.Should().BeNull();
        error.Format(Language.English).Should().StartWith("--rules: \"yunnan-2019\" is not a built-in rule set");
    }

    [Fact]
    public void A_built_in_name_wins_over_a_file_of_the_same_name_and_a_path_reaches_the_file()
    {
        WriteRuleSet(Path.Combine("work", "yunnan-2018"), "shadow", severities: new());

        GumuConfigLoader.ToCheckerOptions(GumuConfig.Empty, new CommandLineSettings(RuleSet: "yunnan-2018"), _folder.Combine("work"))
            .RuleSet!.Id.Should().Be("yunnan-2018");
        GumuConfigLoader.ToCheckerOptions(GumuConfig.Empty, new CommandLineSettings(RuleSet: "./yunnan-2018"), _folder.Combine("work"))
            .RuleSet!.Id.Should().Be("shadow");
    }

    [Fact]
    public async Task Findings_have_the_catalog_severity_without_configuration()
    {
        var findings = await Check(GumuConfig.Empty);

        findings.Should().ContainSingle(f => f.RuleId == "GM1003").Which.Severity.Should().Be(Severity.Warning);
    }

    [Fact]
    public async Task The_rule_set_s_severities_beat_the_catalog()
    {
        WriteRuleSet(Path.Combine("cfg", "strict.json"), "strict", severities: new() { ["GM1003"] = "error" });

        var findings = await Check(Config("{ \"ruleSet\": \"strict.json\" }"));

        findings.Should().ContainSingle(f => f.RuleId == "GM1003").Which.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public async Task The_configuration_s_rules_beat_the_rule_set_s_severities()
    {
        WriteRuleSet(Path.Combine("cfg", "strict.json"), "strict", severities: new() { ["GM1003"] = "error" });

        var findings = await Check(Config("{ \"ruleSet\": \"strict.json\", \"rules\": { \"GM1003\": \"info\" } }"));

        findings.Should().ContainSingle(f => f.RuleId == "GM1003").Which.Severity.Should().Be(Severity.Info);
    }

    [Fact]
    public async Task Off_in_the_configuration_switches_the_rule_off()
    {
        var findings = await Check(Config("{ \"rules\": { \"GM1003\": \"off\" } }"));

        findings.Should().NotContain(f => f.RuleId == "GM1003");
    }

    [Fact]
    public async Task The_configuration_s_deadline_beats_the_rule_set_s()
    {
        (await Check(GumuConfig.Empty)).Should().NotContain(f => f.RuleId == "GM4003", "2019-02-15 is before the rule set's 2019-03-31");

        var findings = await Check(Config("{ \"deadline\": \"2019-01-31\" }"));

        findings.Should().ContainSingle(f => f.RuleId == "GM4003").Which.Message.Should().Be("发布日期 2019-02-15 晚于规定期限 2019-01-31");
    }

    [Fact]
    public async Task The_lang_flag_beats_the_configuration_s_lang_in_messages()
    {
        var config = Config("{ \"lang\": \"zh\" }");

        var findings = await Check(config, new CommandLineSettings(Language: Language.English));

        findings.Should().ContainSingle(f => f.RuleId == "GM1003").Which.Message.Should().StartWith("Section 8 heading");
    }

    [Fact]
    public void A_ruleSet_of_auto_chooses_per_report()
    {
        var options = GumuConfigLoader.ToCheckerOptions(Config("{ \"ruleSet\": \"auto\" }"), new CommandLineSettings(), _folder.Path);

        options.RuleSet.Should().BeNull("null chooses the rule set per report");
    }

    [Fact]
    public void RuleSetsByYear_pins_every_year_of_a_range_with_paths_relative_to_the_file()
    {
        _folder.Write(Path.Combine("cfg", "sets", "qingfeng-2023.json"), File.ReadAllText(Path.Combine(TestPaths.RuleSetFixtures, "qingfeng-2023.json")));
        var config = Config("{ \"ruleSetsByYear\": { \"2018\": \"yunnan-2018\", \"2023-2025\": \"sets/qingfeng-2023.json\" } }");
        Directory.CreateDirectory(_folder.Combine("elsewhere"));

        var options = GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(), _folder.Combine("elsewhere"));

        options.RuleSet.Should().BeNull();
        options.RuleSetsByYear.Keys.Should().BeEquivalentTo([2018, 2023, 2024, 2025]);
        options.RuleSetsByYear[2018].Id.Should().Be("yunnan-2018");
        options.RuleSetsByYear[2024].Id.Should().Be("qingfeng-2023");
    }

    [Fact]
    public void A_year_pinned_to_an_unknown_rule_set_is_an_error_naming_the_year()
    {
        var config = Config("{ \"ruleSetsByYear\": { \"2019-2020\": \"national-2020\" } }");

        var act = () => GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(), _folder.Path);

        var error = act.Should().Throw<GumuConfigException>().Which;
        error.Key.Should().Be("ruleSetsByYear.2019-2020");
        error.Text.En.Should().StartWith("\"national-2020\" is not a built-in rule set");
    }

    [Fact]
    public async Task A_report_of_a_pinned_year_is_checked_against_the_pinned_rule_set_and_says_why()
    {
        _folder.Write(Path.Combine("cfg", "qingfeng-2023.json"), File.ReadAllText(Path.Combine(TestPaths.RuleSetFixtures, "qingfeng-2023.json")));
        var config = Config("{ \"ruleSetsByYear\": { \"2023-2030\": \"qingfeng-2023.json\" } }");
        var report = Path.Combine(TestPaths.RuleSetFixtures, "qingfeng-2023-qinglin.txt");

        var pinned = await new ReportChecker(GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(), _folder.Path)).CheckFileAsync(report);
        var byFlag = await new ReportChecker(GumuConfigLoader.ToCheckerOptions(config, new CommandLineSettings(RuleSet: "national-2021"), _folder.Path)).CheckFileAsync(report);

        pinned.RuleSet.Should().Be("qingfeng-2023");
        pinned.RuleSetReason.Should().StartWith("报告年度 2023（标题），按配置指定的规则集");
        pinned.Findings.Should().BeEmpty();
        byFlag.RuleSet.Should().Be("national-2021", "--rules NAME wins over ruleSetsByYear");
        byFlag.RuleSetReason.Should().BeNull("a rule set named on the command line needs no reason");
    }

    private GumuConfig Config(string json) => GumuConfigLoader.Load(_folder.Write(Path.Combine("cfg", "gumu.json"), json));

    private void WriteRuleSet(string relativePath, string id, Dictionary<string, string> severities)
    {
        var set = JsonNode.Parse(File.ReadAllText(TestPaths.BuiltInRuleSet))!.AsObject();
        set["id"] = id;
        var node = new JsonObject();
        foreach (var (rule, severity) in severities)
        {
            node[rule] = severity;
        }

        set["severities"] = node;
        _folder.Write(relativePath, set.ToJsonString());
    }

    private async Task<IReadOnlyList<Finding>> Check(GumuConfig config, CommandLineSettings? flags = null)
    {
        var options = GumuConfigLoader.ToCheckerOptions(config, flags ?? new CommandLineSettings(), _folder.Path);
        using var report = new MemoryStream(Encoding.UTF8.GetBytes(ShimenReport.WithVariantTitleInSection8));
        var result = await new ReportChecker(options).CheckAsync(report, "shimen-2018.txt");
        return result.Findings;
    }
}
