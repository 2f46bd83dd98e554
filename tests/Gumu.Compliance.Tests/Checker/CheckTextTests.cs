using System.Text;
using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Checker;

public sealed class CheckTextTests
{
    private static readonly string CompliantText = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "compliant", "lanxi-2018.txt"));

    [Fact]
    public void Text_in_memory_is_checked_like_the_same_file()
    {
        var checker = new ReportChecker();

        var result = checker.CheckText(CompliantText, "pasted.txt");

        result.Path.Should().Be("pasted.txt");
        result.Format.Should().Be("text");
        result.Title.Should().Be("兰溪镇人民政府2018年政府信息公开工作年度报告");
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void A_character_outside_the_basic_plane_where_a_long_heading_is_cut_does_not_break_the_check()
    {
        // 𠮷 (U+20BB7) is two UTF-16 units; the heading matcher reads the first 120 characters of
        // a heading, and the cut fell between them (found by fuzzing: GM0005 for a real name).
        var heading = "四、" + new string('乡', 119) + "𠮷" + "溪乡公开工作情况";
        var text = CompliantText.Replace("四、", heading + "\n四、", StringComparison.Ordinal);

        var result = new ReportChecker().CheckText(text, "pasted.txt");

        result.Findings.Should().NotContain(f => f.RuleId.StartsWith("GM000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Html_source_given_as_a_string_gives_the_findings_of_the_page_whatever_charset_it_declares()
    {
        // The portal sample is GB2312 bytes with <meta charset>; a portal that already decoded it
        // hands over a .NET string, which must not be decoded a second time as GB2312.
        var path = Path.Combine(RepositoryPaths.Samples, "figures", "lanxi-2018-channels-sum-mismatch.html");
        var checker = new ReportChecker();
        var fromFile = await checker.CheckFileAsync(path);
        var source = DecodeAsTheFileSays(File.ReadAllBytes(path));

        var fromText = checker.CheckText(source, path);

        fromText.Format.Should().Be("html");
        fromText.Findings.Select(f => (f.RuleId, f.Message)).Should().Equal(fromFile.Findings.Select(f => (f.RuleId, f.Message)));
    }

    [Fact]
    public void Text_over_the_size_limit_gets_GM0004()
    {
        var checker = new ReportChecker(new ReportCheckerOptions { Limits = Documents.ReaderLimits.Default with { MaxFileBytes = 100 } });

        var result = checker.CheckText(CompliantText, "big.txt");

        result.Findings.Should().ContainSingle().Which.RuleId.Should().Be("GM0004");
    }

    [Fact]
    public void Empty_text_is_not_a_report()
    {
        new ReportChecker().CheckText("", "empty.txt").Findings.Should().ContainSingle().Which.RuleId.Should().BeOneOf("GM0003", "GM0001");
    }

    [Fact]
    public async Task Locations_are_formatted_in_the_language_of_the_check()
    {
        var docx = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "figures", "lanxi-2018-section8-count-mismatch.docx"));

        var zh = await new ReportChecker().CheckAsync(new MemoryStream(docx), "a.docx");
        var en = await new ReportChecker(new ReportCheckerOptions { Check = new CheckOptions { Language = Language.English } })
            .CheckAsync(new MemoryStream(docx), "a.docx");

        var located = zh.Findings.First(f => f.Location is not null);
        located.LocationText.Should().Be(located.Location!.Format(Language.Chinese)).And.MatchRegex("[段表]");
        en.Findings.First(f => f.Location is not null).LocationText.Should().MatchRegex("paragraph|table");
        zh.Findings.Where(f => f.Location is null && f.LocationText is not null).Should().BeEmpty();
    }

    private static string DecodeAsTheFileSays(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.Contains("gb2312", StringComparison.OrdinalIgnoreCase) || head.Contains("gbk", StringComparison.OrdinalIgnoreCase)
            ? Encoding.GetEncoding("GB18030").GetString(bytes)
            : Encoding.UTF8.GetString(bytes);
    }
}
