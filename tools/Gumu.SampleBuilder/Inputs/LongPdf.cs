namespace Gumu.SampleBuilder.Inputs;

/// <summary>
/// A long text-layer PDF for benchmarks and memory tests, generated rather than committed: every
/// page carries a heading, indented paragraphs that wrap to the right edge, a running page number
/// and, on every fourth page, a ruled table with a merged header cell.
/// </summary>
internal static class LongPdf
{
    private const double Left = 72;
    private const double Size = 12;
    private const double Pitch = 20;

    public static byte[] Create(int pages)
    {
        var pdf = new DrawnPdf();
        for (var p = 1; p <= pages; p++)
        {
            var page = pdf.AddPage();
            var baseline = 90.0;
            page.Text(Left + 24, baseline, $"第{p}部分 工作情况", Size, fakeBold: true);
            baseline += Pitch;
            var paragraphs = p % 4 == 0 ? 3 : 6;
            for (var i = 0; i < paragraphs; i++)
            {
                baseline = page.Paragraph(Left, 523, baseline, $"本镇第{p}页第{i + 1}段：全年共主动公开政府信息{(p * 7) + i}条，其中通过政府网站公开{p + i}条，通过政务新媒体公开{i + 3}条，均按规定时限完成审核和发布，未发生泄密事件，群众满意度进一步提升。", Size, Pitch);
            }

            if (p % 4 == 0)
            {
                Table(page, baseline + 10);
            }

            page.Text(290, 810, $"- {p} -", 10);
        }

        return pdf.Save();
    }

    private static void Table(DrawnPage page, double top)
    {
        double[] columns = [72, 117, 340, 397, 496];
        var rows = Enumerable.Range(0, 9).Select(i => top + (i * 24)).ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            // The header's first two columns are one merged cell: no ruling between them in row 0.
            page.Line(columns[0], rows[r], columns[^1], rows[r]);
        }

        foreach (var (x, index) in columns.Select((x, i) => (x, i)))
        {
            page.Line(x, index == 1 ? rows[1] : rows[0], x, rows[^1]);
        }

        page.Text(75, rows[0] + 16, "统计指标", 10.5).Text(343, rows[0] + 16, "单位", 10.5).Text(400, rows[0] + 16, "统计数", 10.5);
        for (var r = 1; r + 1 < rows.Length; r++)
        {
            if (r == 1)
            {
                page.Text(75, rows[r] + 16, "其中", 10.5);
            }

            page.Text(120, rows[r] + 16, $"第{r}项统计指标", 10.5).Text(343, rows[r] + 16, "件", 10.5).Text(400, rows[r] + 16, $"{r * 3}", 10.5);
        }
    }
}
