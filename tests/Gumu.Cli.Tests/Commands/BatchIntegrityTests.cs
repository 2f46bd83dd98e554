using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Tests.Commands;

/// <summary>
/// A clerk's folder or a portal's upload area as it really is: named pipes, sockets, symbolic
/// links (to the folder itself, out of it, nowhere), unreadable sub-folders. Every entry is
/// accounted for exactly once, nothing outside the folder is read, and nothing hangs.
/// </summary>
public sealed class BatchIntegrityTests : IDisposable
{
    private static readonly string Report = Path.Combine(TestPaths.Samples, "compliant", "lanxi-2018.txt");

    private readonly TempFolder _temp = new("batch-integrity");

    // .NET removes a socket's file when the socket is closed: it stays open for the test.
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public void Dispose()
    {
        _socket.Dispose();
        _temp.Dispose();
    }

    [UnixFact]
    public void Special_files_and_links_are_listed_once_each_and_links_are_judged_by_where_they_resolve()
    {
        var inbox = BuildInbox();

        var (files, missing) = InputDiscovery.Expand([inbox]);

        missing.Should().BeEmpty();
        files.Select(f => (Path: f.DisplayPath[(inbox.Length + 1)..], Problem: f.Problem?.Variant)).Should().Equal(
            ("a-report.txt", null),
            ("b-pipe.txt", null),
            ("c-loop", "link-loop"),
            ("d-outside.txt", "link-outside"),
            ("g-broken.txt", "link-broken"),
            ("h-up", "link-outside"),
            ("i-chain", "link-loop"),
            ("j-chain", "link-loop"),
            ("sock", null),
            ("sub/b.txt", null));
    }

