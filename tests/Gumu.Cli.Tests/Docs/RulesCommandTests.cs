using System.Text.Json;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.Docs;

public sealed class RulesCommandTests
{
    [Fact]
    public void Text_lists_every_rule_in_id_order_with_name_severity_and_Chinese_summary()
    {
        var run = CommandRunner.Run("rules");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(RuleCatalog.Default.Rules.Count);
        foreach (var (line, rule) in lines.Zip(RuleCatalog.Default.Rules))
        {
            var columns = line.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            columns.Should().Equal(rule.Id, rule.Name, rule.DefaultSeverity.ToName(), rule.Summary.Zh);
        }
    }

    [Fact]
    public void Text_columns_line_up()
    {
        var lines = CommandRunner.Run("rules").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Select(l => l.IndexOf(" error ", StringComparison.Ordinal) is var e and >= 0 ? e : l.IndexOf(" warning ", StringComparison.Ordinal))
            .Distinct().Should().ContainSingle("the severity column starts at the same place on every line");
    }

    [Fact]
    public void Text_in_English_uses_the_English_summaries()
    {
        var run = CommandRunner.Run("rules", "--lang", "en");

        run.Output.Should().Contain("GM1001  section-missing").And.Contain(RuleCatalog.Default["GM1001"].Summary.En);
        run.Output.Should().NotContain(RuleCatalog.Default["GM1001"].Summary.Zh);
    }

    [Fact]
    public void Json_holds_every_rule_of_the_catalog()
    {
        var run = CommandRunner.Run("rules", "--format", "json", "--lang", "en");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Output);
        var root = document.RootElement;
        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        root.GetProperty("language").GetString().Should().Be("en");
        var rules = root.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(RuleCatalog.Default.Rules.Select(r => r.Id));
        foreach (var (json, rule) in rules.Zip(RuleCatalog.Default.Rules))
        {
            json.GetProperty("name").GetString().Should().Be(rule.Name);
            json.GetProperty("defaultSeverity").GetString().Should().Be(rule.DefaultSeverity.ToName());
            json.GetProperty("summary").GetString().Should().Be(rule.Summary.En);
            json.GetProperty("category").GetString().Should().Be(RulesCommand.Category(rule.Id));
        }
    }

    [Fact]
    public void Json_keeps_Chinese_readable()
    {
        var run = CommandRunner.Run("rules", "--format", "json");

        run.Output.Should().Contain(RuleCatalog.Default["GM1001"].Summary.Zh).And.NotContain("\\u");
    }

    [Theory]
    [InlineData("GM0001", "input")]
    [InlineData("GM1008", "structure")]
    [InlineData("GM2005", "figures")]
    [InlineData("GM3001", "review-litigation")]
    [InlineData("GM4003", "dates-metadata")]
    public void Categories_follow_the_id_ranges(string id, string category)
    {
        RulesCommand.Category(id).Should().Be(category);
    }

    [Theory]
    [InlineData("rules", "--format", "sarif")]
    [InlineData("rules", "--lang", "fr")]
    public void Unsupported_values_are_usage_errors(params string[] args)
    {
        CommandRunner.ParseErrors(args).Should().NotBeEmpty();
    }
}
