using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Html.HtmlPages;
using static Gumu.Compliance.Tests.Readers.Html.PortalPageTests;

namespace Gumu.Compliance.Tests.Readers.Html;

public sealed class TableTests
{
    // A statistics-table fragment: a block header spanning columns, "其中" spanning rows, "——", "/" and a blank cell.
    private const string StatisticsTable =
        "<table border=\"1\">\n"
        + "<tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>\n"
        + "<tr><td colspan=\"3\">一、主动公开情况</td></tr>\n"
        + "<tr><td>（一）主动公开政府信息数</td><td>条</td><td>46</td></tr>\n"
        + "<tr><td rowspan=\"2\">其中：<br>主动公开规范性文件数</td><td>条</td><td>2</td></tr>\n"
        + "<tr><td>件</td><td>——</td></tr>\n"
        + "<tr><td>制发规范性文件总数</td><td>件</td><td>&nbsp;</td></tr>\n"
        + "<tr><td>1.政府公报</td><td>条</td><td>/</td></tr>\n"
        + "</table>";

    private static TableBlock SingleTable(string body) => Read(Page(body)).Blocks.OfType<TableBlock>().Single();

    private static string[][] TextGrid(TableGrid grid) =>
        Enumerable.Range(0, grid.RowCount).Select(r => grid.Row(r).Select(c => c.Text).ToArray()).ToArray();

    [Fact]
    public void Rowspan_and_colspan_resolve_into_a_rectangular_grid()
    {
        var table = SingleTable(StatisticsTable);

        TextGrid(table.Grid).Should().BeEquivalentTo(
            new[]
            {
                new[] { "统计指标", "单位", "统计数" },
                new[] { "一、主动公开情况", "一、主动公开情况", "一、主动公开情况" },
                new[] { "（一）主动公开政府信息数", "条", "46" },
                new[] { "其中： 主动公开规范性文件数", "条", "2" },
                new[] { "其中： 主动公开规范性文件数", "件", "——" },
                new[] { "制发规范性文件总数", "件", "" },
                new[] { "1.政府公报", "条", "/" },
            },
            options => options.WithStrictOrdering());
    }

    [Fact]
    public void Covered_slots_point_to_their_origin_cell()
    {
        var grid = SingleTable(StatisticsTable).Grid;

        var header = grid[1, 0];
        header.IsOrigin.Should().BeTrue();
        header.ColumnSpan.Should().Be(3);
        header.RowSpan.Should().Be(1);
        grid[1, 1].IsOrigin.Should().BeFalse();
        grid[1, 2].IsOrigin.Should().BeFalse();
        grid[1, 2].Location.Should().Be(header.Location);

        var among = grid[3, 0];
        among.IsOrigin.Should().BeTrue();
        among.RowSpan.Should().Be(2);
        grid[4, 0].IsOrigin.Should().BeFalse();
        grid[4, 0].Location.ToCompactString().Should().Be(among.Location.ToCompactString());
        grid[4, 1].IsOrigin.Should().BeTrue();
    }

    [Fact]
    public void Cell_locations_name_table_row_column_and_source_position()
    {
        var html = Page("<p>前言</p>\n" + StatisticsTable);

        var table = Read(html).Blocks.OfType<TableBlock>().Single();

        var cell = table.Grid[4, 1].Location;
        cell.Table.Should().Be(1);
        cell.Row.Should().Be(5);
        cell.Cell.Should().Be(2);
        cell.ToCompactString().Should().Be(LocationOf(html, "<td>件</td><td>——"));
        table.Location.Table.Should().Be(1);
        table.Location.ToCompactString().Should().Be(LocationOf(html, "<table border"));
    }

    [Fact]
    public void Ragged_rows_are_padded_with_empty_cells()
    {
        var table = SingleTable("<table><tr><td>名称</td><td>数量</td><td>备注</td></tr><tr><td>申请</td><td>0</td></tr></table>");

        var padded = table.Grid[1, 2];
        padded.Text.Should().BeEmpty();
        padded.IsOrigin.Should().BeTrue();
        padded.Location.ToCompactString().Should().Be("t1r2c3");
    }

    [Fact]
    public void Cell_paragraphs_are_joined_by_one_space()
    {
        var table = SingleTable("<table><tr><td><p>政府网站</p><p>公开信息数</p></td><td><p><span>35</span></p></td></tr></table>");

        TextGrid(table.Grid)[0].Should().Equal("政府网站 公开信息数", "35");
    }

