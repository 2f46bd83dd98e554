using Gumu.Compliance.Documents;
using Gumu.Compliance.Figures;

namespace Gumu.Compliance.Tests.Figures;

public sealed class StatisticsTableReaderTests
{
    private static TableValues ReadText(string tsv)
    {
        var document = FigureReports.Parse(tsv);
        var table = document.Blocks.OfType<TableBlock>().Single();
        return TableReader.Read(table, FigureReports.Template, FigureReports.RuleSet.Narrative!.Units);
    }

    private static string Rows(TableValues values, params int[] rows) =>
        string.Join(" ", rows.Select(r => values.Row(r) is { } v ? $"{r}:{v.Label}={v.Value.Text}" : $"{r}:-"));

    [Fact]
    public void The_template_table_maps_all_58_rows_with_their_values()
    {
        var values = ReadText(FigureReports.Table(FigureReports.CompliantValues.ToDictionary(p => p.Key, p => (string?)p.Value)));

        values.MissingRows.Should().BeEmpty();
        values.Rows.Should().HaveCount(58);
        values.Cells.Should().HaveCount(58);
        values.ValueColumn().Should().Be(2);
        values.Row(17)!.Unit.Should().Be("件");
        foreach (var (row, text) in FigureReports.CompliantValues)
        {
            values.NumberOf(row).Should().Be(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), $"row {row}");
        }

