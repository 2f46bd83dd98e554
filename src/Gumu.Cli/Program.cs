using System.CommandLine;
using System.Text;
using Gumu.Cli.CommandLine;

namespace Gumu.Cli;

/// <summary>The <c>gumu</c> command line: argument parsing and exit codes only; the work is in the library.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var language = UsageLanguage.Of(args, Directory.GetCurrentDirectory());
        UsageLanguage.Apply(language);
        var root = new RootCommand("gumu — 政府信息公开工作年度报告检查工具 / checks government information disclosure annual reports")
        {
            CheckCommand.Create(language),
            RulesCommand.Create(language),
            ExplainCommand.Create(language),
        };

        // A bare "gumu" is someone finding their way: show what there is.
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (UsageErrors.Describe(parse, language) is { } problem)
        {
            await Console.Error.WriteLineAsync(Gumu.Compliance.Reporting.OutputText.ForTerminal(problem)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync().ConfigureAwait(false);
    }
}

/// <summary>The exit codes of contract.md.</summary>
internal static class ExitCodes
{
    /// <summary>No error-level finding.</summary>
    public const int Clean = 0;

    /// <summary>At least one error-level finding.</summary>
    public const int Findings = 1;

    /// <summary>Usage error or no input found.</summary>
    public const int Usage = 2;

    /// <summary>Stopped with Ctrl+C before every file was checked (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
