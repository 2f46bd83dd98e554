using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers.Pdf;
using Gumu.SampleBuilder.Inputs;

namespace Gumu.Compliance.Tests.Readers.Pdf;

/// <summary>A 200-page PDF (generated) is read whole: every page's paragraphs and tables, page numbers dropped.</summary>
public sealed class LongPdfTests
{
    [Fact]
    public void Every_page_of_a_200_page_pdf_is_read()
    {
        var document = new PdfReportReader().Read(new MemoryStream(LongPdf.Create(200)), ReaderLimits.Default, CancellationToken.None);

        var paragraphs = document.Blocks.OfType<ParagraphBlock>().ToList();
        var tables = document.Blocks.OfType<TableBlock>().ToList();
        paragraphs.Should().HaveCount((150 * 7) + (50 * 4));
        paragraphs.Should().NotContain(p => p.Text.StartsWith('-'));
        paragraphs[^1].Location.Should().Be(SourceLocation.AtPageLine(200, 8));
        tables.Should().HaveCount(50);
        tables.Should().OnlyContain(t => t.Grid.RowCount == 8 && t.Grid.ColumnCount == 4 && t.Grid[0, 0].ColumnSpan == 2 && t.Grid[7, 3].Text == "21");
    }
}
