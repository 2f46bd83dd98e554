using System.Text;
using System.Text.RegularExpressions;
using Gumu.Compliance.Reporting;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.Docs;

/// <summary>
/// The output lines a rule page shows are what gumu really prints: every line of a failing example
/// that names a file is checked against the text output of that file, kept whole under
/// docs/rules/examples/GMxxxx/ (the page shows an excerpt), checked as <c>gumu check FILE</c> checks it.
/// The English page and the Chinese page of a rule show the same example reports and the same
/// (Chinese) output lines.
/// </summary>
public sealed partial class RulePageExampleTests
{
    /// <summary>
    /// Pages whose examples cannot be kept as files: damaged or encrypted packages, binary formats,
    /// a time-out and a crash. Their lines are still checked against the catalog (RulePageMessageTests).
    /// </summary>
    private static readonly HashSet<string> NotRunnable = new(StringComparer.Ordinal) { "GM0001", "GM0002", "GM0004", "GM0005" };

    public static TheoryData<string> RuleIds() => new(RuleCatalog.Default.Rules.Select(r => r.Id).Where(id => !NotRunnable.Contains(id)));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task The_failing_example_s_output_is_what_gumu_prints(string id)
    {
        var folder = Path.Combine(TestPaths.RuleExamples, id);
        foreach (var format in Formats)
        {
            var page = PageName(id, format);
            var shown = ShownLines(id, format).ToList();
            shown.Should().NotBeEmpty("{0} shows the output of a file kept in docs/rules/examples/{1}/", page, id);

            foreach (var (file, line) in shown)
            {
                File.Exists(Path.Combine(folder, file)).Should().BeTrue("{0} shows output of {1}, which must be kept in docs/rules/examples/{2}/", page, file, id);
                var output = await Output(Path.Combine(folder, file));
                output.Should().Contain(line, "{0} shows this line of gumu check {1}; the real output is:\n{2}", page, file, string.Join('\n', output));
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_failing_example_s_excerpt_is_taken_from_its_report(string id)
    {
        var folder = Path.Combine(TestPaths.RuleExamples, id);
        var reportLines = Directory.EnumerateFiles(folder)
            .SelectMany(f => File.ReadAllLines(f))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var format in Formats)
        {
            var page = File.ReadAllText(Path.Combine(format.PagesFolder, id + ".md"));
            var failing = Markdown.Section(page, format.FailingExample) ?? string.Empty;
            var excerpts = Markdown.CodeBlocks(failing, "text").Concat(Markdown.CodeBlocks(failing, "html"))
                .Where(b => !Markdown.Lines(b).Any(l => OutputLine().IsMatch(l)));

            // "…" marks what an excerpt leaves out; every other line is a line of the report.
            foreach (var line in excerpts.SelectMany(Markdown.Lines).Where(l => l.Length > 0 && !l.Contains('…', StringComparison.Ordinal)))
            {
                reportLines.Should().Contain(line, "{0} shows an excerpt of its example report in docs/rules/examples/{1}/", PageName(id, format), id);
            }
        }
    }

    [Fact]
    public void Every_example_file_is_shown_on_its_page()
    {
        foreach (var folder in Directory.EnumerateDirectories(TestPaths.RuleExamples))
        {
            var id = Path.GetFileName(folder);
            RuleCatalog.Default.Contains(id).Should().BeTrue("docs/rules/examples/{0} is named after a rule", id);
            foreach (var format in Formats)
            {
                var shownFiles = ShownLines(id, format).Select(l => l.File).ToHashSet(StringComparer.Ordinal);
                foreach (var file in Directory.EnumerateFiles(folder).Select(Path.GetFileName))
                {
                    shownFiles.Should().Contain(file!, "docs/rules/examples/{0}/{1} is an example of {2}", id, file, PageName(id, format));
                }
            }
        }
    }

    /// <summary>The lines of the text output of one file, as <c>gumu check FILE</c> prints them from its folder.</summary>
    internal static async Task<IReadOnlyList<string>> Output(string path)
    {
        var result = await new ReportChecker().CheckFileAsync(path);
        using var buffer = new MemoryStream();
        new TextReportWriter().Write(buffer, [result with { Path = Path.GetFileName(path) }], new ReportWriterOptions { ToolVersion = "docs", Language = Language.Chinese });
        return Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');
    }

    private static readonly RulePageFormat[] Formats = [RulePageFormat.English, RulePageFormat.Chinese];

    private static string PageName(string id, RulePageFormat format) =>
        format.Folder.Length == 0 ? id + ".md" : $"{format.Folder}/{id}.md";

    // Lines of the failing example's text blocks that begin with a file name: a finding or the
    // file's rule-set line.
    private static IEnumerable<(string File, string Line)> ShownLines(string id, RulePageFormat format)
    {
        var page = File.ReadAllText(Path.Combine(format.PagesFolder, id + ".md"));
        var failing = Markdown.Section(page, format.FailingExample) ?? string.Empty;
        foreach (var block in Markdown.CodeBlocks(failing, "text"))
        {
            foreach (var line in Markdown.Lines(block))
            {
                if (OutputLine().Match(line) is { Success: true } match)
                {
                    yield return (match.Groups["file"].Value, line);
                }
            }
        }
    }

    [GeneratedRegex(@"^(?<file>[\w.-]+\.(txt|html|docx))(\([^)]*\))?: (规则集 |(error|warning|info) GM[0-9]{4}: )")]
    private static partial Regex OutputLine();
}
