using System.Text.Json;
using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Commands;

/// <summary>The command line of contract.md: exit codes, text and JSON shapes, every file accounted for.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public async Task A_compliant_report_exits_0_with_only_the_summary()
    {
        var (exit, stdout, _) = await GumuTool.RunAsync("check", "samples/compliant/lanxi-2018.docx");

        exit.Should().Be(0);
        stdout.Trim().Split('\n').Should().Equal(
            "samples/compliant/lanxi-2018.docx: 规则集 yunnan-2018（报告年度 2018（标题）；识别到 14/14 个部分标题；统计表）",
            "共检查 1 个文件：1 个通过，0 个有错误，0 个无法读取；错误 0 条，警告 0 条。");
    }

    [Fact]
    public async Task A_defect_exits_1_with_one_compiler_style_line()
    {
        var (exit, stdout, _) = await GumuTool.RunAsync("check", "samples/structure/lanxi-2018-section11-duplicated.html");

        exit.Should().Be(1);
        stdout.Split('\n')[1].Should().Be("samples/structure/lanxi-2018-section11-duplicated.html(84,1): error GM1004: 第11部分“完善公开制度机制建设情况”重复出现");
    }

    [Fact]
    public async Task English_messages_with_lang_en()
    {
        var (_, stdout, _) = await GumuTool.RunAsync("check", "samples/structure/lanxi-2018-section9-missing.docx", "--lang", "en");

        stdout.Split('\n')[..2].Should().Equal(
            "samples/structure/lanxi-2018-section9-missing.docx: rule set yunnan-2018 (year 2018 (title); 13 of 14 section headings; the statistics table)",
            "samples/structure/lanxi-2018-section9-missing.docx(paragraph 36): error GM1001: Section 9 \"公开平台载体建设情况(含政府新闻发布工作落实情况)\" is missing");
    }

    [Theory]
    [InlineData("check", "samples/no-such-file.html")]
    [InlineData("check")]
    [InlineData("check", "samples", "--format", "yaml")]
    [InlineData("check", "samples", "--rules", "no-such-rule-set")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var (exit, stdout, stderr) = await GumuTool.RunAsync(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().NotBeEmpty();
    }

    [Fact]
    public async Task An_empty_folder_is_no_input_and_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory("gumu-empty-");
        try
        {
            var (exit, _, stderr) = await GumuTool.RunAsync("check", folder.FullName);

            exit.Should().Be(2);
            stderr.Should().Contain("没有找到要检查的文件");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_pdf_finding_is_located_by_page_and_line_in_text_json_and_sarif()
    {
        const string sample = "samples/structure/lanxi-2018-section9-missing.pdf";

        var (_, text, _) = await GumuTool.RunAsync("check", sample);
        var (_, english, _) = await GumuTool.RunAsync("check", sample, "--lang", "en");
        var (_, json, _) = await GumuTool.RunAsync("check", sample, "--format", "json");
        var (_, sarif, _) = await GumuTool.RunAsync("check", sample, "--format", "sarif");

        text.Split('\n')[1].Should().Be(sample + "(第5页第18行): error GM1001: 缺少第9部分“公开平台载体建设情况(含政府新闻发布工作落实情况)”");
        english.Split('\n')[1].Should().StartWith(sample + "(page 5, line 18): error GM1001: ");
        using var report = JsonDocument.Parse(json);
        var location = report.RootElement.GetProperty("files")[0].GetProperty("findings")[0].GetProperty("location");
        location.GetRawText().Should().Be("{\n            \"page\": 5,\n            \"line\": 18\n          }");
        using var log = JsonDocument.Parse(sarif);
        var where = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0];
        where.GetProperty("physicalLocation").TryGetProperty("region", out _).Should().BeFalse("a PDF line is not a line of the file");
        where.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString().Should().Be("page[5]/line[18]");
    }

    [Fact]
    public async Task Json_output_has_the_contract_shape()
    {
        var (exit, stdout, _) = await GumuTool.RunAsync("check", "samples/structure/lanxi-2018-section13-wrong-year.html", "--format", "json");

        exit.Should().Be(1);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        root.GetProperty("tool").GetProperty("name").GetString().Should().Be("gumu");
        root.GetProperty("tool").GetProperty("version").GetString().Should().NotBeNullOrEmpty();
        var file = root.GetProperty("files").EnumerateArray().Should().ContainSingle().Subject;
        file.GetProperty("path").GetString().Should().Be("samples/structure/lanxi-2018-section13-wrong-year.html");
        file.GetProperty("format").GetString().Should().Be("html");
        file.GetProperty("ruleSet").GetString().Should().Be("yunnan-2018");
        file.GetProperty("ruleSetReason").GetString().Should().Be("报告年度 2018（标题）；识别到 14/14 个部分标题；统计表");
        file.GetProperty("title").GetString().Should().Be("兰溪镇人民政府2018年政府信息公开工作年度报告");
        file.GetProperty("year").GetInt32().Should().Be(2018);
        var finding = file.GetProperty("findings").EnumerateArray().Should().ContainSingle().Subject;
        finding.GetProperty("ruleId").GetString().Should().Be("GM4002");
        finding.GetProperty("name").GetString().Should().Be("year-inconsistent");
        finding.GetProperty("severity").GetString().Should().Be("error");
        finding.GetProperty("message").GetString().Should().Be("第13部分标题“开展2018年工作的初步安排”写的是 2018 年，应为下一年度 2019 年");
        finding.GetProperty("section").GetInt32().Should().Be(13);
        finding.GetProperty("location").GetProperty("line").GetInt32().Should().Be(86);
        finding.GetProperty("location").GetProperty("column").GetInt32().Should().Be(1);
        finding.GetProperty("evidence").GetString().Should().Be("十三、开展2018年工作的初步安排");
        finding.GetProperty("properties").GetProperty("found").GetInt32().Should().Be(2018);
        finding.GetProperty("properties").GetProperty("expectedYear").GetInt32().Should().Be(2019);
        var summary = root.GetProperty("summary");
        (summary.GetProperty("files").GetInt32(), summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("infos").GetInt32())
            .Should().Be((1, 1, 0, 0));
    }

    [Fact]
    public async Task A_folder_lists_every_file_once_in_ordinal_order_and_the_output_is_byte_identical()
    {
        var first = await GumuTool.RunAsync("check", "samples", "--format", "json");
        var second = await GumuTool.RunAsync("check", "samples", "--format", "json");

        first.ExitCode.Should().Be(1);
        second.Stdout.Should().Be(first.Stdout);
        using var json = JsonDocument.Parse(first.Stdout);
        var paths = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();
        var expected = Directory.EnumerateFiles(GumuTool.Samples, "*", SearchOption.AllDirectories)
            .Select(f => "samples/" + Path.GetRelativePath(GumuTool.Samples, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        paths.Should().Equal(expected);
    }

    [Fact]
    public async Task Output_goes_to_the_file_given_and_stdout_stays_empty()
    {
        var target = Path.Combine(Path.GetTempPath(), "gumu-out-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var (exit, stdout, _) = await GumuTool.RunAsync("check", "samples/compliant/lanxi-2018.txt", "--format", "json", "--output", target);

            exit.Should().Be(0);
            stdout.Should().BeEmpty();
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(target));
            json.RootElement.GetProperty("files").GetArrayLength().Should().Be(1);
        }
        finally
        {
            File.Delete(target);
        }
    }
}
