using System.Text.Json.Nodes;
using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Commands;

/// <summary>
/// The clerk's folder of township submissions: attachments left out by gumu.json's "ignore",
/// accepted findings kept in a baseline, per-township overrides, globs the shell did not expand.
/// </summary>
public sealed class SubmissionsFolderTests : IDisposable
{
    private const string Summary0 = "共检查 3 个文件：3 个通过，0 个有错误，0 个无法读取；错误 0 条，警告 0 条；另有 2 条已被基线接受，未列出。";

    private readonly TempFolder _office = new("submissions");

    public void Dispose() => _office.Dispose();

    [Fact]
    public async Task Done_when_a_folder_with_attachments_checked_with_ignore_and_a_baseline_gives_only_new_findings()
    {
        Submissions();
        Write("gumu.json", """{ "ignore": ["**/附件*", "*.jpg"] }""");

        // First run: every current finding accepted; the attachments are not checked at all.
        var (first, firstOut, firstErr) = await Run("check", "乡镇", "--write-baseline", "gumu-baseline.json");
        firstErr.Should().BeEmpty();
        first.Should().Be(0);
        firstOut.Should().NotContain("附件").And.NotContain(".jpg");
        firstOut.Trim().Split('\n')[^1].Should().Be(Summary0);
        var baseline = JsonNode.Parse(File.ReadAllText(_office.File("gumu-baseline.json")))!;
        baseline["findings"]!.AsArray().Select(f => $"{f!["path"]} {f["ruleId"]}").Should().Equal(
            "乡镇/云秀乡/report.docx GM4001",
            "乡镇/石门镇/report.html GM1004");

        // Next month: 石门镇 edited its page above the accepted finding, 梅岭乡 submitted a new report.
        var shimen = _office.File("乡镇/石门镇/report.html");
        File.WriteAllBytes(shimen, [.. "<!-- revised -->\n\n\n"u8, .. File.ReadAllBytes(shimen)]);
        Copy("samples/structure/lanxi-2018-sections6-7-swapped.html", "乡镇/梅岭乡/report.html");

        var (exit, stdout, stderr) = await Run("check", "乡镇");

        stderr.Should().BeEmpty();
        exit.Should().Be(1);
        var lines = stdout.Trim().Split('\n');
        lines.Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal))
            .Should().ContainSingle().Which.Should().StartWith("乡镇/梅岭乡/report.html(").And.Contain("error GM1002");
        lines[^1].Should().Be("共检查 4 个文件：3 个通过，1 个有错误，0 个无法读取；错误 1 条，警告 0 条；另有 2 条已被基线接受，未列出。");
    }

    [Fact]
    public async Task Suppressed_findings_are_out_of_the_json_counts_and_the_exit_code()
    {
        Submissions();
        Write("gumu.json", """{ "ignore": ["**/附件*", "*.jpg"] }""");
        (await Run("check", "乡镇", "--write-baseline", "gumu-baseline.json")).ExitCode.Should().Be(0);

        var (exit, stdout, _) = await Run("check", "乡镇", "-f", "json");

        exit.Should().Be(0);
        var json = JsonNode.Parse(stdout)!;
        json["files"]!.AsArray().Should().HaveCount(3);
        json["files"]!.AsArray().Should().AllSatisfy(f => f!["findings"]!.AsArray().Should().BeEmpty());
        ((int?)json["summary"]!["errors"]).Should().Be(0);
        ((int?)json["summary"]!["warnings"]).Should().Be(0);
    }

    [Fact]
    public async Task A_baseline_given_with_baseline_is_used_from_any_folder()
    {
        Submissions();
        Write("gumu.json", """{ "ignore": ["**/附件*", "*.jpg"] }""");
        Directory.CreateDirectory(_office.File("accepted"));
        (await Run("check", "乡镇", "--write-baseline", "accepted/2024.json")).ExitCode.Should().Be(0);

        var (without, _, _) = await Run("check", "乡镇");
        var (with, stdout, _) = await Run("check", "乡镇", "--baseline", "accepted/2024.json");

        without.Should().Be(1, "accepted/2024.json is not the default name, so it is only used when given");
        with.Should().Be(0);
        stdout.Trim().Split('\n')[^1].Should().Be(Summary0);
    }

    [Fact]
    public async Task A_broken_baseline_is_one_line_naming_the_key_and_exit_2()
    {
        Submissions();
        Write("gumu-baseline.json", """{ "version": 1, "findings": [ { "path": "a.html", "fingerprint": 7 } ] }""");

        var (exit, stdout, stderr) = await Run("check", "乡镇");

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"{_office.File("gumu-baseline.json")}: findings[0].fingerprint: 应为非空字符串\n");
    }

    [Fact]
    public async Task Without_ignore_the_attachments_are_reported()
    {
        Submissions();

        var (exit, stdout, _) = await Run("check", "乡镇");

        exit.Should().Be(1);
        stdout.Should().Contain("乡镇/兰溪镇/附件1-统计表.png: error GM0002").And.Contain("乡镇/photo.jpg: error GM0002");
    }

    [Fact]
    public async Task A_file_named_on_the_command_line_is_checked_even_if_ignored()
    {
        Submissions();
        Write("gumu.json", """{ "ignore": ["*.jpg"] }""");

        var (exit, stdout, _) = await Run("check", "乡镇/photo.jpg");

        exit.Should().Be(1);
        stdout.Should().StartWith("乡镇/photo.jpg: error GM0002");
    }

    [Fact]
    public async Task Overrides_change_a_rule_for_the_matching_files_only()
    {
        Submissions();
        Copy("samples/structure/lanxi-2018-title-without-agency.docx", "乡镇/梅岭乡/report.docx");
        Write("gumu.json", """
            {
              "ignore": ["**/附件*", "*.jpg"],
              "rules": { "GM4001": "off" },
              "overrides": [
                { "files": ["乡镇/云秀乡/**"], "rules": { "GM4001": "error" } },
                { "files": ["石门镇"], "rules": { "GM1004": "warning" } }
              ]
            }
            """);

        var (exit, stdout, _) = await Run("check", "乡镇");

        exit.Should().Be(1);
        var findings = stdout.Split('\n').Where(l => l.Contains(" GM", StringComparison.Ordinal) && !l.Contains("规则集", StringComparison.Ordinal)).ToList();
        findings.Should().HaveCount(2);
        findings[0].Should().StartWith("乡镇/云秀乡/report.docx(第1段): error GM4001: ");
        findings[1].Should().StartWith("乡镇/石门镇/report.html(84,1): warning GM1004: ");
    }

    [Fact]
    public async Task A_glob_argument_is_expanded_when_the_shell_did_not()
    {
        Submissions();

        var (exit, stdout, _) = await Run("check", "乡镇/**/*.docx", "乡镇/*/report.html");

        exit.Should().Be(1);
        stdout.Split('\n').Where(l => l.EndsWith('）') && l.Contains(": 规则集 ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)])
            .Should().Equal("乡镇/云秀乡/report.docx", "乡镇/兰溪镇/lanxi-2018.docx", "乡镇/石门镇/report.html");
    }

    private void Submissions()
    {
        Copy("samples/compliant/lanxi-2018.docx", "乡镇/兰溪镇/lanxi-2018.docx");
        Copy("samples/input/scan.png", "乡镇/兰溪镇/附件1-统计表.png");
        Copy("samples/structure/lanxi-2018-title-without-agency.docx", "乡镇/云秀乡/report.docx");
        Copy("samples/structure/lanxi-2018-section11-duplicated.html", "乡镇/石门镇/report.html");
        Copy("samples/input/scan.png", "乡镇/photo.jpg");
    }

    private void Copy(string sample, string to)
    {
        var target = _office.File(to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(GumuTool.Root, sample), target, overwrite: true);
    }

    private void Write(string name, string text) => File.WriteAllText(_office.File(name), text);

    private Task<(int ExitCode, string Stdout, string Stderr)> Run(params string[] args) => GumuTool.RunInAsync(_office.Path, args);
}
