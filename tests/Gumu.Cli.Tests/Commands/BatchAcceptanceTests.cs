using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gumu.Cli.Tests.Support;
using Json.Schema;

namespace Gumu.Cli.Tests.Commands;

/// <summary>
/// The municipal office's run: a folder of 100+ mixed submissions (compliant, defective, broken,
/// wrong formats, hostile text) gives one entry per file in every output format and exit code 1.
/// </summary>
public sealed class BatchAcceptanceTests : IClassFixture<BatchAcceptanceTests.Submissions>
{
    private const string HostileTitle = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>石门乡人民政府2018年政府信息公开工作年度报告";

    private readonly Submissions _submissions;

    public BatchAcceptanceTests(Submissions submissions) => _submissions = submissions;

    [Fact]
    public async Task Json_has_one_entry_per_file_and_the_run_exits_1()
    {
        var (exit, stdout, _) = await GumuTool.RunInAsync(_submissions.Root, "check", "submissions", "--format", "json");

        exit.Should().Be(1);
        using var json = JsonDocument.Parse(stdout);
        var paths = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        paths.Should().Equal(_submissions.DisplayPaths);
        json.RootElement.GetProperty("summary").GetProperty("files").GetInt32().Should().Be(_submissions.Count);
    }

    [Fact]
    public async Task Text_lists_every_file_in_its_summary()
    {
        var (exit, stdout, _) = await GumuTool.RunInAsync(_submissions.Root, "check", "submissions");

        exit.Should().Be(1);
        stdout.TrimEnd().Split('\n')[^1].Should().StartWith($"共检查 {_submissions.Count} 个文件");
    }

    [Fact]
    public async Task Sarif_is_valid_and_lists_every_file_as_an_artifact()
    {
        var output = Path.Combine(_submissions.Root, "out.sarif");
        var (exit, _, _) = await GumuTool.RunInAsync(_submissions.Root, "check", "submissions", "--format", "sarif", "--output", output);

        exit.Should().Be(1);
        var log = JsonNode.Parse(await File.ReadAllTextAsync(output))!;
        var evaluation = JsonSchema.FromFile(TestPaths.SarifSchema).Evaluate(log, new EvaluationOptions { OutputFormat = OutputFormat.List });
        evaluation.IsValid.Should().BeTrue(string.Join("; ", evaluation.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
        log["runs"]![0]!["artifacts"]!.AsArray().Select(a => Uri.UnescapeDataString((string)a!["location"]!["uri"]!))
            .Should().Equal(_submissions.DisplayPaths);
    }

    [Fact]
    public async Task Html_has_a_row_per_file_and_document_text_only_escaped()
    {
        var output = Path.Combine(_submissions.Root, "out.html");
        var (exit, _, _) = await GumuTool.RunInAsync(_submissions.Root, "check", "submissions", "--format", "html", "--output", output);

        exit.Should().Be(1);
        var html = await File.ReadAllTextAsync(output);
        html.Should().NotContain("<script>alert(1)").And.NotContain("<img src=x");
        var document = HtmlReport.Parse(html);
        HtmlReport.FileBodies(document).Select(HtmlReport.PathOf).Should().Equal(_submissions.DisplayPaths);
        HtmlReport.ShouldHaveOnlyWriterMarkup(document);
        document.Body!.TextContent.Should().Contain(HostileTitle);
    }

    [ChromiumFact]
    public async Task Html_renders_in_chromium_with_every_row_and_no_injected_markup()
    {
        var output = Path.Combine(_submissions.Root, "render.html");
        await GumuTool.RunInAsync(_submissions.Root, "check", "submissions", "--format", "html", "--output", output);

        var run = await Chromium.DumpDomAsync(_submissions.Root, new Uri(output));

        run.ExitCode.Should().Be(0, run.StandardError);
        var dom = HtmlReport.Parse(run.StandardOutput);
        HtmlReport.FileBodies(dom).Should().HaveCount(_submissions.Count);
        HtmlReport.ShouldHaveOnlyWriterMarkup(dom);
        dom.Body!.TextContent.Should().Contain(HostileTitle);
    }

    [Fact]
    public async Task Xlsx_has_a_summary_row_per_file()
    {
        var output = Path.Combine(_submissions.Root, "out.xlsx");
        var (exit, _, _) = await GumuTool.RunInAsync(_submissions.Root, "check", "submissions", "--format", "xlsx", "--output", output);

        exit.Should().Be(1);
        using var workbook = SpreadsheetDocument.Open(output, false);
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
        part.Worksheet.Descendants<Row>().Should().HaveCount(_submissions.Count + 2, "a header, a row per file and the totals row");
    }

    [FactRequiringLibreOfficeCalc]
    public async Task Xlsx_opens_in_libreoffice()
    {
        var output = Path.Combine(_submissions.Root, "office.xlsx");
        await GumuTool.RunInAsync(_submissions.Root, "check", "submissions", "--format", "xlsx", "--output", output);
        var outdir = Directory.CreateDirectory(Path.Combine(_submissions.Root, "csv")).FullName;

        var run = await BoundedProcess.RunAsync(
            LibreOfficeCalc.Locate()!,
            ["-env:UserInstallation=" + new Uri(Path.Combine(_submissions.Root, "lo-profile")).AbsoluteUri, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", outdir, output],
            _submissions.Root,
            TimeSpan.FromMinutes(3));

        run.ExitCode.Should().Be(0, run.StandardError);
        var lines = (await File.ReadAllTextAsync(Path.Combine(outdir, "office.csv"), Encoding.UTF8)).TrimEnd().Split('\n');
        lines.Should().HaveCount(_submissions.Count + 2);
    }

    /// <summary>The submissions folder: every sample four times over, plus broken and hostile files.</summary>
    public sealed class Submissions : IDisposable
    {
        public Submissions()
        {
            Root = Directory.CreateTempSubdirectory("gumu-batch-").FullName;
            var target = Path.Combine(Root, "submissions");
            var samples = Directory.EnumerateFiles(TestPaths.Samples, "*", SearchOption.AllDirectories).ToList();
            for (var town = 1; town <= 4; town++)
            {
                foreach (var sample in samples)
                {
                    var relative = Path.GetRelativePath(TestPaths.Samples, sample);
                    var copy = Path.Combine(target, $"town-{town:00}", relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                    File.Copy(sample, copy);
                }
            }

            var odd = Directory.CreateDirectory(Path.Combine(target, "odd")).FullName;
            File.WriteAllText(Path.Combine(odd, "hostile.txt"), HostileTitle + "\n\n一、总体公开情况说明\n本乡做好公开工作。\n", new UTF8Encoding(false));
            File.WriteAllBytes(Path.Combine(odd, "junk.bin"), Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 251)).ToArray());
            using (var zip = ZipFile.Open(Path.Combine(odd, "archive.zip"), ZipArchiveMode.Create))
            {
                using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
                entry.Write("not a report");
            }

            File.WriteAllBytes(Path.Combine(odd, "truncated.docx"), File.ReadAllBytes(Path.Combine(TestPaths.Samples, "compliant", "lanxi-2018.docx"))[..2000]);

            DisplayPaths = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                .Select(f => "submissions/" + Path.GetRelativePath(target, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
            DisplayPaths.Count.Should().BeGreaterThan(100);
        }

        public string Root { get; }

        public IReadOnlyList<string> DisplayPaths { get; }

        public int Count => DisplayPaths.Count;

        public void Dispose() => TempFolder.DeleteBestEffort(Root);
    }
}