    [UnixFact]
    public async Task A_folder_of_special_files_and_links_gives_one_result_per_entry_and_reads_nothing_outside()
    {
        BuildInbox();

        var run = await GumuTool.RunInAsync(_temp.Path, "check", "inbox", "--format", "json");

        run.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(run.Stdout);
        var results = json.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => (
                Path: f.GetProperty("path").GetString(),
                Format: f.GetProperty("format").GetString(),
                Rules: string.Join(",", f.GetProperty("findings").EnumerateArray().Select(x => x.GetProperty("ruleId").GetString()))))
            .ToList();
        results.Should().Equal(
            ("inbox/a-report.txt", "text", string.Empty),
            ("inbox/b-pipe.txt", "fifo", "GM0002"),
            ("inbox/c-loop", "link", "GM0001"),
            ("inbox/d-outside.txt", "link", "GM0001"), // not "text": the file outside was not read
            ("inbox/g-broken.txt", "link", "GM0001"),
            ("inbox/h-up", "link", "GM0001"),
            ("inbox/i-chain", "link", "GM0001"),
            ("inbox/j-chain", "link", "GM0001"),
            ("inbox/sock", "socket", "GM0002"),
            ("inbox/sub/b.txt", "text", string.Empty));
    }

    [UnixFact]
    public async Task Link_findings_say_what_happened_in_the_users_language()
    {
        BuildInbox();

        var zh = await GumuTool.RunInAsync(_temp.Path, "check", "inbox");
        var en = await GumuTool.RunInAsync(_temp.Path, "check", "inbox", "--lang", "en");

        zh.Stdout.Split('\n').Should().Contain([
            "inbox/c-loop: error GM0001: 符号链接构成循环（指向自身所在的文件夹或其上级），未跟随读取",
            $"inbox/d-outside.txt: error GM0001: 符号链接指向所检查的文件夹之外（{Path.Combine(_temp.Path, "outside", "secret.txt")}），未跟随读取",
            "inbox/g-broken.txt: error GM0001: 符号链接的目标不存在（nowhere.txt）",
            "inbox/b-pipe.txt: error GM0002: 这不是普通文件（类型：fifo），未打开读取；请提交报告文件本身",
        ]);
        en.Stdout.Split('\n').Should().Contain("inbox/c-loop: error GM0001: The symbolic link forms a loop (it points to its own folder or one above it) and was not followed");
    }

    [UnixFact]
    public void A_file_reached_through_several_paths_and_command_line_arguments_is_listed_once()
    {
        var inbox = BuildInbox();

        var (files, _) = InputDiscovery.Expand([Path.Combine(inbox, "sub", "b.txt"), inbox, Path.Combine(inbox, "e-same.txt")]);

        files.Count(f => f.Problem is null).Should().Be(4, "b.txt, a-report.txt, the pipe, the socket, and nothing twice");
        files[0].DisplayPath.Should().EndWith("inbox/sub/b.txt");
        files.Select(f => f.DisplayPath).Should().OnlyHaveUniqueItems().And.NotContain(p => p.EndsWith("e-same.txt", StringComparison.Ordinal) || p.Contains("f-sub-link", StringComparison.Ordinal));
    }

    [UnixFact]
    public void A_folder_reached_only_through_a_link_inside_the_root_is_walked_under_the_links_path()
    {
        var root = Directory.CreateDirectory(_temp.File("root")).FullName;
        Directory.CreateDirectory(Path.Combine(root, ".archive"));
        File.Copy(Report, Path.Combine(root, ".archive", "old.txt"));
        Directory.CreateSymbolicLink(Path.Combine(root, "archive"), ".archive");

        var (files, _) = InputDiscovery.Expand([root]);

        files.Should().ContainSingle().Which.DisplayPath.Should().Be(root + "/archive/old.txt");
    }

    [FactAsNobody]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_unreadable_sub_folder_is_one_GM0001_entry_naming_it()
    {
        var inbox = Directory.CreateDirectory(_temp.File("inbox")).FullName;
        File.Copy(Report, Path.Combine(inbox, "a.txt"));
        var locked = Directory.CreateDirectory(Path.Combine(inbox, "locked")).FullName;
        File.Copy(Report, Path.Combine(locked, "hidden-from-view.txt"));
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var run = await RunAsNobodyAsync("check", "inbox");

        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        run.StandardOutput.Split('\n').Should().Equal(
            "inbox/a.txt: 规则集 yunnan-2018（报告年度 2018（标题）；识别到 14/14 个部分标题；统计表）",
            "inbox/locked: error GM0001: 文件夹无法读取，其中的文件均未检查；请确认有读取该文件夹的权限",
            "共检查 2 个文件：1 个通过，0 个有错误，1 个无法读取；错误 1 条，警告 0 条。",
            string.Empty);
        run.ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task A_stop_ends_the_run_at_once_even_when_a_check_never_returns_and_keeps_what_finished()
    {
        var files = new[] { new InputFile("/a", "a.txt"), new InputFile("/b", "b.txt"), new InputFile("/c", "c.txt") };
        using var stop = new CancellationTokenSource();
        var hung = new TaskCompletionSource<FileCheckResult>();
        var runner = new BatchRunner(
            new ReportChecker(),
            (file, _) =>
            {
                if (file.DisplayPath == "a.txt")
                {
                    return Task.FromResult(new FileCheckResult { Path = file.DisplayPath, Format = "text", Findings = [] });
                }

                stop.Cancel();
                return hung.Task; // ignores the token, as a read blocked in the kernel would
            });

        var outcome = await runner.RunAsync(files, stop.Token).WaitAsync(TimeSpan.FromSeconds(60));

        outcome.Results.Select(r => r.Path).Should().Equal("a.txt");
        outcome.NotChecked.Should().Be(2);
    }

    [Fact]
    public async Task A_check_that_throws_becomes_that_file_s_GM0001_with_the_configured_severity()
    {
        var options = new ReportCheckerOptions { Check = new CheckOptions { SeverityOverrides = new Dictionary<string, Severity?> { ["GM0001"] = Severity.Warning } } };
        var runner = new BatchRunner(
            new ReportChecker(options),
            (file, _) => file.DisplayPath == "b.txt"
                ? throw new InvalidOperationException("reader defect")
                : Task.FromResult(new FileCheckResult { Path = file.DisplayPath, Format = "text", Findings = [] }));

        var outcome = await runner.RunAsync([new InputFile("/a", "a.txt"), new InputFile("/b", "b.txt")], CancellationToken.None);

        outcome.Results.Select(r => r.Path).Should().Equal("a.txt", "b.txt");
        var finding = outcome.Results[1].Findings.Should().ContainSingle().Subject;
        (finding.RuleId, finding.Severity).Should().Be(("GM0001", Severity.Warning));
        finding.Properties.Select(p => (p.Key, p.Value)).Should().Equal(("reason", (object?)"InvalidOperationException: reader defect"));
    }

    [UnixFact]
    public async Task A_file_name_with_terminal_controls_is_shown_escaped()
    {
        var inbox = Directory.CreateDirectory(_temp.File("inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "\u001b[31mred\r.txt"), "通知\n");

        var run = await GumuTool.RunInAsync(_temp.Path, "check", "inbox");

        var lines = run.Stdout.Split('\n');
        lines[0].Should().StartWith(@"inbox/\x1b[31mred\x0d.txt: 规则集 ", "the line naming the file's rule set escapes the name too");
        lines[1].Should().Be(@"inbox/\x1b[31mred\x0d.txt: error GM0003: 文件中没有找到政府信息公开工作年度报告");
        run.Stdout.Should().NotContain("\u001b").And.NotContain("\r");
    }

    /// <summary>
    /// inbox/ with a report, a FIFO, a socket, a sub-folder and links of every kind: to its own
    /// folder, out of the folder, to nothing, into a chain that loops, to a file and a folder
    /// inside it, and hidden entries that are skipped.
    /// </summary>
    private string BuildInbox()
    {
        var inbox = Directory.CreateDirectory(_temp.File("inbox")).FullName;
        var outside = Directory.CreateDirectory(_temp.File("outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret\n");
        File.Copy(Report, Path.Combine(inbox, "a-report.txt"));
        MakeFifo(Path.Combine(inbox, "b-pipe.txt"));
        Directory.CreateSymbolicLink(Path.Combine(inbox, "c-loop"), ".");
        File.CreateSymbolicLink(Path.Combine(inbox, "d-outside.txt"), Path.Combine(outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(inbox, "e-same.txt"), "a-report.txt");
        Directory.CreateSymbolicLink(Path.Combine(inbox, "f-sub-link"), "sub");
        File.CreateSymbolicLink(Path.Combine(inbox, "g-broken.txt"), "nowhere.txt");
        Directory.CreateSymbolicLink(Path.Combine(inbox, "h-up"), "..");
        File.CreateSymbolicLink(Path.Combine(inbox, "i-chain"), "j-chain");
        File.CreateSymbolicLink(Path.Combine(inbox, "j-chain"), "i-chain");
        Directory.CreateDirectory(Path.Combine(inbox, "sub"));
        File.Copy(Report, Path.Combine(inbox, "sub", "b.txt"));
        File.WriteAllText(Path.Combine(inbox, "sub", ".hidden.txt"), "x");
        Directory.CreateDirectory(Path.Combine(inbox, ".git"));
        File.WriteAllText(Path.Combine(inbox, ".git", "config"), "x");
        _socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(inbox, "sock")));
        return inbox;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    /// <summary>Runs the built gumu as nobody (root reads any folder whatever its mode).</summary>
    private Task<ProcessRun> RunAsNobodyAsync(params string[] args) =>
        BoundedProcess.RunAsync(
            "setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=/tmp", "DOTNET_CLI_HOME=/tmp", "dotnet", Path.Combine(AppContext.BaseDirectory, "gumu.dll"), .. args],
            _temp.Path,
            TimeSpan.FromMinutes(3));
}
