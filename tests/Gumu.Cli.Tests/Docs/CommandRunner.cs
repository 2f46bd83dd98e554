using System.CommandLine;

namespace Gumu.Cli.Tests.Docs;

/// <summary>Runs the documentation commands as the tool's root command would, capturing both streams.</summary>
internal static class CommandRunner
{
    public static CommandRun Run(params string[] args)
    {
        var root = new RootCommand("gumu") { RulesCommand.Create(), ExplainCommand.Create() };
        var parse = root.Parse(args);
        parse.Errors.Should().BeEmpty("the arguments {0} should parse", string.Join(' ', args));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CommandRun(exit, output.ToString(), error.ToString());
    }

    public static IReadOnlyList<string> ParseErrors(params string[] args)
    {
        var root = new RootCommand("gumu") { RulesCommand.Create(), ExplainCommand.Create() };
        return root.Parse(args).Errors.Select(e => e.Message).ToList();
    }
}

internal sealed record CommandRun(int ExitCode, string Output, string Error);
