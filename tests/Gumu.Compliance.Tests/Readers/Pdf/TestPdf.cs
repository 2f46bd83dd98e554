using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers.Pdf;
using Gumu.SampleBuilder.Inputs;

namespace Gumu.Compliance.Tests.Readers.Pdf;

/// <summary>Builds PDFs for the reader tests from drawing commands and reads them back.</summary>
internal static class TestPdf
{
    /// <summary>Left and right edges of the text column (A4 with 72 pt margins).</summary>
    public const double Left = 72;

    public const double Right = 523;

    public const double Size = 12;

    /// <summary>Distance between baselines of a paragraph's lines.</summary>
    public const double Pitch = 20;

    public static ReportDocument Read(DrawnPdf pdf, ReaderLimits? limits = null) =>
        new PdfReportReader().Read(new MemoryStream(pdf.Save()), limits ?? ReaderLimits.Default, CancellationToken.None);

    /// <summary>
    /// Writes a paragraph of CJK text the way a word processor lays it out: the first line
    /// indented by two characters, full lines to the right edge, the last line short. Returns the
    /// baseline after it.
    /// </summary>
    public static double Paragraph(DrawnPage page, double baseline, string text, bool indent = true, double size = Size) =>
        page.Paragraph(Left, Right, baseline, text, size, Pitch, indent);

    /// <summary>
    /// Draws a ruled grid: <paramref name="columns"/> and <paramref name="rows"/> are the
    /// boundaries; a merged cell (row0, column0, row1, column1, end exclusive) has no rulings
    /// inside it.
    /// </summary>
    public static void Grid(DrawnPage page, double[] columns, double[] rows, params (int R0, int C0, int R1, int C1)[] merged)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c + 1 < columns.Length; c++)
            {
                // The ruling above row r at column c, unless rows r-1 and r are one merged cell there.
                if (r == 0 || r == rows.Length - 1 || !merged.Any(m => r > m.R0 && r < m.R1 && c >= m.C0 && c < m.C1))
                {
                    page.Line(columns[c], rows[r], columns[c + 1], rows[r]);
                }
            }
        }

        for (var c = 0; c < columns.Length; c++)
        {
            for (var r = 0; r + 1 < rows.Length; r++)
            {
                // The ruling left of column c at row r, unless columns c-1 and c are one merged cell there.
                if (!merged.Any(m => c > m.C0 && c < m.C1 && r >= m.R0 && r < m.R1))
                {
                    page.Line(columns[c], rows[r], columns[c], rows[r + 1]);
                }
            }
        }
    }

    /// <summary>Text in a grid cell: 3 pt from its left edge, one line per entry, the block centred vertically.</summary>
    public static void Cell(DrawnPage page, double[] columns, double[] rows, int row, int column, params string[] lines)
    {
        const double size = 10.5;
        var middle = (rows[row] + rows[row + 1]) / 2;
        var first = middle - ((lines.Length - 1) * 14 / 2.0) + (size / 3);
        for (var i = 0; i < lines.Length; i++)
        {
            page.Text(columns[column] + 3, first + (i * 14), lines[i], size);
        }
    }

    /// <summary>One line of text in each cell of a grid row, left to right; null leaves a cell empty.</summary>
    public static void Row(DrawnPage page, double[] columns, double[] rows, int row, params string?[] cells)
    {
        for (var column = 0; column < cells.Length; column++)
        {
            if (cells[column] is { } text)
            {
                Cell(page, columns, rows, row, column, text);
            }
        }
    }

    public static IReadOnlyList<string> Texts(ReportDocument document) =>
        document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

    /// <summary>The grid as rows of "text" / "^text" (covered slot) with "[rows×columns]" on merged origins.</summary>
    public static IReadOnlyList<string> Describe(TableGrid grid)
    {
        var rows = new List<string>();
        for (var r = 0; r < grid.RowCount; r++)
        {
            rows.Add(string.Join(" | ", grid.Row(r).Select(c =>
                (c.IsOrigin ? string.Empty : "^") + c.Text + (c.RowSpan > 1 || c.ColumnSpan > 1 ? $"[{c.RowSpan}x{c.ColumnSpan}]" : string.Empty))));
        }

        return rows;
    }
}
