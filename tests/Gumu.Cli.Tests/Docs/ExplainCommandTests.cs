using Gumu.Compliance.Findings;
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
    public void Prints_the_Chinese_page_by_default()
    {
        var run = CommandRunner.Run("explain", "GM1005");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Be(File.ReadAllText(Path.Combine(TestPaths.ChineseRulePages, "GM1005.md")).ReplaceLineEndings("\n"));
        run.Output.Should().StartWith("# GM1005 section-empty\n\n**默认级别：** warning");
    }

    [Fact]
    public void Prints_the_Chinese_page_with_lang_zh()
    {
        var run = CommandRunner.Run("explain", "section-missing", "--lang", "zh");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Be(File.ReadAllText(Path.Combine(TestPaths.ChineseRulePages, "GM1001.md")).ReplaceLineEndings("\n"));
        run.Output.Should().Contain("\n## 检查内容\n").And.NotContain("\n## What it checks\n");
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
    [InlineData("zh", "没有规则“GM9999”；用 gumu rules 查看所有规则。\n")]
    [InlineData("en", "Unknown rule \"GM9999\"; run gumu rules to list every rule.\n")]
    public void An_unknown_rule_is_a_usage_error_on_standard_error(string lang, string message)
    {
        var run = CommandRunner.Run("explain", "GM9999", "--lang", lang);

        run.ExitCode.Should().Be(2);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(message);
    }

    [Theory]
    [InlineData("en", "**Default severity:**")]
    [InlineData("zh", "**默认级别：**")]
    public void Every_rule_can_be_explained_in_both_languages(string lang, string severityLabel)
    {
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            var run = CommandRunner.Run("explain", rule.Id, "--lang", lang);
            run.ExitCode.Should().Be(0, rule.Id);
            run.Output.Should().StartWith($"# {rule.Id} {rule.Name}\n\n{severityLabel} {rule.DefaultSeverity.ToName()}");
        }
    }

    [Fact]
    public void The_rule_argument_is_required()
    {
        CommandRunner.ParseErrors("explain").Should().NotBeEmpty();
    }
}
