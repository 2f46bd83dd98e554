using Gumu.Compliance.Documents;
using Gumu.SampleBuilder.Inputs;
using static Gumu.Compliance.Tests.Readers.Pdf.TestPdf;

namespace Gumu.Compliance.Tests.Readers.Pdf;

/// <summary>Tables rebuilt from ruling lines: merged cells, wrapped words, what is not a ruling, tables over page breaks, tables without rulings.</summary>
public sealed class PdfTableTests
{
    private static readonly double[] Columns = [72, 117, 340, 397, 496];

    [Fact]
    public void Merged_cells_resolve_into_the_grid_the_docx_reader_gives()
    {
        double[] rows = [100, 124, 148, 172, 196];
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();
        Grid(page, Columns, rows, (0, 0, 1, 2), (1, 0, 4, 1));
        Row(page, Columns, rows, 0, "统计指标", null, "单位", "统计数");
        Row(page, Columns, rows, 1, "其中：", "涉及国家秘密", "件", "0");
        Row(page, Columns, rows, 2, null, "涉及商业秘密", "件", "2");
        Row(page, Columns, rows, 3, null, "涉及个人隐私", "件", "1");

        var table = Read(pdf).Blocks.Should().ContainSingle().Which.Should().BeOfType<TableBlock>().Subject;

        Describe(table.Grid).Should().Equal(
            "统计指标[1x2] | ^统计指标[1x2] | 单位 | 统计数",
            "其中：[3x1] | 涉及国家秘密 | 件 | 0",
            "^其中：[3x1] | 涉及商业秘密 | 件 | 2",
            "^其中：[3x1] | 涉及个人隐私 | 件 | 1");
        table.Grid[2, 0].Location.Should().Be(table.Grid[1, 0].Location);
        table.Grid[2, 3].Location.Should().Be(new SourceLocation { Page = 1, Line = 3, Table = 1, Row = 3, Cell = 4 });
        table.Location.Should().Be(new SourceLocation { Page = 1, Line = 1, Table = 1 });
    }

    [Fact]
    public void A_word_wrapped_inside_a_narrow_header_cell_reads_whole()
    {
        double[] columns = [72, 160, 208, 256, 304];
        double[] rows = [100, 140, 164];
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();
        Grid(page, columns, rows);
        Row(page, columns, rows, 0, "申请人情况", "自然人");
        Cell(page, columns, rows, 0, 2, "商业企", "业");
        Cell(page, columns, rows, 0, 3, "科研机", "构");
        Row(page, columns, rows, 1, "新收申请数", "12", "3", "0");

        var table = Read(pdf).Blocks.OfType<TableBlock>().Single();

        Describe(table.Grid).Should().Equal("申请人情况 | 自然人 | 商业企业 | 科研机构", "新收申请数 | 12 | 3 | 0");
    }

    [Fact]
    public void Thin_filled_bars_are_rulings_while_white_and_wide_fills_and_clipping_paths_are_not()
    {
        double[] columns = [72, 200, 300];
        double[] rows = [100, 124, 148];
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();

        // WPS draws a white rectangle behind every text line, others shade a header: neither divides cells.
        page.Fill(60, 90, 460, 70, gray: 1);
        page.Fill(72, 100, 228, 24, gray: 0.85);
        page.Clip(72, 112, 228, 1);
        page.Clip(136, 100, 1, 48);
        foreach (var y in rows)
        {
            page.Fill(72, y - 0.4, 228, 0.8);
        }

        foreach (var x in columns)
        {
            page.Fill(x - 0.4, 100, 0.8, 48);
        }

        Row(page, columns, rows, 0, "（一）收到申请数", "9");
        Row(page, columns, rows, 1, "（二）申请办结数", "9");

        var table = Read(pdf).Blocks.Should().ContainSingle().Which.Should().BeOfType<TableBlock>().Subject;

        Describe(table.Grid).Should().Equal("（一）收到申请数 | 9", "（二）申请办结数 | 9");
    }

