using System.Text;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Tests.Rules;

public sealed class SeverityTests
{
    private static readonly RuleSet Yunnan = RuleSetLoader.BuiltIn("yunnan-2018");

    [Fact]
    public void The_catalog_default_applies_without_overrides() =>
        CheckOptions.Default.EffectiveSeverity("GM1003", Yunnan).Should().Be(Severity.Warning);

    [Fact]
    public void The_rule_set_overrides_the_catalog_and_the_options_override_the_rule_set()
    {
        var set = Yunnan with { Severities = new Dictionary<string, string> { ["GM1003"] = "error", ["GM1005"] = "off" } };
        var options = new CheckOptions { SeverityOverrides = new Dictionary<string, Severity?> { ["GM1005"] = Severity.Info } };

        CheckOptions.Default.EffectiveSeverity("GM1003", set).Should().Be(Severity.Error);
        CheckOptions.Default.EffectiveSeverity("GM1005", set).Should().BeNull();
        options.EffectiveSeverity("GM1005", set).Should().Be(Severity.Info);
    }

    [Fact]
    public void Input_rules_are_never_switched_off()
    {
        var options = new CheckOptions { SeverityOverrides = new Dictionary<string, Severity?> { ["GM0002"] = null } };

        options.EffectiveSeverity("GM0002", Yunnan).Should().Be(Severity.Error);
    }

    [Fact]
    public void A_rule_set_that_switches_off_an_input_rule_is_rejected()
    {
        var json = """
            { "id": "x", "name": { "zh": "x", "en": "x" }, "titlePhrase": "年度报告",
              "severities": { "GM0001": "off" },
              "sections": [ { "number": 1, "title": "总体情况" } ] }
            """;

        var load = () => RuleSetLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        load.Should().Throw<InvalidDataException>().WithMessage("*GM0001 cannot be switched off*");
    }
}
