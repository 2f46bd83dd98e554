using System.Text;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Checker;

public sealed class ReportCheckerTests
{
    private static readonly byte[] Compliant = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "compliant", "lanxi-2018.txt"));

    [Fact]
    public async Task A_stream_is_checked_like_a_file()
    {
        var checker = new ReportChecker();

        var result = await checker.CheckAsync(new MemoryStream(Compliant), "upload.txt");

        result.Path.Should().Be("upload.txt");
        result.Format.Should().Be("text");
        result.Title.Should().Be("兰溪镇人民政府2018年政府信息公开工作年度报告");
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public async Task A_file_over_its_time_limit_gets_GM0004_instead_of_holding_up_the_batch()
    {
        var checker = new ReportChecker(new ReportCheckerOptions { PerFileTimeout = TimeSpan.Zero });

        var result = await checker.CheckAsync(new MemoryStream(Compliant), "slow.txt");

        var finding = result.Findings.Should().ContainSingle().Subject;
        finding.RuleId.Should().Be("GM0004");
        finding.Severity.Should().Be(Severity.Error);
        finding.Message.Should().Be("文件处理超时（上限 0 秒），已跳过");
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_a_finding()
    {
        var checker = new ReportChecker();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var check = () => checker.CheckAsync(new MemoryStream(Compliant), "x.txt", cancelled.Token);

        await check.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_stream_over_the_size_limit_gets_GM0004()
    {
        var checker = new ReportChecker(new ReportCheckerOptions { Limits = Documents.ReaderLimits.Default with { MaxFileBytes = 100 } });

        var result = await checker.CheckAsync(new MemoryStream(Compliant), "big.txt");

        result.Findings.Should().ContainSingle().Which.RuleId.Should().Be("GM0004");
    }

    [Fact]
    public async Task English_messages_when_asked()
    {
        var checker = new ReportChecker(new ReportCheckerOptions { Check = new CheckOptions { Language = Language.English } });

        var result = await checker.CheckAsync(new MemoryStream(Encoding.UTF8.GetBytes("关于开展植树活动的通知\n请各村组织群众参加。\n")), "notice.txt");

        result.Findings.Should().ContainSingle().Which.Message.Should().Be("No government information disclosure annual report was found in the document");
    }

    [Fact]
    public async Task One_checker_serves_many_threads()
    {
        var checker = new ReportChecker();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => checker.CheckAsync(new MemoryStream(Compliant), $"r{i}.txt")));

        results.Should().OnlyContain(r => r.Findings.Count == 0 && r.Year == 2018);
    }
}