    [Fact]
    public void A_table_over_a_page_break_is_one_table_without_the_repeated_header_and_with_the_cut_label_joined()
    {
        var pdf = new DrawnPdf();
        var one = pdf.AddPage();
        one.Text(Left + 24, 680, "（二）统计表", Size);
        double[] rows1 = [700, 724, 748, 772];
        Grid(one, Columns, rows1, (0, 0, 1, 2), (1, 0, 2, 2), (2, 0, 3, 2));
        Row(one, Columns, rows1, 0, "统计指标", null, "单位", "统计数");
        Row(one, Columns, rows1, 1, "（一）收到申请数", null, "件", "9");

        // The page break cuts this row: the label's first line fills the cell, the rest goes on.
        one.Text(Columns[0] + 3, 764, "（二）危及国家安全、公共安全、经济安全和社会稳定", 10.5);
        one.Text(Columns[2] + 3, 764, "件", 10.5);
        one.Text(Columns[3] + 3, 764, "0", 10.5);

        var two = pdf.AddPage();
        double[] rows2 = [72, 96, 120, 144];
        Grid(two, Columns, rows2, (0, 0, 1, 2), (1, 0, 2, 2), (2, 0, 3, 2));
        Row(two, Columns, rows2, 0, "统计指标", null, "单位", "统计数");
        Cell(two, Columns, rows2, 1, 0, "的其他情形");
        Row(two, Columns, rows2, 2, "（三）申请办结数", null, "件", "9");
        two.Text(Left + 24, 180, "十五、附记", Size);

        var blocks = Read(pdf).Blocks;

        blocks.Select(b => b.GetType().Name).Should().Equal("ParagraphBlock", "TableBlock", "ParagraphBlock");
        var table = (TableBlock)blocks[1];
        // No ruling divides the first two columns anywhere, so the grid has three.
        Describe(table.Grid).Should().Equal(
            "统计指标 | 单位 | 统计数",
            "（一）收到申请数 | 件 | 9",
            "（二）危及国家安全、公共安全、经济安全和社会稳定的其他情形 | 件 | 0",
            "（三）申请办结数 | 件 | 9");
        table.Grid[3, 2].Location.ToCompactString().Should().Be("t1r4c3");
        (table.Grid[3, 2].Location.Page, table.Grid[3, 2].Location.Line).Should().Be((2, 3));
    }

    [Fact]
    public void A_vertically_merged_cell_running_over_a_page_break_stays_one_cell()
    {
        var pdf = new DrawnPdf();
        var one = pdf.AddPage();
        double[] rows1 = [724, 748, 772];
        Grid(one, Columns, rows1, (0, 0, 1, 2));
        Row(one, Columns, rows1, 0, "4.不同意公开答复数", null, "件", "1");
        Row(one, Columns, rows1, 1, "其中：", "涉及国家秘密", "件", "0");
        var two = pdf.AddPage();
        double[] rows2 = [72, 96, 120, 144];
        Grid(two, Columns, rows2, (0, 0, 2, 1), (2, 0, 3, 2));
        Row(two, Columns, rows2, 0, null, "涉及商业秘密", "件", "0");
        Row(two, Columns, rows2, 1, null, "涉及个人隐私", "件", "1");
        Row(two, Columns, rows2, 2, "5.不属于本行政机关公开", null, "件", "1");

        var table = Read(pdf).Blocks.Should().ContainSingle().Which.Should().BeOfType<TableBlock>().Subject;

        Describe(table.Grid).Should().Equal(
            "4.不同意公开答复数[1x2] | ^4.不同意公开答复数[1x2] | 件 | 1",
            "其中：[3x1] | 涉及国家秘密 | 件 | 0",
            "^其中：[3x1] | 涉及商业秘密 | 件 | 0",
            "^其中：[3x1] | 涉及个人隐私 | 件 | 1",
            "5.不属于本行政机关公开[1x2] | ^5.不属于本行政机关公开[1x2] | 件 | 1");
    }

    [Fact]
    public void A_table_without_rulings_is_read_when_every_line_has_the_same_columns()
    {
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();
        page.Text(Left, 100, "统计指标", Size).Text(340, 100, "单位", Size).Text(420, 100, "统计数", Size);
        page.Text(Left, 120, "（一）收到申请数", Size).Text(340, 120, "件", Size).Text(420, 120, "9", Size);
        page.Text(Left, 140, "（二）申请办结数", Size).Text(340, 140, "件", Size).Text(420, 140, "9", Size);

        var table = Read(pdf).Blocks.Should().ContainSingle().Which.Should().BeOfType<TableBlock>().Subject;

        Describe(table.Grid).Should().Equal("统计指标 | 单位 | 统计数", "（一）收到申请数 | 件 | 9", "（二）申请办结数 | 件 | 9");
        table.Grid[2, 2].Location.Should().Be(new SourceLocation { Page = 1, Line = 3, Table = 1, Row = 3, Cell = 3 });
    }

    [Fact]
    public void A_table_without_rulings_whose_cells_are_uncertain_is_not_guessed()
    {
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();
        page.Text(Left, 100, "统计指标", Size).Text(340, 100, "单位", Size).Text(420, 100, "统计数", Size);
        page.Text(Left, 120, "（一）主动公开政府信息数（不同渠道", Size).Text(340, 120, "条", Size).Text(420, 120, "268", Size);
        page.Text(Left, 140, "和方式公开相同信息计1条）", Size);
        page.Text(Left, 160, "其中：主动公开规范性文件数", Size).Text(420, 160, "4", Size);

        var block = Read(pdf).Blocks.Should().ContainSingle().Subject;

        block.Should().BeEquivalentTo(new ImageBlock { Location = SourceLocation.AtPageLine(1, 1), AltText = "无框线表格", Source = "第1页无框线表格" });
    }
}
