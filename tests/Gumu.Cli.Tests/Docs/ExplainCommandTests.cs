using Gumu.Compliance.Rules;

using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Docs;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Prints_the_page_in_English_as_it_is()
    {
        var run = CommandRunner.Run("explain", "GM1001", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(File.ReadAllText(Path.Combine(TestPaths.RulePages, "GM1001.md")).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Puts_the_Chinese_summary_above_the_page_by_default()
    {
        var run = CommandRunner.Run("explain", "GM1005");

        run.ExitCode.Should().Be(0);
        var rule = RuleCatalog.Default["GM1005"];
        run.Output.Should().StartWith($"GM1005 section-empty:{rule.Summary.Zh}(默认级别 warning)\n\n# GM1005 section-empty\n");
    }

    [Theory]
    [InlineData("gm2002")]
    [InlineData("narrative-table-mismatch")]
    [InlineData(" GM2002 ")]
    public void Finds_the_rule_by_id_in_any_case_or_by_name(string rule)
    {
        var run = CommandRunner.Run("explain", rule, "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("# GM2002 narrative-table-mismatch\n");
    }

    [Theory]
    [InlineData("zh", "没有规则“GM9999”;用 gumu rules 查看所有规则。\n")]
    [InlineData("en", "Unknown rule \"GM9999\"; run gumu rules to list every rule.\n")]
    public void An_unknown_rule_is_a_usage_error_on_standard_error(string lang, string message)
    {
        var run = CommandRunner.Run("explain", "GM9999", "--lang", lang);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(message);
    }

    [Fact]
    public void Every_rule_can_be_explained()
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var run = CommandRunner.Run("explain", rule.Id, "--lang", "en");
            run.ExitCode.Should().Be(0, rule.Id);
            run.Output.Should().StartWith($"# {rule.Id} {rule.Name}\n");
        }
    }

    [Fact]
    public void The_rule_argument_is_required()
    {
        CommandRunner.ParseErrors("explain").Should().NotBeEmpty();
    }
}
