using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers.Pdf;
using Gumu.SampleBuilder.Inputs;
using static Gumu.Compliance.Tests.Readers.Pdf.TestPdf;

namespace Gumu.Compliance.Tests.Readers.Pdf;

/// <summary>Scans, encrypted, damaged and oversized PDFs become their findings; none crashes or runs on.</summary>
public sealed class PdfFailureTests
{
    private static readonly ReportChecker Checker = new();

    private static readonly ReportChecker English = new(new ReportCheckerOptions { Check = new CheckOptions { Language = Language.English } });

    [Fact]
    public async Task An_image_only_pdf_is_a_scan_and_the_message_says_what_to_submit()
    {
        var result = await Checker.CheckAsync(new MemoryStream(ScanImage.Pdf()), "scan.pdf");

        result.Format.Should().Be("pdf");
        var finding = result.Findings.Should().ContainSingle().Subject;
        (finding.RuleId, finding.Location).Should().Be(("GM0002", null));
        finding.Message.Should().Be("这是扫描件或图片形式的 PDF（没有可读取的文字层），无法核对其结构和数字；请提交原始的 .docx 文件、网页版本，或由 Word/WPS 直接导出的 PDF");
        (await English.CheckAsync(new MemoryStream(ScanImage.Pdf()), "scan.pdf")).Findings.Single().Message
            .Should().Be("This PDF is a scan or made of images (it has no readable text layer), so its structure and figures cannot be checked; submit the original .docx, the web page, or a PDF exported directly from Word or WPS");
    }

    [Fact]
    public async Task A_scan_with_an_invisible_ocr_layer_is_still_a_scan()
    {
        var hidden = new DrawnPdf();
        var hiddenPage = hidden.AddPage();
        hiddenPage.Image(0, 0, 595, 842, 120, 170, ScanImage.Pixels(120, 170));
        hiddenPage.Text(Left, 100, new string('识', 30), Size, invisible: true);

        var result = await Checker.CheckAsync(new MemoryStream(hidden.Save()), "ocr.pdf");

        result.Findings.Select(f => (f.RuleId, f.Properties.Single(p => p.Key == "detected").Value)).Should().Equal(("GM0002", (object?)"PDF (scan)"));
    }

    [Fact]
    public async Task Text_made_of_private_use_characters_is_a_scan()
    {
        var pdf = new DrawnPdf();
        Paragraph(pdf.AddPage(), 100, new string('\uE01A', 120) + "2018年");

        var result = await Checker.CheckAsync(new MemoryStream(pdf.Save()), "no-unicode.pdf");

        result.Findings.Select(f => f.RuleId).Should().Equal("GM0002");
    }

    [Fact]
    public async Task A_password_protected_pdf_is_GM0001_with_its_own_advice()
    {
        var pdf = new DrawnPdf { PasswordProtected = true };
        Paragraph(pdf.AddPage(), 100, "兰溪镇人民政府2018年政府信息公开工作年度报告");

        var result = await Checker.CheckAsync(new MemoryStream(pdf.Save()), "locked.pdf");

        var finding = result.Findings.Should().ContainSingle().Subject;
        (finding.RuleId, finding.Message).Should().Be(("GM0001", "PDF 文件已加密（设有打开密码），无法读取；请提交未加密的 PDF 或原始 .docx 文件"));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public async Task A_truncated_pdf_is_GM0001(double keep)
    {
        var pdf = new DrawnPdf();
        Paragraph(pdf.AddPage(), 100, new string('甲', 300));
        var bytes = pdf.Save();

        var result = await Checker.CheckAsync(new MemoryStream(bytes[..(int)(bytes.Length * keep)]), "cut.pdf");

        result.Findings.Select(f => (f.RuleId, f.Message)).Should().Equal(("GM0001", "PDF 文件已损坏或不完整，无法打开；请重新导出 PDF 或提交原始 .docx 文件"));
    }

    [Fact]
    public async Task More_pages_than_the_limit_is_GM0004_naming_the_limit()
    {
        var pdf = new DrawnPdf();
        for (var i = 0; i < 4; i++)
        {
            Paragraph(pdf.AddPage(), 100, "第" + i + "页。");
        }

        var checker = new ReportChecker(new ReportCheckerOptions { Limits = ReaderLimits.Default with { MaxPdfPages = 3 } });
        var result = await checker.CheckAsync(new MemoryStream(pdf.Save()), "long.pdf");

        var finding = result.Findings.Should().ContainSingle().Subject;
        (finding.RuleId, finding.Message).Should().Be(("GM0004", "文件超出安全限制：MaxPdfPages（上限 3，实际 4）"));
    }

    [Fact]
    public async Task More_objects_than_the_limit_is_GM0004_naming_the_limit()
    {
        var pdf = new DrawnPdf();
        Paragraph(pdf.AddPage(), 100, "正文。");

        var checker = new ReportChecker(new ReportCheckerOptions { Limits = ReaderLimits.Default with { MaxPdfObjects = 5 } });
        var result = await checker.CheckAsync(new MemoryStream(pdf.Save()), "many.pdf");

        result.Findings.Select(f => (f.RuleId, f.Properties.First(p => p.Key == "limit").Value)).Should().Equal(("GM0004", (object?)"MaxPdfObjects"));
    }

    [Fact]
    public void Reading_stops_when_cancelled()
    {
        var pdf = new DrawnPdf();
        Paragraph(pdf.AddPage(), 100, "正文。");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var read = () => new PdfReportReader().Read(new MemoryStream(pdf.Save()), ReaderLimits.Default, cancelled.Token);

        read.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public async Task Damaged_bytes_anywhere_give_a_result_never_an_exception()
    {
        var pdf = new DrawnPdf();
        var page = pdf.AddPage();
        Paragraph(page, 100, "兰溪镇人民政府2018年政府信息公开工作年度报告");
        Grid(page, [72, 200, 300], [140, 164, 188]);
        var bytes = pdf.Save();
        var random = new Random(20181231);

        for (var i = 0; i < 40; i++)
        {
            var damaged = (byte[])bytes.Clone();
            for (var k = 0; k < 1 + (i % 4); k++)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            var result = await Checker.CheckAsync(new MemoryStream(damaged), "damaged.pdf");

            result.Findings.Should().NotBeEmpty("a damaged report is never a clean pass (mutation {0})", i);
        }
    }

    [Fact]
    public void Object_headers_are_counted_without_parsing()
    {
        ObjectCount.Count("1 0 obj\n<<>>\nendobj\n12 0 obj\nnull\nendobj\n(not an obj)"u8, 100).Should().Be(2);
    }
}
