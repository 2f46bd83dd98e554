using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Tests.Support;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Tests.Readers.Text;

/// <summary>
/// Tables copied from web pages into plain text lose their rows: one cell per line, with nothing,
/// a blank line, a lone "|" or a trailing " |" between the cells, or cells set apart by spaces.
/// They are read as tables, their rows are never paragraphs (so never headings), and the section
/// headings around them stay headings.
/// </summary>
public sealed class FlattenedTableTests
{
    private const string Before = "青石乡人民政府2018年政府信息公开工作年度报告\n一、概述\n青石乡全年主动公开政府信息52条，均在规定时限内公开，公开栏每季度更新一次，群众查阅方便。\n二、主动公开政府信息情况\n";
    private const string After = "三、收到和处理政府信息公开申请情况\n青石乡全年收到政府信息公开申请3件，均已按期答复，没有逾期未答复的申请。\n";

    private static readonly string[][] Rows =
    [
        ["统计指标", "单位", "统计数"],
        ["一、主动公开情况", "——", "——"],
        ["（一）主动公开政府信息数", "条", "52"],
        ["其中：主动公开规范性文件数", "条", "2"],
        ["二、依申请公开情况", "——", "——"],
        ["（一）收到申请数", "件", "3"],
    ];

    public static TheoryData<string, string> Shapes() => new()
    {
        { "one cell per line, a blank line after each row", string.Join("\n\n", Rows.Select(r => string.Join("\n", r))) + "\n" },
        { "cells set apart by runs of spaces", string.Join("\n", Rows.Select(r => string.Join("    ", r))) + "\n" },
        { "each cell with a trailing bar", string.Concat(Rows.SelectMany(r => r).Select(c => c + " |\n")) },
        { "a lone bar between cells", string.Concat(Rows.SelectMany(r => r).Select(c => c + "\n|\n")) },
        { "one cell per line, nothing between", string.Concat(Rows.SelectMany(r => r).Select(c => c + "\n")) },
        { "a blank line after each cell", string.Concat(Rows.SelectMany(r => r).Select(c => c + "\n\n")) },
        { "markdown pipes", string.Concat(Rows.Select(r => "| " + string.Join(" | ", r) + " |\n")) },
        { "tab-separated", string.Concat(Rows.Select(r => string.Join("\t", r) + "\n")) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_flattened_table_is_read_with_its_rows_and_the_headings_around_it_stay(string shape, string table)
    {
        var document = Parse(Before + table + After);

        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().Equal(
            ["青石乡人民政府2018年政府信息公开工作年度报告", "一、概述", "青石乡全年主动公开政府信息52条，均在规定时限内公开，公开栏每季度更新一次，群众查阅方便。", "二、主动公开政府信息情况",
             "三、收到和处理政府信息公开申请情况", "青石乡全年收到政府信息公开申请3件，均已按期答复，没有逾期未答复的申请。"],
            shape);
        var grid = document.Blocks.OfType<TableBlock>().Should().ContainSingle(shape).Subject.Grid;
        Cells(grid).Should().BeEquivalentTo(Rows, o => o.WithStrictOrdering(), shape);
    }

    [Fact]
    public void Cells_are_located_on_their_own_lines()
    {
        var document = Parse(Before + string.Concat(Rows.SelectMany(r => r).Select(c => c + " |\n")) + After);

        var location = document.Blocks.OfType<TableBlock>().Single().Grid[2, 2].Location;
        (location.Table, location.Row, location.Cell, location.Line, location.Column).Should().Be((1, 3, 3, 13, 1));
    }

    [Fact]
    public void A_header_wrapped_over_two_lines_is_one_cell()
    {
        var table = "第二十条第(一)项\n\n信息内容\n\n本年新\n制作数量\n\n本年新\n公开数量\n\n对外公开总数量\n\n规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n2\n\n1\n\n5\n\n";

        var grid = Parse(Before + table + After).Blocks.OfType<TableBlock>().Single().Grid;

        Cells(grid).Should().BeEquivalentTo(
            new[]
            {
                new[] { "第二十条第(一)项", string.Empty, string.Empty, string.Empty },
                ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                ["规章", "0", "0", "0"],
                ["规范性文件", "2", "1", "5"],
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Rows_numbered_like_headings_stay_rows_and_the_next_sections_heading_stays_a_heading()
    {
        // An unfilled application table (no values at all), as a portal shows an empty form, then section 四.
        var table = "申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n"
            + "一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n三、本年度办理结果\n（一）予以公开\n（七）总计\n四、结转下年度继续办理\n";
        var text = "一、总体情况\n青石乡按条例要求做好政府信息公开工作，全年未发生因公开不当引起的投诉。\n三、收到和处理政府信息公开申请情况\n"
            + table + "四、政府信息公开行政复议、行政诉讼情况\n青石乡全年没有因政府信息公开被申请行政复议或提起行政诉讼。\n";

        var document = Parse(text);

        Headings(document).Should().Equal("一、总体情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
        var grid = document.Blocks.OfType<TableBlock>().Single().Grid;
        grid.RowCount.Should().Be(15);
        grid[14, 0].Text.Should().Be("四、结转下年度继续办理");
    }

    [Fact]
    public void A_row_label_followed_by_its_values_is_a_row_even_when_numbered_like_the_next_section()
    {
        var table = "申请人情况 |\n自然人 |\n法人或其他组织 |\n总计 |\n三、本年度办理结果 |\n（一）予以公开 |\n2 |\n1 |\n3 |\n四、结转下年度继续办理 |\n0 |\n0 |\n0 |\n";
        var text = "一、总体情况\n青石乡按条例要求做好政府信息公开工作，全年未发生因公开不当引起的投诉。\n三、收到和处理政府信息公开申请情况\n"
            + table + "四、政府信息公开行政复议、行政诉讼情况\n青石乡全年没有因政府信息公开被申请行政复议或提起行政诉讼。\n";

        var document = Parse(text);

        Headings(document).Should().Equal("一、总体情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况");
        Cells(document.Blocks.OfType<TableBlock>().Single().Grid).Should().BeEquivalentTo(
            new[]
            {
                new[] { "申请人情况", "自然人", "法人或其他组织", "总计" },
                ["三、本年度办理结果", string.Empty, string.Empty, string.Empty],
                ["（一）予以公开", "2", "1", "3"],
                ["四、结转下年度继续办理", "0", "0", "0"],
            },
            o => o.WithStrictOrdering());
    }

    /// <summary>
    /// Table 三 of the national format with its three-row header given once per merged cell: as
    /// rows (a blank line after each), and as a stream of cells with a trailing bar and no row
    /// breaks at all. Either way each column of figures gets its own header cells.
    /// </summary>
    [Theory]
    [InlineData("rows")]
    [InlineData("stream")]
    public void A_header_of_merged_cells_given_once_is_laid_over_its_columns(string shape)
    {
        string[][] header =
        [
            ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
            ["自然人", "法人或其他组织", "总计"],
            ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
        ];
        string[][] body =
        [
            ["一、本年新收政府信息公开申请数量", "3", "1", "0", "0", "0", "0", "4"],
            ["二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"],
        ];
        var table = shape == "rows"
            ? string.Concat(header.Concat(body).Select(r => string.Join("\n", r) + "\n\n"))
            : string.Concat(header.Concat(body).SelectMany(r => r).Select(c => c + " |\n"));
        var text = "一、总体情况\n青石乡按条例要求做好政府信息公开工作。\n三、收到和处理政府信息公开申请情况\n" + table + "四、政府信息公开行政复议、行政诉讼情况\n";

        var grid = Parse(text).Blocks.OfType<TableBlock>().Single().Grid;

        Cells(grid).Should().BeEquivalentTo(
            new[]
            {
                new[] { header[0][0], "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况" },
                [string.Empty, "自然人", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "总计"],
                [string.Empty, string.Empty, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", string.Empty],
                body[0],
                body[1],
            },
            o => o.WithStrictOrdering(),
            shape);
    }

    public static TheoryData<string, string> NotTables() => new()
    {
        { "a list of measures", "三、主要做法\n（一）健全机构\n（二）完善制度\n（三）加强培训\n（四）强化监督\n（五）公开栏更新\n（六）网站改版\n" },
        { "a contact block", "联系地址：\n青石乡政府大院\n联系电话\n0878-6231405\n邮政编码\n675112\n" },
        { "a signature and a date", "青石乡人民政府\n2019年1月15日\n" },
        { "page numbers between paragraphs", "青石乡全年主动公开政府信息52条，均在规定时限内公开，群众查阅方便，社会反映良好。\n2\n青石乡全年收到政府信息公开申请3件，均已按期答复，没有逾期未答复的申请。\n3\n青石乡全年没有因政府信息公开被申请行政复议或提起行政诉讼，也没有被举报投诉。\n" },
        { "short lines with a few numbers", "全年开展培训\n2\n次，参训人员\n45\n人。\n" },
        { "a portal's navigation", "首页 |\n政务公开 |\n政府信息公开年报 |\n" },
    };

    [Theory]
    [MemberData(nameof(NotTables))]
    public void Short_paragraphs_are_not_a_table(string what, string text)
    {
        var document = Parse(text);

        document.Blocks.Should().AllBeOfType<ParagraphBlock>(what);
        document.Blocks.Should().HaveCount(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, what);
    }

    [Fact]
    public void A_caption_above_a_flattened_table_stays_a_paragraph()
    {
        var text = Before + "青石乡2018年政府信息公开情况统计表\n" + string.Concat(Rows.SelectMany(r => r).Select(c => c + "\n")) + After;

        var document = Parse(text);

        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Should().Contain("青石乡2018年政府信息公开情况统计表");
        document.Blocks.OfType<TableBlock>().Single().Grid[0, 0].Text.Should().Be("统计指标");
    }

    public static TheoryData<string> Samples() =>
    [
        "one cell per line, a blank line after each row", "cells set apart by runs of spaces", "each cell with a trailing bar",
        "a lone bar between cells", "one cell per line, nothing between", "a blank line after each cell",
    ];

    /// <summary>The sample compliant report with its TAB table flattened in each shape: the same findings (none) as the original.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_compliant_report_whose_table_was_flattened_is_still_compliant(string shape)
    {
        var original = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Samples, "compliant", "lanxi-2018.txt"));
        var flattened = Flatten(original, shape);
        flattened.Should().NotContain("\t");

        var result = await new ReportChecker().CheckAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(flattened)), "lanxi.txt");

        result.Findings.Should().BeEmpty(shape);
    }

    [CorpusTheory]
    [InlineData("2019-hebei-xiongxian-township-empty-table.txt")]
    [InlineData("2019-shaanxi-ankang-bureau-table.txt")]
    [InlineData("2020-jilin-fusong-songjianghe.txt")]
    [InlineData("2020-sichuan-qiliping-town-table.txt")]
    [InlineData("2022-hunan-taojiang-songmutang.txt")]
    [InlineData("2023-xinjiang-nlk-town-table.txt")]
    public void Real_flattened_tables_are_tables_and_no_row_reads_as_a_heading(string file)
    {
        var document = Parse(File.ReadAllText(Path.Combine(RepositoryPaths.RealExcerpts!, file)));

        document.Blocks.OfType<TableBlock>().Should().NotBeEmpty();
        var numbers = Headings(document).Select(h => HeadingNumber.Parse(h).Value).ToList();
        numbers.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems("a row numbered like a heading must not repeat a section number");
        document.Blocks.OfType<ParagraphBlock>().Should().NotContain(p => FlattenedTable.IsValue(p.Text), "a value is a cell, never a paragraph");
    }

    private static ReportDocument Parse(string text) => PlainTextReportReader.Parse(text, ReaderLimits.Default, CancellationToken.None);

    private static string[] Headings(ReportDocument document) =>
        [.. document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).Where(t => HeadingNumber.Parse(t).Style == HeadingNumberStyle.Chinese)];

    private static string[][] Cells(TableGrid grid) =>
        [.. Enumerable.Range(0, grid.RowCount).Select(r => grid.Row(r).Select(c => c.Text).ToArray())];

    private static string Flatten(string report, string shape)
    {
        var lines = report.Split('\n');
        var output = new List<string>();
        foreach (var line in lines)
        {
            if (!line.Contains('\t', StringComparison.Ordinal))
            {
                output.Add(line);
                continue;
            }

            var cells = line.Split('\t').Where(c => c.Length > 0).ToArray();
            switch (shape)
            {
                case "one cell per line, a blank line after each row":
                    output.AddRange(cells);
                    output.Add(string.Empty);
                    break;
                case "cells set apart by runs of spaces":
                    output.Add(string.Join("   ", cells));
                    break;
                case "each cell with a trailing bar":
                    output.AddRange(cells.Select(c => c + " |"));
                    break;
                case "a lone bar between cells":
                    output.AddRange(cells.SelectMany(c => new[] { c, "|" }));
                    break;
                case "one cell per line, nothing between":
                    output.AddRange(cells);
                    break;
                case "a blank line after each cell":
                    output.AddRange(cells.SelectMany(c => new[] { c, string.Empty }));
                    break;
            }
        }

        return string.Join('\n', output);
    }
}
