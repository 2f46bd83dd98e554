using Gumu.Compliance.Documents;
using Gumu.SampleBuilder.Model;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>
/// A report's tables as the core's format-neutral document: what a reader makes of the printed
/// tables (merged cells resolved into origin and covered slots that share the text), so the
/// builder can check its figures with the checker's own relation check.
/// </summary>
internal static class CoreDocument
{
    /// <summary>A document holding only the given tables, in order.</summary>
    public static ReportDocument OfTables(IEnumerable<TableLayout> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var blocks = tables.Select((layout, i) => (Block)new TableBlock
        {
            Grid = Grid(layout, i + 1),
            Number = i + 1,
            Location = SourceLocation.AtCell(i + 1, 1, 1),
        }).ToList();
        return new ReportDocument { Format = "text", Blocks = blocks };
    }

    /// <summary>
    /// The Yunnan statistics table as its text rendering prints it: 统计指标 | 单位 | 统计数, one line
    /// per printed line, "其中：" joined to row 30's label.
    /// </summary>
    public static TableLayout Layout(StatisticsTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var cells = new List<LayoutCell>
        {
            new(StatisticsTemplate.HeaderLabel, LayoutRole.Header, 0, 0),
            new(StatisticsTemplate.HeaderUnit, LayoutRole.Header, 0, 1),
            new(StatisticsTemplate.HeaderValue, LayoutRole.Header, 0, 2),
        };
        var row = 1;
        foreach (var line in StatisticsTemplate.Lines)
        {
            cells.Add(new LayoutCell(StatisticsTemplate.FlatLabel(line), LayoutRole.Label, row, 0));
            cells.Add(new LayoutCell(line.Unit, LayoutRole.Value, row, 1));
            cells.Add(new LayoutCell(line.IsHeader ? StatisticsTemplate.NotApplicable : table.Text(line.Number), LayoutRole.Value, row, 2));
            row++;
        }

        return new TableLayout([4, 1, 1], cells);
    }

    private static TableGrid Grid(TableLayout layout, int number)
    {
        var origins = new Dictionary<LayoutCell, TableCell>();
        var grid = new TableCell[layout.RowCount, layout.ColumnCount];
        for (var r = 0; r < layout.RowCount; r++)
        {
            for (var c = 0; c < layout.ColumnCount; c++)
            {
                var cell = layout[r, c];
                if (!origins.TryGetValue(cell, out var origin))
                {
                    origins[cell] = origin = new TableCell
                    {
                        Text = cell.Text,
                        Location = SourceLocation.AtCell(number, cell.Row + 1, cell.Column + 1),
                        RowSpan = cell.RowSpan,
                        ColumnSpan = cell.ColumnSpan,
                    };
                }

                grid[r, c] = cell.StartsAt(r, c) ? origin : origin with { IsOrigin = false };
            }
        }

        return new TableGrid(grid);
    }
}
