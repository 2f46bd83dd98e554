using System.Text;
using Gumu.Compliance.Reporting;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance;

namespace Gumu.Cli.Tests.Docs;

/// <summary>The national report's lines in docs/output.md are what gumu prints for it (the report is the GM2001 page's example).</summary>
public sealed class OutputPageTests
{
    [Fact]
    public async Task The_text_example_of_a_national_report_is_gumu_s_output()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "output.md"));
        var text = Markdown.Section(page, "text (default)") ?? string.Empty;
        var shown = Markdown.CodeBlocks(text, string.Empty).SelectMany(Markdown.Lines)
            .Where(l => l.StartsWith("reports/shiqiao-2025.txt", StringComparison.Ordinal))
            .ToList();

        var result = await new ReportChecker().CheckFileAsync(Path.Combine(TestPaths.RuleExamples, "GM2001", "shiqiao-2025.txt"));
        using var buffer = new MemoryStream();
        new TextReportWriter().Write(buffer, [result with { Path = "reports/shiqiao-2025.txt" }], new ReportWriterOptions { ToolVersion = "docs", Language = Language.Chinese });
        var output = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');

        shown.Should().NotBeEmpty();
        output.Where(l => l.StartsWith("reports/", StringComparison.Ordinal)).Should().Equal(shown);
    }
}
