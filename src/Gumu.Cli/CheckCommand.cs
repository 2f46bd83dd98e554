using System.CommandLine;
using System.Text;
using Gumu.Compliance;
using Gumu.Compliance.Reporting;
using Gumu.Cli.Configuration;

namespace Gumu.Cli;

/// <summary><c>gumu check &lt;path&gt;... [--format] [--output] [--rules] [--lang]</c>.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "报告文件或文件夹（递归检查） / report files or folders (searched recursively)",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "输出格式 / output format: text, json, sarif, html, xlsx (xlsx needs --output)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "html", "xlsx");
        var output = new Option<string?>("--output")
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
        lang.AcceptOnlyFromAmong("zh", "en");
        var split = new Option<bool>("--split")
        {
            Description = "与 --format html 一起用：每个文件单独一页，写入 --output 文件夹 / with --format html: one page per file, written into the --output folder",
        };
        var config = new Option<string?>("--config")
        {
            Description = "配置文件（默认：当前文件夹的 gumu.json） / configuration file (default: ./gumu.json)",
        };

        var command = new Command("check", "检查报告 / check reports") { paths, format, output, rules, lang, config, split };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var flags = new CommandLineSettings(
                RuleSet: parse.GetValue(rules),
                Language: parse.GetValue(lang) switch { "en" => Language.English, "zh" => Language.Chinese, _ => null });
            if (!GumuConfigLoader.TryResolveCheckerOptions(parse.GetValue(config), flags, Directory.GetCurrentDirectory(), Console.Error, out var options))
            {
                return ExitCodes.Usage;
            }

            return await RunAsync(parse.GetValue(paths) ?? [], parse.GetValue(format) ?? "text", parse.GetValue(output), parse.GetValue(split), options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string format, string? outputPath, bool split, ReportCheckerOptions options, CancellationToken cancellationToken)
    {
        var language = options.Check.Language;
        var english = language == Language.English;

        if (format == "xlsx" && outputPath is null)
        {
            await Console.Error.WriteLineAsync(english ? "--format xlsx writes a workbook: give --output FILE." : "--format xlsx 输出 Excel 工作簿，请用 --output 指定文件。").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        if (split && (format != "html" || outputPath is null))
        {
            await Console.Error.WriteLineAsync(english ? "--split writes one HTML page per file: it needs --format html and an --output folder." : "--split 为每个文件单独写一页 HTML，需要 --format html 和 --output 文件夹。").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var (files, missing) = InputDiscovery.Expand(paths);
        foreach (var path in missing)
        {
            await Console.Error.WriteLineAsync((english ? "No such file or folder: " : "找不到文件或文件夹：") + path).ConfigureAwait(false);
        }

        if (missing.Count > 0 || files.Count == 0)
        {
            if (files.Count == 0)
            {
                await Console.Error.WriteLineAsync(english ? "No input files found." : "没有找到要检查的文件。").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        var checker = new ReportChecker(options);

        BatchOutcome outcome;
        using (var bar = ProgressBar.For(files.Count))
        {
            outcome = await new BatchRunner(checker, bar).RunAsync(files, cancellationToken).ConfigureAwait(false);
        }

        var results = outcome.Results;
        var reportFormat = format switch
        {
            "json" => ReportFormat.Json,
            "sarif" => ReportFormat.Sarif,
            "html" => ReportFormat.Html,
            "xlsx" => ReportFormat.Xlsx,
            _ => ReportFormat.Text,
        };
        var run = new ReportWriterOptions { Language = language, CheckDate = FeedbackPages.CheckDate() };
        if (split)
        {
            FeedbackPages.Write(results, outputPath!, run);
        }
        else if (outputPath is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            ReportWriter.Write(results, reportFormat, stdout, run);
        }
        else
        {
            await using var file = File.Create(outputPath);
            ReportWriter.Write(results, reportFormat, file, run);
        }

        if (outcome.NotChecked > 0)
        {
            await Console.Error.WriteLineAsync(english
                ? $"Interrupted: {outcome.NotChecked} file(s) were not checked; the results above cover the finished ones."
                : $"已中断：{outcome.NotChecked} 个文件未检查；以上结果只包括已完成的文件。").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }

        return outcome.HasErrors ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
