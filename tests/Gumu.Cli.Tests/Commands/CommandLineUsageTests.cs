using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Commands;

/// <summary>Every misuse of the command line is one clear line on standard error and exit code 2, in the user's language.</summary>
public sealed class CommandLineUsageTests
{
    [Theory]
    [InlineData("未知的选项“--fromat”；是否应为“--format”？", "check", "samples", "--fromat", "json")]
    [InlineData("unknown option '--fromat'; did you mean '--format'?", "check", "samples", "--fromat", "json", "--lang", "en")]
    [InlineData("未知的选项“--quite”；是否应为“--quiet”？", "check", "samples", "--quite")]
    [InlineData("未知的选项“-x”；用 gumu check --help 查看全部选项。", "check", "samples", "-x")]
    [InlineData("未知的命令“chekc”；是否应为“check”？", "chekc", "samples")]
    [InlineData("未知的命令“frobnicate”；可用的命令：check、rules、explain。", "frobnicate")]
    [InlineData("option --lang goes after the command, e.g. gumu check --lang ….", "--lang", "en", "check", "samples")]
    [InlineData("选项 --quiet 应写在命令之后，如 gumu check --quiet …。", "--quiet", "check", "samples")]
    [InlineData("请指定要检查的文件或文件夹（- 表示标准输入）；用 gumu check --help 查看用法。", "check")]
    [InlineData("give the files or folders to check (- reads standard input); see gumu check --help.", "check", "--lang", "en")]
    [InlineData("选项 --format 的值“yaml”无效；可用：text、json、sarif、html、xlsx。", "check", "samples", "-f", "yaml")]
    [InlineData("选项 --format 缺少值；用 gumu check --help 查看用法。", "check", "samples", "--format")]
    [InlineData("--max-warnings 的值“many”无效；应为 0 或正整数。", "check", "samples", "--max-warnings", "many")]
    [InlineData("--max-warnings 的值“-1”无效；应为 0 或正整数。", "check", "samples", "--max-warnings=-1")]
    [InlineData("--stdin-name 只用于从标准输入（-）读取的报告。", "check", "samples", "--stdin-name", "a.html")]
    [InlineData("标准输入（-）只能读取一次。", "check", "-", "-")]
    [InlineData("--format xlsx 输出 Excel 工作簿，请用 --output 指定文件。", "check", "samples", "-f", "xlsx")]
    [InlineData("选项 --format 的值“yaml”无效；可用：text、json。", "rules", "--format", "yaml")]
    [InlineData("缺少参数 <rule>；用 gumu explain --help 查看用法。", "explain")]
    [InlineData("没有与“samples/*.nothing”匹配的文件。", "check", "samples/*.nothing")]
    public async Task A_misuse_is_one_line_and_exit_2(string message, params string[] args)
    {
        var (exit, stdout, stderr) = await GumuTool.RunAsync(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be(message + "\n");
    }

    [Fact]
    public async Task A_bare_gumu_shows_help()
    {
        var (exit, stdout, stderr) = await GumuTool.RunAsync();

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().Contain("check <path>").And.Contain("rules").And.Contain("explain");
    }

    [Fact]
    public async Task Output_into_a_missing_folder_is_refused_before_any_file_is_read()
    {
        using var folder = new TempFolder("output");
        var target = Path.Combine(folder.Path, "no-such-folder", "report.json");

        var (exit, stdout, stderr) = await GumuTool.RunAsync("check", "samples", "-o", target);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"--output：文件夹“{Path.GetDirectoryName(target)}”不存在。\n");
    }

    [Fact]
    public async Task Output_onto_a_folder_is_refused()
    {
        var (exit, _, stderr) = await GumuTool.RunAsync("check", "samples", "--output", "samples", "--lang", "en");

        exit.Should().Be(2);
        stderr.Should().Be("--output: 'samples' is a folder; give a file name.\n");
    }

