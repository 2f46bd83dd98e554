using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gumu.Compliance.Reporting;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;
using Xunit.Abstractions;
using static Gumu.Cli.Tests.Output.SampleResults;

namespace Gumu.Cli.Tests.Output;

public sealed partial class XlsxReportWriterTests(ITestOutputHelper output)
{
    private static readonly ReportWriterOptions Chinese = new() { ToolVersion = "0.1.0", Language = Language.Chinese };

    private static readonly ReportWriterOptions English = new() { ToolVersion = "0.1.0", Language = Language.English };

    [Fact]
    public void The_summary_sheet_has_one_row_per_file()
    {
        using var workbook = Open(Write(Realistic(), Chinese));

        Sheet(workbook, "汇总").Should().BeEquivalentTo(
            new[]
            {
                new string?[] { "文件", "格式", "标题", "年度", "规则集", "选用理由", "状态", "错误数", "警告数" },
                [HtmlPath, "html", "兰溪镇人民政府2018年政府信息公开工作年度报告", "2018", "yunnan-2018", null, "有错误", "2", "0"],
                [DocxPath, "docx", "云岫乡人民政府2018年政府信息公开工作年度报告", "2018", "yunnan-2018", null, "通过", "0", "4"],
                [CleanPath, "text", "兰溪镇人民政府2018年政府信息公开工作年度报告", "2018", "yunnan-2018", null, "通过", "0", "0"],
                [LegacyPath, "doc", null, null, null, null, "无法读取", "1", "0"],
                [BrokenPath, "docx", null, null, null, null, "无法读取", "1", "0"],
                ["合计", null, null, null, null, null, "2 个通过，1 个有错误，2 个无法读取", "4", "4"],
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void The_rule_sheet_counts_findings_per_rule_with_a_totals_row()
    {
        using var workbook = Open(Write(Realistic(), Chinese));

        workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("汇总", "问题", "按规则");
        Sheet(workbook, "按规则").Should().BeEquivalentTo(
            new[]
            {
                new string?[] { "规则", "名称", "类别", "说明", "错误", "警告", "提示", "合计", "文件数" },
                ["GM0001", "document-unreadable", "GM0xxx 无法读取", RuleCatalog.Default["GM0001"].Summary.Zh, "1", "0", "0", "1", "1"],
                ["GM0002", "unsupported-format", "GM0xxx 无法读取", RuleCatalog.Default["GM0002"].Summary.Zh, "1", "0", "0", "1", "1"],
                ["GM1001", "section-missing", "GM1xxx 结构", RuleCatalog.Default["GM1001"].Summary.Zh, "1", "0", "0", "1", "1"],
                ["GM1005", "section-empty", "GM1xxx 结构", RuleCatalog.Default["GM1005"].Summary.Zh, "0", "1", "0", "1", "1"],
                ["GM2001", "table-arithmetic", "GM2xxx 数字", RuleCatalog.Default["GM2001"].Summary.Zh, "1", "0", "0", "1", "1"],
                ["GM2004", "table-value-unreadable", "GM2xxx 数字", RuleCatalog.Default["GM2004"].Summary.Zh, "0", "2", "0", "2", "1"],
                ["GM4001", "title-malformed", "GM4xxx 标题与日期", RuleCatalog.Default["GM4001"].Summary.Zh, "0", "1", "0", "1", "1"],
                ["GM4003", "published-late", "GM4xxx 标题与日期", RuleCatalog.Default["GM4003"].Summary.Zh, "0", "0", "1", "1", "1"],
                ["合计", null, null, null, "4", "4", "1", "9", "4"],
            },
            o => o.WithStrictOrdering());
        Worksheet(workbook, "按规则").GetFirstChild<AutoFilter>()!.Reference!.Value.Should().Be("A1:I9");
    }

    [Fact]
    public void Totals_rows_are_bold_and_the_header_is_filled()
    {
        using var workbook = Open(Write(Realistic(), Chinese));
        var stylesheet = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        foreach (var name in new[] { "汇总", "按规则" })
        {
            var rows = Cells(workbook, name);
            var header = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)rows[0][0].StyleIndex!.Value);
            var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)header.FillId!.Value);
            fill.PatternFill!.PatternType!.Value.Should().Be(PatternValues.Solid);
            header.BorderId!.Value.Should().NotBe(0U, "the header has borders");
            foreach (var cell in rows[^1])
            {
                var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
                stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold.Should().NotBeNull($"{cell.CellReference} of {name} is in the totals row");
            }
        }
    }

    [Fact]
    public void Every_sheet_prints_on_a4_landscape_fitted_to_the_page_width_with_the_header_repeated()
    {
        using var workbook = Open(Write(Realistic(), Chinese));

        foreach (var name in new[] { "汇总", "问题", "按规则" })
        {
            var worksheet = Worksheet(workbook, name);
            var setup = worksheet.GetFirstChild<PageSetup>()!;
            setup.PaperSize!.Value.Should().Be(9U, "9 is A4");
            setup.Orientation!.Value.Should().Be(OrientationValues.Landscape);
            setup.FitToWidth!.Value.Should().Be(1U);
            setup.FitToHeight!.Value.Should().Be(0U, "as many pages down as needed");
            worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value.Should().BeTrue();
            worksheet.GetFirstChild<PageMargins>().Should().NotBeNull();
        }

        workbook.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>()
            .Where(d => d.Name == "_xlnm.Print_Titles").Select(d => (d.LocalSheetId!.Value, d.Text))
            .Should().Equal((0U, "'汇总'!$1:$1"), (1U, "'问题'!$1:$1"), (2U, "'按规则'!$1:$1"));
    }

    [Fact]
    public void Suppressed_findings_are_counted_in_their_own_column()
    {
        using var workbook = Open(Write(SuppressedFindingsTests.WithBaseline(), Chinese));

        var summary = Sheet(workbook, "汇总");
        summary[0].Should().Equal("文件", "格式", "标题", "年度", "规则集", "选用理由", "状态", "错误数", "警告数", "已接受数");
        summary.Select(r => r[9]).Should().Equal("已接受数", "1", "1", "0", "0", "0", "2");
        summary[^1][7].Should().Be("3");
        var rules = Sheet(workbook, "按规则");
        rules[0][^1].Should().Be("已接受");
        rules.Single(r => r[0] == "GM1001").Skip(4).Should().Equal("0", "0", "0", "0", "0", "1");
        rules.Single(r => r[0] == "GM2004").Skip(4).Should().Equal("0", "1", "0", "1", "1", "1");
        Sheet(workbook, "问题").Should().HaveCount(1 + 7, "suppressed findings are not listed");
    }

    [Fact]
    public void The_findings_sheet_has_one_row_per_finding()
    {
        using var workbook = Open(Write(Realistic(), Chinese));

        Sheet(workbook, "问题").Should().BeEquivalentTo(
            new[]
            {
                new string?[] { "文件", "规则", "名称", "级别", "部分", "位置", "消息", "证据" },
                [HtmlPath, "GM1001", "section-missing", "错误", "5", "61,1", "缺少第5部分“建议提案办理结果公开情况”", null],
                [HtmlPath, "GM2001", "table-arithmetic", "错误", "14", "121,7", "统计表第5行:合计 12 与分项之和 13 不符", "12"],
                [DocxPath, "GM4001", "title-malformed", "警告", null, "第1段", "标题“2018年政府信息公开工作年度报告”缺少机关名称", "2018年政府信息公开工作年度报告"],
                [DocxPath, "GM1005", "section-empty", "警告", "12", "第47段", "第12部分“推进公开工作存在问题和不足”只有标题,没有内容", "十二、推进公开工作存在问题和不足"],
                [DocxPath, "GM2004", "table-value-unreadable", "警告", "14", "表1 第7行 第4列", "统计表单元格应为数字,实为“—”", "—"],
                [DocxPath, "GM2004", "table-value-unreadable", "警告", "14", "表1 第9行 第4列", "统计表单元格应为数字,实为“—”", "—"],
                [DocxPath, "GM4003", "published-late", "提示", null, null, "发布日期 2019-04-02 晚于规定期限 2019-03-31", "2019-04-02"],
                [LegacyPath, "GM0002", "unsupported-format", "错误", null, null, "这是旧版 Word/WPS 文件（.doc/.wps 格式），无法读取；请在 Word 或 WPS 中“另存为 .docx”后重新提交", null],
                [BrokenPath, "GM0001", "document-unreadable", "错误", null, null, "DOCX 文件已损坏或不完整,无法打开;请在 Word 中重新另存为 .docx", null],
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void English_runs_name_sheets_headers_statuses_and_severities_in_english()
    {
        using var workbook = Open(Write(Realistic(), English));

        workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("Summary", "Findings", "By rule");
        var summary = Sheet(workbook, "Summary");
        summary[0].Should().Equal("Path", "Format", "Title", "Year", "Rule set", "Why this rule set", "Status", "Errors", "Warnings");
        summary.Skip(1).Select(r => r[6]).Should().Equal("errors", "passed", "passed", "unreadable", "unreadable", "2 passed, 1 with errors, 2 unreadable");
        summary[^1][0].Should().Be("Total");
        Sheet(workbook, "By rule")[0].Should().Equal("Rule", "Name", "Group", "Summary", "Errors", "Warnings", "Infos", "Total", "Files");
        Sheet(workbook, "By rule")[1][2].Should().Be("GM0xxx input");
        var findings = Sheet(workbook, "Findings");
        findings[0].Should().Equal("Path", "Rule", "Name", "Severity", "Section", "Location", "Message", "Evidence");
        findings.Skip(1).Select(r => r[3]).Should().Equal("error", "error", "warning", "warning", "warning", "warning", "info", "error", "error");
        findings[4][5].Should().Be("paragraph 47");
        findings[5][5].Should().Be("table 1, row 7, cell 4");
    }

    [Fact]
    public void Counts_years_and_sections_are_numbers_and_text_is_never_a_formula()
    {
        using var workbook = Open(Write(Realistic(), Chinese));

        var summaryRow = Cells(workbook, "汇总")[1];
        foreach (var column in new[] { "D2", "H2", "I2" })
        {
            var cell = summaryRow.Single(c => c.CellReference == column);
            (cell.DataType is null || cell.DataType.Value == CellValues.Number).Should().BeTrue();
            double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(0);
        }

        summaryRow.Single(c => c.CellReference == "A2").DataType!.Value.Should().Be(CellValues.InlineString);
        var findings = Cells(workbook, "问题");
        findings[1].Single(c => c.CellReference == "E2").CellValue!.Text.Should().Be("5");
        findings.SelectMany(r => r).Should().NotContain(c => c.CellFormula != null);
    }

    [Fact]
    public void Headers_are_bold_and_frozen_with_an_autofilter_and_sized_columns()
    {
        using var workbook = Open(Write(Realistic(), Chinese));
        var stylesheet = workbook.WorkbookPart!.WorkbookStylesPart!.Stylesheet;

        foreach (var (name, range) in new[] { ("汇总", "A1:I6"), ("问题", "A1:H10") })
        {
            var worksheet = Worksheet(workbook, name);
            var header = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().First();
            foreach (var cell in header.Elements<Cell>())
            {
                var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
                var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
                font.Bold.Should().NotBeNull($"{cell.CellReference} of {name} is a header");
            }

            var pane = worksheet.GetFirstChild<SheetViews>()!.GetFirstChild<SheetView>()!.GetFirstChild<Pane>()!;
            pane.State!.Value.Should().Be(PaneStateValues.Frozen);
            pane.HorizontalSplit.Should().BeNull("only the header row is frozen");
            pane.VerticalSplit!.Value.Should().Be(1);
            pane.TopLeftCell!.Value.Should().Be("A2");
            worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value.Should().Be(range);
            var columns = worksheet.GetFirstChild<Columns>()!.Elements<Column>().ToList();
            columns.Should().HaveCount(header.Elements<Cell>().Count());
            columns.Should().AllSatisfy(c => c.Width!.Value.Should().BeInRange(7, 61));
        }

        var filters = workbook.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        filters = filters.Where(d => d.Name == "_xlnm._FilterDatabase").ToList();
        filters.Select(d => d.Text).Should().Equal("'汇总'!$A$1:$I$6", "'问题'!$A$1:$H$10", "'按规则'!$A$1:$I$9");
        filters.Should().AllSatisfy(d => d.Name!.Value.Should().Be("_xlnm._FilterDatabase"));
        Worksheet(workbook, "问题").GetFirstChild<Columns>()!.Elements<Column>().ElementAt(6).Width!.Value
            .Should().BeGreaterThan(Worksheet(workbook, "问题").GetFirstChild<Columns>()!.Elements<Column>().ElementAt(1).Width!.Value,
                "the message column is wider than the rule id column");
    }

    [Fact]
    public void The_package_is_valid_open_xml()
    {
        using var workbook = Open(Write(Realistic(), Chinese));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook).ToList();
        foreach (var error in errors)
        {
            output.WriteLine($"{error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        }

        errors.Should().BeEmpty();
        workbook.CoreFilePropertiesPart.Should().NotBeNull();
    }

    [Fact]
    public void Hostile_text_round_trips_sanitised()
    {
        var hostile = new FileCheckResult
        {
            Path = "hostile.html",
            Format = "html",
            Title = "lone \uD800 surrogate and \uFFFF",
            Findings =
            [
                F("GM2003", Severity.Warning, "bell\u0007 and tab\tkept", 8, SourceLocation.AtLine(2, 1), "\u0001<b>&"),
                F("GM2003", Severity.Warning, "literal _x0041_ and _x1_ and _X0001_ stay literal", 8, SourceLocation.AtLine(3, 1), " padded "),
            ],
        };

        var bytes = Write([hostile], Chinese);

        using var workbook = Open(bytes);
        var rows = Sheet(workbook, "问题");
        rows[1][7].Should().Be("<b>&");
        rows[1][6].Should().Be("bell and tab\tkept");
        rows[2][6].Should().Be("literal _x0041_ and _x1_ and _X0001_ stay literal");
        rows[2][7].Should().Be(" padded ", "leading and trailing spaces are preserved");
        Sheet(workbook, "汇总")[1][2].Should().Be("lone \uFFFD surrogate and \uFFFD");
        new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook).Should().BeEmpty();
    }

    [Fact]
    public void Cell_text_is_cut_to_excels_limit()
    {
        var evidence = new string('数', 40_000);
        var result = new FileCheckResult
        {
            Path = "long.html",
            Format = "html",
            Findings = [F("GM2004", Severity.Warning, "long", 14, null, evidence)],
        };

        using var workbook = Open(Write([result], Chinese));

        var cell = Sheet(workbook, "问题")[1][7]!;
        cell.Should().HaveLength(XlsxReportWriter.MaxCellText);
        cell.Should().EndWith("…").And.StartWith("数数数");
        XlsxReportWriter.CellText(new string('a', 32_765) + "😀😀").Should().HaveLength(32_766).And.EndWith("a…", "a surrogate pair is never split");
    }

    [Fact]
    public void Excel_escape_lookalikes_are_protected()
    {
        XlsxReportWriter.EscapeExcelEscapes("a_x0041_b").Should().Be("a_x005F_x0041_b");
        XlsxReportWriter.EscapeExcelEscapes("_x1_ _X12_").Should().Be("_x005F_x1_ _x005F_X12_");
        XlsxReportWriter.EscapeExcelEscapes("_x12345_ _x_ _xg1_ snake_x_case").Should().Be("_x12345_ _x_ _xg1_ snake_x_case");
        ExcelText(XlsxReportWriter.EscapeExcelEscapes("a_x0041_b_x005F_")).Should().Be("a_x0041_b_x005F_");
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var first = Write(Realistic(), Chinese);
        var second = Write(Realistic(), Chinese);

        second.Should().Equal(first);
    }

    [Fact]
    public void No_input_gives_header_only_sheets_and_the_stream_stays_open()
    {
        using var stream = new MemoryStream();
        new XlsxReportWriter().Write(stream, [], Chinese);

        stream.CanWrite.Should().BeTrue("the writer does not close the caller's stream");
        using var workbook = Open(stream.ToArray());
        Sheet(workbook, "汇总").Should().ContainSingle();
        Sheet(workbook, "问题").Should().ContainSingle();
        Worksheet(workbook, "问题").GetFirstChild<AutoFilter>()!.Reference!.Value.Should().Be("A1:H1");
    }

    [FactRequiringLibreOfficeCalc]
    public void LibreOffice_opens_the_workbook_reads_every_sheet_and_prints_it_on_a4_landscape()
    {
        var results = Realistic().Append(new FileCheckResult
        {
            Path = "odd/_x0041_,\"quoted\".html",
            Format = "html",
            Title = "[_x1_|_x0012_|_x0041_|_X12_] \u0001<b>&",
            Findings = [],
        }).ToList();
        using var folder = new TempFolder("xlsx-libreoffice");
        var xlsx = folder.File("report.xlsx");
        File.WriteAllBytes(xlsx, Write(results, Chinese));

        // Comma-separated, '"' quotes, UTF-8 (76), from line 1, every text cell quoted, each sheet to its own file (-1).
        ConvertWithLibreOffice(folder, xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1");
        ConvertWithLibreOffice(folder, xlsx, "pdf");

        ParseCsv(File.ReadAllText(folder.File("report-汇总.csv"), Encoding.UTF8)).Should().BeEquivalentTo(
            new[]
            {
                new string?[] { "文件", "格式", "标题", "年度", "规则集", "选用理由", "状态", "错误数", "警告数" },
                [HtmlPath, "html", "兰溪镇人民政府2018年政府信息公开工作年度报告", "2018", "yunnan-2018", "", "有错误", "2", "0"],
                [DocxPath, "docx", "云岫乡人民政府2018年政府信息公开工作年度报告", "2018", "yunnan-2018", "", "通过", "0", "4"],
                [CleanPath, "text", "兰溪镇人民政府2018年政府信息公开工作年度报告", "2018", "yunnan-2018", "", "通过", "0", "0"],
                [LegacyPath, "doc", "", "", "", "", "无法读取", "1", "0"],
                [BrokenPath, "docx", "", "", "", "", "无法读取", "1", "0"],
                ["odd/_x0041_,\"quoted\".html", "html", "[_x1_|_x0012_|_x0041_|_X12_] <b>&", "", "", "", "通过", "0", "0"],
                ["合计", "", "", "", "", "", "3 个通过，1 个有错误，2 个无法读取", "4", "4"],
            },
            o => o.WithStrictOrdering());
        ParseCsv(File.ReadAllText(folder.File("report-问题.csv"), Encoding.UTF8)).Should().HaveCount(10);
        var rules = ParseCsv(File.ReadAllText(folder.File("report-按规则.csv"), Encoding.UTF8));
        rules.Select(r => r[0]).Should().Equal("规则", "GM0001", "GM0002", "GM1001", "GM1005", "GM2001", "GM2004", "GM4001", "GM4003", "合计");
        rules[^1].Skip(4).Should().Equal("4", "4", "1", "9", "4");

        // A4 landscape is 842 × 595 points; fitted to the width, the three sheets take a page each.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(folder.File("report.pdf"));
        output.WriteLine($"{pdf.NumberOfPages} page(s)");
        pdf.NumberOfPages.Should().Be(3);
        foreach (var page in pdf.GetPages())
        {
            page.Width.Should().BeApproximately(842, 2);
            page.Height.Should().BeApproximately(595, 2);
        }

        var text = string.Concat(pdf.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))));
        text.Should().Contain("合计").And.Contain("GM2004").And.Contain("建议提案办理结果公开情况", "the message column is printed, not cut off to the right");
    }

    private void ConvertWithLibreOffice(TempFolder folder, string file, string filter)
    {
        var start = new ProcessStartInfo(LibreOfficeCalc.Locate()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-env:UserInstallation=" + new Uri(folder.File("profile")).AbsoluteUri);
        start.ArgumentList.Add("--headless");
        start.ArgumentList.Add("--norestore");
        start.ArgumentList.Add("--convert-to");
        start.ArgumentList.Add(filter);
        start.ArgumentList.Add("--outdir");
        start.ArgumentList.Add(folder.Path);
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("LibreOffice did not finish converting within 3 minutes");
        }

        output.WriteLine(stdout.Result);
        output.WriteLine(stderr.Result);
        process.ExitCode.Should().Be(0);

        // LibreOffice exits 0 even when it could not load the file: the output file is the verdict.
        stdout.Result.Should().Contain("convert ", "LibreOffice reports each conversion it made");
        stderr.Result.Should().NotContain("Error", "the workbook loads without a repair");
    }

    private static byte[] Write(IReadOnlyList<FileCheckResult> results, ReportWriterOptions run)
    {
        using var stream = new MemoryStream();
        new XlsxReportWriter().Write(stream, results, run);
        return stream.ToArray();
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static Worksheet Worksheet(SpreadsheetDocument workbook, string name)
    {
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static List<List<Cell>> Cells(SpreadsheetDocument workbook, string name) =>
        Worksheet(workbook, name).GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();

    /// <summary>The sheet as Excel would show it: one array per row, null for an empty cell.</summary>
    private static List<string?[]> Sheet(SpreadsheetDocument workbook, string name)
    {
        var worksheet = Worksheet(workbook, name);
        var width = worksheet.GetFirstChild<Columns>()!.Elements<Column>().Count();
        var rows = new List<string?[]>();
        foreach (var row in worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            row.RowIndex!.Value.Should().Be((uint)rows.Count + 1);
            var values = new string?[width];
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                values[column] = cell.DataType?.Value == CellValues.InlineString
                    ? ExcelText(cell.InlineString!.InnerText)
                    : cell.CellValue!.Text;
            }

            rows.Add(values);
        }

        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>Undoes Excel's _xHHHH_ escapes (ECMA-376 ST_Xstring), as Excel does when it reads a cell.</summary>
    private static string ExcelText(string raw) =>
        ExcelEscape().Replace(raw, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex ExcelEscape();

    /// <summary>RFC 4180 records (quoted fields may hold commas, quotes and line breaks).</summary>
    private static List<string[]> ParseCsv(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}
