using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Docx.TestDocx;

namespace Gumu.Compliance.Tests.Readers.Docx;

public sealed class DocxTableTests
{
    private static TableBlock SingleTable(string body) => new TestDocx { Body = body }.Read().Blocks.OfType<TableBlock>().Single();

    private static string Describe(TableCell cell) =>
        $"{cell.Text}|{(cell.IsOrigin ? "origin" : "covered")}|{cell.RowSpan}x{cell.ColumnSpan}|{cell.Location.ToCompactString()}";

    [Fact]
    public void Vertical_and_horizontal_merges_resolve_into_the_exact_grid()
    {
        var table = SingleTable(Table(
            Cell("<w:gridSpan w:val=\"2\"/>", "依申请公开") + Cell(null, "单位"),
            Cell("<w:vMerge w:val=\"restart\"/>", "其中") + Cell(null, "当面") + Cell(null, "件"),
            Cell("<w:vMerge/>") + Cell("<w:gridSpan w:val=\"2\"/>", "网络申请")));

        table.Grid.RowCount.Should().Be(3);
        table.Grid.ColumnCount.Should().Be(3);
        Enumerable.Range(0, 3).SelectMany(r => table.Grid.Row(r)).Select(Describe).Should().Equal(
            "依申请公开|origin|1x2|t1r1c1",
            "依申请公开|covered|1x2|t1r1c1",
            "单位|origin|1x1|t1r1c3",
            "其中|origin|2x1|t1r2c1",
            "当面|origin|1x1|t1r2c2",
            "件|origin|1x1|t1r2c3",
            "其中|covered|2x1|t1r2c1",
            "网络申请|origin|1x2|t1r3c2",
            "网络申请|covered|1x2|t1r3c2");
    }

    [Fact]
    public void A_merge_continued_over_several_rows_grows_the_row_span()
    {
        var table = SingleTable(Table(
            Cell("<w:vMerge w:val=\"restart\"/>", "行政复议") + Cell(null, "维持"),
            Cell("<w:vMerge w:val=\"continue\"/>") + Cell(null, "纠错"),
            Cell("<w:vMerge/>") + Cell(null, "其他")));

        table.Grid[0, 0].RowSpan.Should().Be(3);
        table.Grid[2, 0].Text.Should().Be("行政复议");
        table.Grid[2, 0].IsOrigin.Should().BeFalse();
    }

    [Fact]
    public void GridBefore_gridAfter_and_ragged_rows_are_padded_with_empty_slots()
    {
        var table = SingleTable(Table(
            "<w:trPr><w:gridBefore w:val=\"1\"/><w:gridAfter w:val=\"1\"/></w:trPr>" + Cell(null, "中"),
            Cell(null, "甲") + Cell(null, "乙") + Cell(null, "丙") + Cell(null, "丁"),
            Cell(null, "短")));

        table.Grid.ColumnCount.Should().Be(4);
        table.Grid.Row(0).Select(Describe).Should().Equal("|origin|1x1|t1r1c1", "中|origin|1x1|t1r1c2", "|origin|1x1|t1r1c3", "|origin|1x1|t1r1c4");
        table.Grid.Row(2).Select(c => c.Text).Should().Equal("短", string.Empty, string.Empty, string.Empty);
    }

    [Fact]
    public void Cell_text_joins_its_paragraphs_with_a_space()
    {
        SingleTable(Table(Cell(null, "（一）收到申请数", "", "（不含重复）"))).Grid[0, 0].Text.Should().Be("（一）收到申请数 （不含重复）");
    }

    [Fact]
    public void A_nested_table_follows_its_parent_and_stays_out_of_the_parent_cell_text()
    {
        var nested = Table(Cell(null, "内层数据"));
        var outer = "<w:tbl><w:tr><w:tc>" + P("外层说明") + nested + "<w:p/></w:tc>" + Cell(null, "右侧") + "</w:tr></w:tbl>";
        var tables = new TestDocx { Body = P("前") + outer + P("后") }.Read().Blocks.ToList();

        tables.Select(b => b.GetType().Name).Should().Equal("ParagraphBlock", "TableBlock", "TableBlock", "ParagraphBlock");
        var parent = (TableBlock)tables[1];
        var child = (TableBlock)tables[2];
        (parent.Number, child.Number).Should().Be((1, 2));
        parent.Grid.Row(0).Select(c => c.Text).Should().Equal("外层说明", "右侧");
        Describe(child.Grid[0, 0]).Should().Be("内层数据|origin|1x1|t2r1c1");
    }

    [Fact]
    public void Tables_are_numbered_in_reading_order()
    {
        var blocks = new TestDocx { Body = Table(Cell(null, "一")) + P("间隔") + Table(Cell(null, "二")) }.Read().Blocks;

        blocks.OfType<TableBlock>().Select(t => (t.Number, t.Location.ToCompactString())).Should().Equal((1, "t1r1c1"), (2, "t2r1c1"));
    }

    [Fact]
    public void Tracked_deleted_rows_are_left_out()
    {
        var table = SingleTable(Table(
            Cell(null, "保留"),
            "<w:trPr><w:del w:id=\"1\" w:author=\"编辑\" w:date=\"2019-01-10T09:00:00Z\"/></w:trPr>" + Cell(null, "删除"),
            Cell(null, "也保留")));

        table.Grid.Row(0).Concat(table.Grid.Row(1)).Select(c => c.Text).Should().Equal("保留", "也保留");
        table.Grid.RowCount.Should().Be(2);
    }

    [Fact]
    public void Rows_and_cells_inside_content_controls_are_read()
    {
        var table = SingleTable("<w:tbl><w:sdt><w:sdtContent><w:tr>" + Cell(null, "甲") + "<w:sdt><w:sdtContent>" + Cell(null, "乙") + "</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>");

        table.Grid.Row(0).Select(c => c.Text).Should().Equal("甲", "乙");
    }

    [Fact]
    public void A_grid_over_the_cell_limit_is_refused()
    {
        var body = Table(Cell(null, "1") + Cell(null, "2"), Cell(null, "3") + Cell(null, "4"), Cell(null, "5"));

        var read = () => new TestDocx { Body = body }.Read(new ReaderLimits { MaxTableCells = 5 });

        read.Should().Throw<ReportReadException>()
            .Which.Should().Match<ReportReadException>(e => e.RuleId == ReadFailures.LimitsExceeded && (string?)e.Properties[0].Value == "MaxTableCells");
    }

    [Fact]
    public void A_hostile_grid_span_is_refused_before_the_grid_is_built()
    {
        var body = Table(Cell("<w:gridSpan w:val=\"2000000000\"/>", "宽"));

        var read = () => new TestDocx { Body = body }.Read();

        read.Should().Throw<ReportReadException>().Which.RuleId.Should().Be(ReadFailures.LimitsExceeded);
    }
}
