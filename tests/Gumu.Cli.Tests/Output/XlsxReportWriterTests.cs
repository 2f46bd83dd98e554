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
            },
            o => o.WithStrictOrdering());
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

        workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("Summary", "Findings");
        var summary = Sheet(workbook, "Summary");
        summary[0].Should().Equal("Path", "Format", "Title", "Year", "Rule set", "Why this rule set", "Status", "Errors", "Warnings");
        summary.Skip(1).Select(r => r[6]).Should().Equal("errors", "passed", "passed", "unreadable", "unreadable");
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
            pane.VerticalSplit!.Value.Should().Be(1);
            pane.TopLeftCell!.Value.Should().Be("A2");
            worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value.Should().Be(range);
            var columns = worksheet.GetFirstChild<Columns>()!.Elements<Column>().ToList();
            columns.Should().HaveCount(header.Elements<Cell>().Count());
            columns.Should().AllSatisfy(c => c.Width!.Value.Should().BeInRange(7, 61));
        }

        var filters = workbook.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        filters.Select(d => d.Text).Should().Equal("'汇总'!$A$1:$I$6", "'问题'!$A$1:$H$10");
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

    [FactRequiringProgram("libreoffice", "soffice")]
    public void LibreOffice_reads_the_summary_sheet()
    {
        var results = Realistic().Append(new FileCheckResult
        {
            Path = "odd/_x0041_,\"quoted\".html",
            Format = "html",
            Title = "[_x1_|_x0012_|_x0041_|_X12_] \u0001<b>&",
            Findings = [],
        }).ToList();
        var folder = Directory.CreateTempSubdirectory("gumu-xlsx-");
        try
        {
            var xlsx = Path.Combine(folder.FullName, "report.xlsx");
            File.WriteAllBytes(xlsx, Write(results, Chinese));
            var program = ProgramOnPath.Find("libreoffice", "soffice")!;
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-env:UserInstallation=" + new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri);
            start.ArgumentList.Add("--headless");
            start.ArgumentList.Add("--convert-to");

            // Comma-separated, '"' quotes, UTF-8 (76), from line 1, every text cell quoted; LibreOffice writes the first sheet.
            start.ArgumentList.Add("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false");
            start.ArgumentList.Add("--outdir");
            start.ArgumentList.Add(folder.FullName);
            start.ArgumentList.Add(xlsx);
            using (var process = Process.Start(start)!)
            {
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
            }

            var csv = File.ReadAllText(Path.Combine(folder.FullName, "report.csv"), Encoding.UTF8);
            output.WriteLine(csv);
            ParseCsv(csv).Should().BeEquivalentTo(
                new[]
                {
                    new string?[] { "文件", "格式", "标题", "年度", "规则集", "选用理由", "状态", "错误数", "警告数" },
                    [HtmlPath, "html", "兰溪镇人民政府2018年政府信息公开工作年度报告", "2018", "yunnan-2018", "", "有错误", "2", "0"],
                    [DocxPath, "docx", "云岫乡人民政府2018年政府信息公开工作年度报告", "2018", "yunnan-2018", "", "通过", "0", "4"],
                    [CleanPath, "text", "兰溪镇人民政府2018年政府信息公开工作年度报告", "2018", "yunnan-2018", "", "通过", "0", "0"],
                    [LegacyPath, "doc", "", "", "", "", "无法读取", "1", "0"],
                    [BrokenPath, "docx", "", "", "", "", "无法读取", "1", "0"],
                    ["odd/_x0041_,\"quoted\".html", "html", "[_x1_|_x0012_|_x0041_|_X12_] <b>&", "", "", "", "通过", "0", "0"],
                },
                o => o.WithStrictOrdering());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
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