    [Fact]
    public void Data_tables_are_numbered_in_reading_order()
    {
        var document = Read(Page("<table><tr><td>甲</td><td>1</td></tr></table><p>中间段落</p><table><tr><td>乙</td><td>2</td></tr></table>"));

        document.Blocks.OfType<TableBlock>().Select(t => t.Number).Should().Equal(1, 2);
        document.Blocks.Select(b => b.GetType().Name).Should().Equal(nameof(TableBlock), nameof(ParagraphBlock), nameof(TableBlock));
    }

    [Fact]
    public void A_layout_table_is_walked_through_and_its_data_table_is_still_emitted()
    {
        var body =
            "<table width=\"1000\"><tr>\n"
            + "<td width=\"200\"><a href=\"/1.html\">首页</a></td>\n"
            + "<td>\n"
            + "<p>一、总体公开情况说明</p>\n"
            + "<p>兰溪乡认真贯彻落实《条例》，全年主动公开政府信息38条。</p>\n"
            + "<table><tr><td>指标</td><td>数量</td></tr><tr><td>收到申请数</td><td>0</td></tr></table>\n"
            + "<p>二、其他需要报告的事项</p>\n"
            + "</td></tr></table>";

        var document = Read(Page(body));

        document.Blocks.Select(b => b is ParagraphBlock p ? p.Text : "table " + ((TableBlock)b).Number).Should().Equal(
            "一、总体公开情况说明",
            "兰溪乡认真贯彻落实《条例》，全年主动公开政府信息38条。",
            "table 1",
            "二、其他需要报告的事项");
        TextGrid(document.Blocks.OfType<TableBlock>().Single().Grid)[1].Should().Equal("收到申请数", "0");
    }

    [Fact]
    public void A_single_cell_table_wrapping_content_is_not_a_data_table()
    {
        var document = Read(Page("<table><tr><td><p>一、总体公开情况说明</p><p>青石镇全年公开信息46条。</p></td></tr></table>"));

        document.Blocks.Should().AllBeOfType<ParagraphBlock>();
        document.Texts().Should().Equal("一、总体公开情况说明", "青石镇全年公开信息46条。");
    }

    [Fact]
    public void A_single_column_table_of_paragraphs_is_layout()
    {
        var document = Read(Page("<table><tr><td>一、总体公开情况说明</td></tr><tr><td>青石镇全年公开信息46条。</td></tr></table>"));

        document.Texts().Should().Equal("一、总体公开情况说明", "青石镇全年公开信息46条。");
        document.Blocks.OfType<TableBlock>().Should().BeEmpty();
    }

    [Fact]
    public void A_table_whose_cell_holds_running_text_is_layout()
    {
        var longText = string.Concat(Enumerable.Repeat("兰溪乡坚持把政务公开作为转变政府职能的重要抓手，", 20));
        var document = Read(Page($"<p>{longText}</p><table><tr><td>附注</td><td><p>{longText}</p></td></tr></table>"));

        document.Blocks.OfType<TableBlock>().Should().BeEmpty();
        document.Texts().Should().Equal(longText, "附注", longText);
    }

    [Fact]
    public void A_caption_is_a_paragraph_before_its_table()
    {
        var document = Read(Page("<table><caption>青石镇2018年政府信息公开情况统计表</caption><tr><td>指标</td><td>数量</td></tr></table>"));

        document.Blocks.Select(b => b.GetType().Name).Should().Equal(nameof(ParagraphBlock), nameof(TableBlock));
        document.Texts().Should().Equal("青石镇2018年政府信息公开情况统计表");
    }

    [Fact]
    public void Rowspan_beyond_the_last_row_is_clipped()
    {
        var table = SingleTable("<table><tr><td rowspan=\"9\">其中</td><td>a</td></tr><tr><td>b</td></tr></table>");

        table.Grid.RowCount.Should().Be(2);
        table.Grid.ColumnCount.Should().Be(2);
        table.Grid[0, 0].RowSpan.Should().Be(2);
    }

    [Fact]
    public void A_grid_over_the_cell_limit_is_a_limits_failure()
    {
        var rows = string.Concat(Enumerable.Range(1, 30).Select(i => $"<tr><td>第{i}行</td><td>{i}</td></tr>"));
        var html = Page($"<table>{rows}</table>");

        var failure = ReadFailure(html, ReaderLimits.Default with { MaxTableCells = 50 });

        failure.RuleId.Should().Be(ReadFailures.LimitsExceeded);
        failure.Variant.Should().Be("default");
        failure.Property("limit").Should().Be("MaxTableCells");
        failure.Property("maximum").Should().Be("50");
        failure.Property("actual").Should().Be("60");
    }
}