    [Fact]
    public async Task A_workbook_held_open_by_another_program_is_one_line_and_left_as_it_was()
    {
        using var folder = new TempFolder("locked");
        var workbook = folder.File("结果.xlsx");
        await File.WriteAllBytesAsync(workbook, [1, 2, 3]);

        // Excel holds an open workbook without sharing; FileShare.None does the same here.
        await using (new FileStream(workbook, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var (exit, stdout, stderr) = await GumuTool.RunAsync("check", "samples/compliant/lanxi-2018.docx", "-f", "xlsx", "-o", workbook);

            exit.Should().Be(2);
            stdout.Should().BeEmpty();
            stderr.Should().StartWith($"--output：无法写入“{workbook}”，文件可能正被其他程序打开（如 Excel），请关闭后重试（");
            stderr.Trim().Split('\n').Should().ContainSingle();
        }

        (await File.ReadAllBytesAsync(workbook)).Should().Equal(1, 2, 3);
    }

    [Fact]
    public async Task Short_options_write_the_format_to_the_file()
    {
        using var folder = new TempFolder("short");
        var target = folder.File("r.json");

        var (exit, stdout, _) = await GumuTool.RunAsync("check", "samples/compliant/lanxi-2018.docx", "-f", "json", "-o", target);

        exit.Should().Be(0);
        stdout.Should().BeEmpty();
        (await File.ReadAllTextAsync(target)).Should().StartWith("{").And.Contain("\"schemaVersion\": 1");
    }
}

/// <summary>--quiet, --max-warnings, --statistics and standard input.</summary>
public sealed class CheckOptionsTests
{
    private const string Warning = "samples/structure/lanxi-2018-title-without-agency.docx";
    private const string Error = "samples/structure/lanxi-2018-section11-duplicated.html";

    [Fact]
    public async Task Quiet_reports_errors_only()
    {
        var (exit, stdout, _) = await GumuTool.RunAsync("check", Warning, Error, "-q");

        exit.Should().Be(1);
        stdout.Should().NotContain("GM4001");
        stdout.Should().Contain("error GM1004");
        stdout.Trim().Split('\n')[^1].Should().Be("共检查 2 个文件：1 个通过，1 个有错误，0 个无法读取；错误 1 条，警告 0 条。");
    }

    [Theory]
    [InlineData("0", 1, false)]
    [InlineData("1", 0, false)]
    [InlineData("0", 1, true)]
    public async Task Max_warnings_fails_the_run_when_exceeded(string max, int expected, bool quiet)
    {
        // --quiet hides the warnings from the report, not from the count.
        var (exit, _, stderr) = await GumuTool.RunAsync(["check", Warning, "--max-warnings", max, .. quiet ? (string[])["-q"] : []]);

        exit.Should().Be(expected);
        stderr.Should().Be(expected == 1 ? "警告 1 条，超过了 --max-warnings 允许的 0 条。\n" : string.Empty);
    }

    [Fact]
    public async Task Statistics_count_findings_per_rule_after_the_text_report()
    {
        var (_, stdout, _) = await GumuTool.RunAsync("check", Warning, Error, "samples/structure/lanxi-2018-title-without-agency.pdf", "--statistics");

        stdout.Trim().Split('\n')[^3..].Should().Equal(
            "按规则统计：",
            "2  GM4001  title-malformed（警告，2 个文件）",
            "1  GM1004  section-duplicated（错误，1 个文件）");
    }

    [Fact]
    public async Task Statistics_of_a_json_run_go_to_standard_error_so_the_json_stays_valid()
    {
        var (_, stdout, stderr) = await GumuTool.RunAsync("check", Warning, "--statistics", "-f", "json", "--lang", "en");

        System.Text.Json.JsonDocument.Parse(stdout).Dispose();
        stderr.Should().Be("Findings by rule:\n1  GM4001  title-malformed (warning, 1 file(s))\n");
    }

    [Fact]
    public async Task A_report_on_standard_input_is_checked_under_its_stdin_name()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(GumuTool.Root, Error));

        var (exit, stdout, _) = await GumuTool.RunWithInputAsync(GumuTool.Root, bytes, "check", "-", "--stdin-name", "石门镇/report.html");

        exit.Should().Be(1);
        stdout.Split('\n')[1].Should().Be("石门镇/report.html(84,1): error GM1004: 第11部分“完善公开制度机制建设情况”重复出现");
    }
}
