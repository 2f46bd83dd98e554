using Gumu.Compliance.Tests.Support;
using Gumu.SampleBuilder.Inputs;
using static Gumu.Compliance.Tests.Readers.Pdf.TestPdf;

namespace Gumu.Compliance.Tests.Readers.Pdf;

/// <summary>
/// The compliant report printed as a PDF whose statistics table has no rulings and labels that
/// wrap: which figure belongs to which row is a guess, so the checker reports the table
/// unreadable (GM1007) instead of reading wrong figures.
/// </summary>
public sealed class UnruledStatisticsTableTests
{
    [Fact]
    public async Task A_statistics_table_without_rulings_whose_labels_wrap_is_reported_unreadable_and_nothing_else()
    {
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();
        var baseline = 80.0;
        // The text rendering's lines, less its portal metadata line (line 2): a printed report has none.
        foreach (var line in File.ReadAllLines(Path.Combine(RepositoryPaths.Samples, "compliant", "lanxi-2018.txt")).Where((_, i) => i != 1))
        {
            if (baseline > 760)
            {
                page = pdf.AddPage();
                baseline = 80;
            }

            if (line.Contains('\t', StringComparison.Ordinal))
            {
                var cells = line.Split('\t');
                var label = cells[0];
                var fits = (int)(250 / Size);
                page.Text(Left, baseline, label[..Math.Min(fits, label.Length)], Size);
                page.Text(340, baseline, cells[1], Size);
                page.Text(420, baseline, cells[2], Size);
                if (label.Length > fits)
                {
                    baseline += Pitch;
                    page.Text(Left, baseline, label[fits..], Size);
                }

                baseline += Pitch;
            }
            else if (line.Length > 0)
            {
                baseline = Paragraph(page, baseline, line);
            }
        }

        var result = await new ReportChecker().CheckAsync(new MemoryStream(pdf.Save()), "lanxi-unruled.pdf");

        result.Findings.Select(f => (ExpectedFindings.Describe(f), f.Message)).Should().Equal(
            ("GM1007 s14 pg4l18", "统计表以图片形式提供（第4页无框线表格），无法核对其中的数字；请以表格形式发布"));
    }
}
