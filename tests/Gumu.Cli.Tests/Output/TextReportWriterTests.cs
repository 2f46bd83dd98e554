using System.Text;
using Gumu.Compliance.Reporting;
using Gumu.Compliance;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Tests.Output;

/// <summary>
/// The text format goes straight to a clerk's terminal: nothing from a file name or a document may
/// act on the terminal (ANSI escapes, OSC 8 links, carriage returns, bidi overrides) or start a
/// line of its own that could pass for a finding.
/// </summary>
public sealed class TextReportWriterTests
{
    [Fact]
    public void Control_and_bidi_characters_in_names_messages_and_evidence_are_shown_escaped()
    {
        var results = new[]
        {
            new FileCheckResult
            {
                Path = "inbox/\u001b[2K\r报告\u202e\u0085.html",
                Format = "html",
                Findings =
                [
                    SampleResults.F(
                        "GM1001",
                        Severity.Error,
                        "缺少第5部分\n" + "x.html(1,1): error GM0001: forged",
                        5,
                        SourceLocation.AtLine(3, 1),
                        "一、\u001b]8;;http://example.invalid\u0007link\u001b]8;;\u0007\u0085\u2028\u007f"),
                ],
            },
        };

        var text = Render(results, Language.Chinese);

        text.Split('\n').Should().Equal(
            @"inbox/\x1b[2K\x0d报告\u202e\x85.html(3,1): error GM1001: 缺少第5部分\x0ax.html(1,1): error GM0001: forged",
            // NEL and U+2028 are line breaks, which read as spaces in evidence.
            @"    > 一、\x1b]8;;http://example.invalid\x07link\x1b]8;;\x07  \x7f",
            "共检查 1 个文件：0 个通过，1 个有错误，0 个无法读取；错误 1 条，警告 0 条。",
            string.Empty);
    }

    [Fact]
    public void Line_breaks_inside_evidence_read_as_spaces_and_ordinary_text_is_unchanged()
    {
        var results = new[]
        {
            new FileCheckResult
            {
                Path = "reports/兰溪镇 2018.txt",
                Format = "text",
                Findings = [SampleResults.F("GM1005", Severity.Warning, "第12部分只有标题", 12, SourceLocation.AtLine(9, 1), "十二、存在问题\r\n和不足\t(续)")],
            },
        };

        var text = Render(results, Language.Chinese);

        text.Split('\n')[..2].Should().Equal(
            "reports/兰溪镇 2018.txt(9,1): warning GM1005: 第12部分只有标题",
            @"    > 十二、存在问题 和不足\x09(续)");
    }

    [Fact]
    public void Escaping_keeps_an_evidence_cut_from_splitting_an_escape()
    {
        var evidence = new string('一', 118) + "\u001b\u001b\u001b";
        var results = new[]
        {
            new FileCheckResult
            {
                Path = "a.txt",
                Format = "text",
                Findings = [SampleResults.F("GM1005", Severity.Warning, "m", null, null, evidence)],
            },
        };

        var line = Render(results, Language.Chinese).Split('\n')[1];

        line.Should().Be("    > " + new string('一', 118) + @"\x1b…");
    }

    private static string Render(IReadOnlyList<FileCheckResult> results, Language language)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(results, ReportFormat.Text, stream, new ReportWriterOptions { Language = language, ToolVersion = "0.1.0" });
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
