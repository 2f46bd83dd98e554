using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Commands;

/// <summary><c>gumu check … --format html --split --output FOLDER</c>: one feedback page per file.</summary>
public sealed class SplitPagesTests
{
    [Fact]
    public async Task Writes_one_chinese_page_per_file_with_only_its_findings()
    {
        using var folder = new TempFolder("split");
        var output = Path.Combine(folder.Path, "pages");

        var (exit, _, stderr) = await GumuTool.RunAsync(
            "check", "samples/structure/lanxi-2018-section11-duplicated.html", "samples/compliant/lanxi-2018.docx", "samples/compliant/lanxi-2018.txt",
            "--format", "html", "--split", "--output", output);

        exit.Should().Be(1, stderr);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(
            "lanxi-2018-section11-duplicated.html", "lanxi-2018.docx.html", "lanxi-2018.txt.html");
        var page = HtmlReport.Parse(await File.ReadAllTextAsync(Path.Combine(output, "lanxi-2018-section11-duplicated.html")));
        page.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
        page.QuerySelector("h1")!.TextContent.Should().Be("政府信息公开工作年度报告检查反馈");
        HtmlReport.FileBodies(page).Select(HtmlReport.PathOf).Should().Equal("samples/structure/lanxi-2018-section11-duplicated.html");
        page.QuerySelectorAll("table.findings code").Select(c => c.TextContent).Should().Contain("GM1004");
        page.QuerySelectorAll(".fix").Should().NotBeEmpty();
        var clean = HtmlReport.Parse(await File.ReadAllTextAsync(Path.Combine(output, "lanxi-2018.docx.html")));
        HtmlReport.FileBodies(clean).Select(HtmlReport.PathOf).Should().Equal("samples/compliant/lanxi-2018.docx");
        clean.QuerySelectorAll("table.findings").Should().BeEmpty();
    }

    [Fact]
    public void Page_names_stay_unique_across_folders_and_extensions()
    {
        FeedbackPages.Names(["town-01/年报.docx", "town-02/年报.docx", "town-02/年报.pdf", "a/b.html", "c\\B.html", "x/y:z.html"]).Should().Equal(
            "town-01_年报.docx.html", "town-02_年报.docx.html", "年报.pdf.html", "a_b.html.html", "c_B.html.html", "y_z.html");
    }

    [Theory]
    [InlineData("--format", "html", "--split")]
    [InlineData("--format", "json", "--split", "--output", "x")]
    public async Task Split_needs_html_and_an_output_folder(params string[] options)
    {
        var (exit, stdout, stderr) = await GumuTool.RunAsync(["check", "samples/compliant/lanxi-2018.txt", .. options]);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Trim().Should().Be("--split 为每个文件单独写一页 HTML，需要 --format html 和 --output 文件夹。");
    }
}