        values.Row(42)!.Label.Should().Be("(二)被依法纠错数");
        values.Row(42)!.GridRow.Should().BeLessThan(values.Row(46)!.GridRow);
        values.Row(49)!.Unit.Should().Be("万元");
        values.Row(17)!.Location.ToCompactString().Should().MatchRegex("^[0-9]+:1$");
        values.Row(17)!.Cell!.Location.Cell.Should().Be(3);
    }

    [Fact]
    public void Labels_match_across_numbering_punctuation_width_and_aliases()
    {
        var values = ReadText("""
            统计指标	单位	统计数
            一、主动公开情况	——	——
            （一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）	条	90
            其中：主动公开规范性文件数	条	2
            (二)通过不同渠道和方式公开政府信息的情况	——	——
            1、政府公报	条	0
            2．政府网站	条	80
            5.其他方式	条	12
            二、回应解读情况	——	——
            5.其他方式	次	3
            三、依申请公开情况	——	——
            (一)收到申请数	件	4
            1.当面	件	1
            3.网上申请数	件	3
            （二）申请办结数	件	4
            危及“三安全一稳定”	件	0
            不是条例所指政府信息	件	0
            四.行政复议数量	件	2
            (二)被依法纠错数	件	1
            (三)其他情形数	件	1
            五、行政诉讼数量	件	1
            (一)维持具体行政行为或驳回原告诉讼请求数	件	1
            (二)被依法纠错数	件	0
            (三)其他情形数	件	0
            七、依申请公开信息收取的费用	元	0
            """);

        Rows(values, 1, 2, 4, 5, 8, 16, 17, 18, 20, 22, 33, 34).Should().Be(
            "1:（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）=90 2:其中：主动公开规范性文件数=2 4:1、政府公报=0 5:2．政府网站=80 "
            + "8:5.其他方式=12 16:5.其他方式=3 17:(一)收到申请数=4 18:1.当面=1 20:3.网上申请数=3 22:（二）申请办结数=4 "
            + "33:危及“三安全一稳定”=0 34:不是条例所指政府信息=0");
        Rows(values, 40, 42, 43, 44, 45, 46, 47).Should().Be(
            "40:四.行政复议数量=2 42:(二)被依法纠错数=1 43:(三)其他情形数=1 44:五、行政诉讼数量=1 "
            + "45:(一)维持具体行政行为或驳回原告诉讼请求数=1 46:(二)被依法纠错数=0 47:(三)其他情形数=0");
        values.Row(49)!.Unit.Should().Be("元");
        values.MissingRows.Numbers().Should().Contain([3, 6, 7, 9, 41, 48]).And.NotContain([1, 8, 16, 42, 46]);
    }

    [Fact]
    public void Blank_zero_slash_and_dash_values_stay_distinct()
    {
        var values = ReadText("""
            统计指标	单位	统计数
            四、行政复议数量	件	
            (一)维持具体行政行为数	件	0
            (二)被依法纠错数	件	/
            (三)其他情形数	件	——
            六、举报投诉数量	件	见说明
            """);

        values.Row(40)!.Value.Kind.Should().Be(TableValueKind.Blank);
        values.Row(41)!.Value.Kind.Should().Be(TableValueKind.Number);
        values.NumberOf(41).Should().Be(0);
        values.Row(42)!.Value.Kind.Should().Be(TableValueKind.NotApplicable);
        values.Row(43)!.Value.Kind.Should().Be(TableValueKind.NotApplicable);
        values.Row(48)!.Value.Kind.Should().Be(TableValueKind.Text);
        values.NumberOf(40).Should().BeNull();
        values.NumberOf(48).Should().BeNull();
    }

    [Fact]
    public void Without_headers_the_value_column_is_the_last_column_of_numbers()
    {
        var values = ReadText("""
            序号	统计指标	单位	统计数
            1	(一)收到申请数	件	6
            2	1.当面申请数	件	1
            3	2.传真申请数	件	0
            4	3.网络申请数	件	4
            5	4.信函申请数	件	1
            """);

        values.ValueColumn().Should().Be(3);
        values.NumberOf(17).Should().Be(6);
        values.NumberOf(20).Should().Be(4);

        var headless = ReadText("""
            (一)收到申请数	件	6	备注
            1.当面申请数	件	1	
            3.网络申请数	件	5	
            """);

        headless.ValueColumn().Should().Be(2);
        headless.Row(17)!.Unit.Should().Be("件");
        headless.NumberOf(17).Should().Be(6);
        headless.NumberOf(20).Should().Be(5);
    }

    [Fact]
    public void A_grid_with_a_rowspan_qizhong_cell_and_colspan_block_headers_maps_by_block()
    {
        // Columns: 统计指标 (two columns: a "其中" cell spanning rows, then the label) | 单位 | 统计数.
        var grid = new GridBuilder(4)
            .Row(("统计指标", 1, 2), ("单位", 1, 1), ("统计数", 1, 1))
            .Row(("三、依申请公开情况", 1, 4))
            .Row(("(三)申请答复数", 1, 2), ("件", 1, 1), ("3", 1, 1))
            .Row(("4.不同意公开答复数", 1, 2), ("件", 1, 1), ("2", 1, 1))
            .Row(("其中", 6, 1), ("涉及国家秘密", 1, 1), ("件", 1, 1), ("0", 1, 1))
            .Row(("涉及商业秘密", 1, 1), ("件", 1, 1), ("1", 1, 1))
            .Row(("涉及个人隐私", 1, 1), ("件", 1, 1), ("0", 1, 1))
            .Row(("危及国家安全、公共安全、经济安全和社会稳定", 1, 1), ("件", 1, 1), ("0", 1, 1))
            .Row(("不是《条例》所指政府信息", 1, 1), ("件", 1, 1), ("1", 1, 1))
            .Row(("法律法规规定的其他情形", 1, 1), ("件", 1, 1), ("", 1, 1))
            .Row(("四、行政复议数量", 1, 2), ("件", 1, 1), ("1", 1, 1))
            .Row(("(一)维持具体行政行为数", 1, 2), ("件", 1, 1), ("1", 1, 1))
            .Row(("(二)被依法纠错数", 1, 2), ("件", 1, 1), ("0", 1, 1))
            .Row(("五、行政诉讼数量", 1, 2), ("件", 1, 1), ("2", 1, 1))
            .Row(("(二)被依法纠错数", 1, 2), ("件", 1, 1), ("1", 1, 1))
            .Row(("八、机构建设和保障经费情况", 1, 4))
            .Build();
        var table = new TableBlock { Grid = grid, Number = 1, Location = SourceLocation.AtParagraph(30) };

        var values = TableReader.Read(table, FigureReports.Template);

        values.ValueColumn().Should().Be(3);
        values.Row(25)!.Unit.Should().Be("件");
        Rows(values, 25, 29, 30, 31, 32, 33, 34, 35, 40, 41, 42, 44, 46).Should().Be(
            "25:(三)申请答复数=3 29:4.不同意公开答复数=2 30:涉及国家秘密=0 31:涉及商业秘密=1 32:涉及个人隐私=0 "
            + "33:危及国家安全、公共安全、经济安全和社会稳定=0 34:不是《条例》所指政府信息=1 35:法律法规规定的其他情形= "
            + "40:四、行政复议数量=1 41:(一)维持具体行政行为数=1 42:(二)被依法纠错数=0 44:五、行政诉讼数量=2 46:(二)被依法纠错数=1");
        values.Row(35)!.Value.Kind.Should().Be(TableValueKind.Blank);
        values.Row(31)!.Location.Should().Be(SourceLocation.AtCell(1, 6, 4));
        values.Rows.Keys.Should().NotContain("r45");
    }

    /// <summary>Builds a resolved grid from origin cells (text, rowspan, colspan), like a reader does.</summary>
    private sealed class GridBuilder(int columns)
    {
        private readonly List<TableCell?[]> _rows = [];
        private int _next;

        public GridBuilder Row(params (string Text, int RowSpan, int ColumnSpan)[] cells)
        {
            var r = _next++;
            while (_rows.Count <= r)
            {
                _rows.Add(new TableCell?[columns]);
            }

            var c = 0;
            foreach (var (text, rowSpan, columnSpan) in cells)
            {
                while (_rows[r][c] is not null)
                {
                    c++;
                }

                var location = SourceLocation.AtCell(1, r + 1, c + 1);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    while (_rows.Count <= r + dr)
                    {
                        _rows.Add(new TableCell?[columns]);
                    }

                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        _rows[r + dr][c + dc] = new TableCell
                        {
                            Text = text,
                            Location = location,
                            IsOrigin = dr == 0 && dc == 0,
                            RowSpan = rowSpan,
                            ColumnSpan = columnSpan,
                        };
                    }
                }

                c += columnSpan;
            }

            return this;
        }

        public TableGrid Build()
        {
            var cells = new TableCell[_rows.Count, columns];
            for (var r = 0; r < _rows.Count; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    cells[r, c] = _rows[r][c] ?? TableCell.Empty(SourceLocation.AtCell(1, r + 1, c + 1));
                }
            }

            return new TableGrid(cells);
        }
    }
}
