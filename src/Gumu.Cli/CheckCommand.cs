using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using Gumu.Cli.Baseline;
using Gumu.Cli.CommandLine;
using Gumu.Cli.Configuration;
using Gumu.Compliance;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Reporting;

namespace Gumu.Cli;

/// <summary><c>gumu check &lt;path&gt;... [--format] [--output] [--rules] [--lang] …</c>.</summary>
internal static class CheckCommand
{
    /// <summary>The path argument that means standard input.</summary>
    public const string StandardInput = "-";

    public static Command Create(Language language)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "报告文件、文件夹（递归检查）或通配符（如 乡镇/*.docx）；- 表示标准输入 / report files, folders (searched recursively) or globs (e.g. towns/*.docx); - reads standard input",
            Arity = ArgumentArity.OneOrMore,

            // A token that looks like an option is never a path: left unmatched, it is reported
            // as an unknown option ("--fromat") instead of being checked as a file.
            CustomParser = OnlyPaths,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "输出格式 / output format: text, json, sarif, html, xlsx (xlsx needs --output)",
            DefaultValueFactory = _ => "text",
        };
        UsageText.AcceptOnly(format, language, "text", "json", "sarif", "html", "xlsx");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "写入文件而非标准输出 / write to this file instead of standard output",
        };
        var rules = new Option<string?>("--rules")
        {
            Description = "规则集：auto（按每份报告的年度和格式选择，默认）、内置规则集名称或规则集文件 / rule set: auto (chosen per report from its year and format; the default), a built-in rule set's name, or a rule-set file",
        };
        var lang = new Option<string?>("--lang")
        {
            Description = "消息语言（默认 zh） / message language: zh (default), en",
        };
        UsageText.AcceptOnly(lang, language, "zh", "en");
        var config = new Option<string?>("--config")
        {
            Description = "配置文件（默认：当前文件夹的 gumu.json） / configuration file (default: ./gumu.json)",
        };
        var split = new Option<bool>("--split")
        {
            Description = "与 --format html 一起用：每个文件单独一页，写入 --output 文件夹 / with --format html: one page per file, written into the --output folder",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "只报告错误，不报告警告和提示 / report errors only, no warnings or infos",
        };
        var maxWarnings = new Option<int?>("--max-warnings")
        {
            Description = "警告超过 N 条时以退出码 1 结束 / exit with 1 when there are more than N warnings",
            HelpName = "N",
            CustomParser = result => ParseCount(result, language),
        };
        var statistics = new Option<bool>("--statistics")
        {
            Description = "列出每条规则的问题数 / list how many findings each rule gave",
        };
        var stdinName = new Option<string?>("--stdin-name")
        {
            Description = "从标准输入（-）读取的报告在输出中的名称 / the name shown for the report read from standard input (-)",
            HelpName = "NAME",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "基线文件（默认：gumu.json 旁的 gumu-baseline.json）；其中的问题不再报告 / baseline file (default: gumu-baseline.json beside gumu.json); its findings are not reported again",
            HelpName = "FILE",
        };
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "把本次的全部问题记入基线文件 / record every current finding in this baseline file",
            HelpName = "FILE",
        };

        var command = new Command("check", "检查报告 / check reports")
        {
            paths, format, output, rules, lang, config, quiet, maxWarnings, statistics, stdinName, baseline, writeBaseline, split,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cwd = Directory.GetCurrentDirectory();
            var flags = new CommandLineSettings(
                RuleSet: parse.GetValue(rules),
                Language: parse.GetValue(lang) switch { "en" => Language.English, "zh" => Language.Chinese, _ => null });
            var settings = new RunSettings(
                Paths: parse.GetValue(paths) ?? [],
                Format: parse.GetValue(format) ?? "text",
                Output: parse.GetValue(output),
                Quiet: parse.GetValue(quiet),
                MaxWarnings: parse.GetValue(maxWarnings),
                Statistics: parse.GetValue(statistics),
                StdinName: parse.GetValue(stdinName),
                WriteBaseline: parse.GetValue(writeBaseline),
                Split: parse.GetValue(split));

            GumuConfig gumuConfig;
            ReportCheckerOptions options;
            FindingBaseline? accepted;
            try
            {
                gumuConfig = GumuConfigLoader.Resolve(parse.GetValue(config), cwd);
                options = GumuConfigLoader.ToCheckerOptions(gumuConfig, flags, cwd);
                accepted = FindingBaseline.Resolve(parse.GetValue(baseline), gumuConfig, cwd);
            }
            catch (GumuConfigException e)
            {
                await Console.Error.WriteLineAsync(e.Format(flags.Language ?? language)).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            return await RunAsync(settings, gumuConfig, options, accepted, cwd, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static string[] OnlyPaths(ArgumentResult result)
    {
        var paths = new List<string>();
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length > 1 && token.Value[0] == '-')
            {
                result.OnlyTake(paths.Count);
                break;
            }

            paths.Add(token.Value);
        }

        return [.. paths];
    }

    private static int? ParseCount(ArgumentResult result, Language language)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        result.AddError(UsageText.Of(language,
            $"--max-warnings 的值“{text}”无效；应为 0 或正整数。",
            $"'{text}' is not a valid value for --max-warnings; give 0 or a positive whole number."));
        return null;
    }

    private sealed record RunSettings(
        string[] Paths, string Format, string? Output, bool Quiet, int? MaxWarnings, bool Statistics, string? StdinName, string? WriteBaseline, bool Split);

    private static async Task<int> RunAsync(
        RunSettings settings, GumuConfig config, ReportCheckerOptions options, FindingBaseline? baseline, string cwd, CancellationToken cancellationToken)
    {
        var language = options.Check.Language;
        var error = Console.Error;
        var stdinCount = settings.Paths.Count(p => p == StandardInput);
        var misuse =
            settings.Format == "xlsx" && settings.Output is null
                ? UsageText.Of(language, "--format xlsx 输出 Excel 工作簿，请用 --output 指定文件。", "--format xlsx writes a workbook: give --output FILE.")
            : settings.Split && (settings.Format != "html" || settings.Output is null)
                ? UsageText.Of(language, "--split 为每个文件单独写一页 HTML，需要 --format html 和 --output 文件夹。", "--split writes one HTML page per file: it needs --format html and an --output folder.")
            : stdinCount > 1
                ? UsageText.Of(language, "标准输入（-）只能读取一次。", "standard input (-) can be read only once.")
            : settings.StdinName is not null && stdinCount == 0
                ? UsageText.Of(language, "--stdin-name 只用于从标准输入（-）读取的报告。", "--stdin-name names the report read from standard input (-); give - as a path.")
            : null;
        if (misuse is not null)
        {
            await error.WriteLineAsync(misuse).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // Everything the run writes is opened before anything is read.
        // With --split, --output is the folder the pages are written into.
        using var output = settings.Split ? null : OpenTarget(settings.Output, "--output", language);
        using var baselineOutput = OpenTarget(settings.WriteBaseline, "--write-baseline", language);
        if ((settings.Output is not null && output is null && !settings.Split) || (settings.WriteBaseline is not null && baselineOutput is null))
        {
            return ExitCodes.Usage;
        }

        var baseDirectory = config.BaseDirectory ?? cwd;
        var ownFiles = new[] { config.SourcePath, output?.FullPath, baselineOutput?.FullPath, baseline?.SourcePath }
            .OfType<string>().ToList();
        var selection = InputSelector.Select(
            settings.Paths.Where(p => p != StandardInput).ToList(), new PathGlobs(config.Ignore), baseDirectory, ownFiles);
        foreach (var path in selection.Missing)
        {
            await error.WriteLineAsync(UsageText.Of(language, "找不到文件或文件夹：", "No such file or folder: ") + OutputText.ForTerminal(path)).ConfigureAwait(false);
        }

        foreach (var glob in selection.UnmatchedGlobs)
        {
            await error.WriteLineAsync(UsageText.Of(language, $"没有与“{glob}”匹配的文件。", $"No file matches '{glob}'.")).ConfigureAwait(false);
        }

        if (selection.Missing.Count > 0 || selection.UnmatchedGlobs.Count > 0)
        {
            return ExitCodes.Usage;
        }

        if (selection.Files.Count == 0 && stdinCount == 0)
        {
            await error.WriteLineAsync(UsageText.Of(language, "没有找到要检查的文件。", "No input files found.")).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var checker = new ReportChecker(options);
        BatchOutcome outcome;
        using (var bar = ProgressBar.For(selection.Files.Count))
        {
            outcome = await new BatchRunner(checker, bar).RunAsync(selection.Files, cancellationToken).ConfigureAwait(false);
        }

        // Each result with the file's full path, in input order; standard input where "-" stood.
        var fullPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in selection.Files)
        {
            fullPaths.TryAdd(file.DisplayPath, file.FullPath);
        }

        var checkedFiles = outcome.Results.Select(r => (Result: r, FullPath: fullPaths.GetValueOrDefault(r.Path))).ToList();
        if (stdinCount == 1 && outcome.NotChecked == 0)
        {
            var name = settings.StdinName ?? StandardInput;
            await using var stdin = Console.OpenStandardInput();
            var result = await checker.CheckAsync(stdin, name, cancellationToken).ConfigureAwait(false);
            var before = settings.Paths.TakeWhile(p => p != StandardInput).ToList();
            var position = before.Count == 0 ? 0 : InputSelector.Select(before, new PathGlobs(config.Ignore), baseDirectory, ownFiles).Files.Count;
            checkedFiles.Insert(Math.Min(position, checkedFiles.Count), (result, settings.StdinName is null ? null : Path.GetFullPath(name, cwd)));
        }

        var fileRules = new FileRules(config, cwd);
        checkedFiles = checkedFiles.Select(c => (fileRules.Apply(c.Result, c.FullPath), c.FullPath)).ToList();
        // A stopped run has not seen every file: its baseline would drop their accepted findings.
        if (baselineOutput is not null && outcome.NotChecked == 0)
        {
            var folder = Path.GetDirectoryName(baselineOutput.FullPath)!;
            baselineOutput.Write(stream => FindingBaseline.Write(stream, folder, checkedFiles));
            baseline = FindingBaseline.Of(baselineOutput.FullPath, checkedFiles);
        }

        if (baseline is not null)
        {
            var accepted = baseline;
            checkedFiles = checkedFiles.Select(c => (accepted.Apply(c.Result, c.FullPath), c.FullPath)).ToList();
        }

        var results = checkedFiles.Select(c => settings.Quiet ? c.Result with { Findings = [.. c.Result.Findings.Where(f => f.Severity == Severity.Error)] } : c.Result).ToList();
        if (!await WriteReportAsync(results, settings, language, output).ConfigureAwait(false))
        {
            return ExitCodes.Usage;
        }

        if (outcome.NotChecked > 0)
        {
            await error.WriteLineAsync(UsageText.Of(language,
                $"已中断：{outcome.NotChecked} 个文件未检查；以上结果只包括已完成的文件。",
                $"Interrupted: {outcome.NotChecked} file(s) were not checked; the results above cover the finished ones.")).ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }

        if (results.Any(r => r.HasErrors))
        {
            return ExitCodes.Findings;
        }

        // Counted before --quiet leaves warnings out of the report.
        var warnings = checkedFiles.Sum(c => c.Result.Findings.Count(f => f.Severity == Severity.Warning));
        if (settings.MaxWarnings is { } max && warnings > max)
        {
            await error.WriteLineAsync(UsageText.Of(language,
                $"警告 {warnings} 条，超过了 --max-warnings 允许的 {max} 条。",
                $"{warnings} warning(s), more than the {max} --max-warnings allows.")).ConfigureAwait(false);
            return ExitCodes.Findings;
        }

        return ExitCodes.Clean;
    }

    private static OutputTarget? OpenTarget(string? path, string option, Language language)
    {
        if (path is null)
        {
            return null;
        }

        var target = OutputTarget.TryOpen(path, option, language, out var problem);
        if (problem is not null)
        {
            Console.Error.WriteLine(problem);
        }

        return target;
    }

    private static async Task<bool> WriteReportAsync(IReadOnlyList<FileCheckResult> results, RunSettings settings, Language language, OutputTarget? target)
    {
        var format = settings.Format switch
        {
            "json" => ReportFormat.Json,
            "sarif" => ReportFormat.Sarif,
            "html" => ReportFormat.Html,
            "xlsx" => ReportFormat.Xlsx,
            _ => ReportFormat.Text,
        };
        var run = new ReportWriterOptions { Language = language, CheckDate = FeedbackPages.CheckDate() };
        var text = settings.Format == "text";
        void Write(Stream stream)
        {
            ReportWriter.Write(results, format, stream, run);
            if (settings.Statistics && text)
            {
                using var statistics = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                RuleStatistics.Write(statistics, results, language);
            }
        }

        try
        {
            if (settings.Split)
            {
                FeedbackPages.Write(results, settings.Output!, run);
            }
            else if (target is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                Write(stdout);
            }
            else
            {
                target.Write(Write);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(UsageText.Of(language, $"写入结果失败：{e.Message}", $"Could not write the results: {e.Message}")).ConfigureAwait(false);
            return false;
        }

        if (settings.Statistics && !text)
        {
            // The report itself stays valid JSON/SARIF/HTML/XLSX; the counts go to the terminal.
            RuleStatistics.Write(Console.Error, results, language);
        }

        return true;
    }
}
