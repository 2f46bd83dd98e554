using System.IO.Compression;
using System.Text;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers.Docx;
using static Gumu.Compliance.Tests.Readers.Docx.TestDocx;

namespace Gumu.Compliance.Tests.Readers.Docx;

public sealed class DocxPackageTests
{
    private static readonly TestDocx Simple = new() { Body = P("兰溪乡人民政府2018年政府信息公开工作年度报告") + P("一、概述") };

    [Fact]
    public void Format_is_docx()
    {
        new DocxReportReader().Format.Should().Be("docx");
        Simple.Read().Format.Should().Be("docx");
    }

    [Fact]
    public void Core_properties_give_title_author_and_created_date()
    {
        var document = new TestDocx
        {
            Title = "兰溪乡2018年政府信息公开工作年度报告",
            Creator = "兰溪乡党政办",
            Created = new DateTime(2019, 1, 11, 2, 30, 0, DateTimeKind.Utc),
            Body = P("正文"),
        }.Read();

        document.Title.Should().Be("兰溪乡2018年政府信息公开工作年度报告");
        document.Metadata.Author.Should().Be("兰溪乡党政办");
        document.Metadata.Created.Should().Be(new DateTimeOffset(2019, 1, 11, 2, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_blank_title_property_gives_no_title()
    {
        var document = new TestDocx { Title = "  ", Body = P("正文") }.Read();

        document.Title.Should().BeNull();
        document.Metadata.Author.Should().BeNull();
        document.Metadata.Created.Should().BeNull();
    }

    [Fact]
    public void A_truncated_package_is_a_corrupt_package()
    {
        var bytes = Simple.ToBytes();

        var read = () => ReadBytes(bytes[..(bytes.Length / 2)]);

        read.Should().Throw<ReportReadException>().Which.Should().Match<ReportReadException>(e => e.RuleId == ReadFailures.Unreadable && e.Variant == "corrupt-package");
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_are_a_corrupt_package()
    {
        var read = () => ReadBytes(Encoding.UTF8.GetBytes("青石镇年度报告，纯文本。"));

        read.Should().Throw<ReportReadException>().Which.Variant.Should().Be("corrupt-package");
    }

    [Fact]
    public void A_zip_that_is_not_a_Word_package_is_a_corrupt_package()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("兰溪乡");
        }

        var read = () => ReadBytes(stream.ToArray());

        read.Should().Throw<ReportReadException>().Which.Should().Match<ReportReadException>(e => e.RuleId == ReadFailures.Unreadable && e.Variant == "corrupt-package");
    }

    [Fact]
    public void Malformed_document_xml_is_a_corrupt_package()
    {
        var read = () => new TestDocx { DocumentXml = $"<w:document {Namespaces}><w:body><w:p>" }.Read();

        read.Should().Throw<ReportReadException>().Which.Variant.Should().Be("corrupt-package");
    }

    [Fact]
    public void A_document_type_declaration_is_refused_as_corrupt()
    {
        var read = () => new TestDocx { DocumentXml = $"<!DOCTYPE w:document [<!ENTITY x \"青石\">]><w:document {Namespaces}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>" }.Read();

        read.Should().Throw<ReportReadException>().Which.Variant.Should().Be("corrupt-package");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_opening()
    {
        var bytes = Simple.ToBytes();

        var read = () => ReadBytes(bytes, new ReaderLimits { MaxFileBytes = 100 });

        read.Should().Throw<ReportReadException>().Which.Should().Match<ReportReadException>(e =>
            e.RuleId == ReadFailures.LimitsExceeded && e.Variant == "default"
            && Equals(e.Properties[0], new KeyValuePair<string, object?>("limit", "MaxFileBytes"))
            && Equals(e.Properties[1], new KeyValuePair<string, object?>("maximum", 100L))
            && Equals(e.Properties[2], new KeyValuePair<string, object?>("actual", (long)bytes.Length)));
    }

    [Fact]
    public void A_package_declaring_more_uncompressed_bytes_than_allowed_is_refused()
    {
        var bytes = new TestDocx { Body = string.Concat(Enumerable.Repeat(P("兰溪乡政务公开工作稳步推进。"), 200)) }.ToBytes();
        long declared;
        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            declared = zip.Entries.Sum(e => e.Length);
        }

        var read = () => ReadBytes(bytes, new ReaderLimits { MaxDecompressedBytes = declared - 1 });

        read.Should().Throw<ReportReadException>().Which.Properties.Should().Equal(
            new KeyValuePair<string, object?>("limit", "MaxDecompressedBytes"),
            new KeyValuePair<string, object?>("maximum", declared - 1),
            new KeyValuePair<string, object?>("actual", declared));
    }

    [Fact]
    public void A_part_over_the_character_limit_is_refused()
    {
        var document = new TestDocx { Body = P(new string('乡', 5000)) };

        var read = () => document.Read(new ReaderLimits { MaxCharactersInPart = 2000 });

        read.Should().Throw<ReportReadException>().Which.Should().Match<ReportReadException>(e =>
            e.RuleId == ReadFailures.LimitsExceeded && (string?)e.Properties[0].Value == "MaxCharactersInPart");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused()
    {
        var depth = 40;
        var body = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth)) + P("深处") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth));

        var read = () => new TestDocx { Body = body }.Read(new ReaderLimits { MaxNestingDepth = 32 });

        read.Should().Throw<ReportReadException>().Which.Should().Match<ReportReadException>(e =>
            e.RuleId == ReadFailures.LimitsExceeded && (string?)e.Properties[0].Value == "MaxNestingDepth");
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        var body = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 10)) + P("深处") + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 10));

        Texts(new TestDocx { Body = body }.Read(new ReaderLimits { MaxNestingDepth = 32 })).Should().Equal("深处");
    }

    [Fact]
    public void A_cancelled_read_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var read = () => Simple.Read(cancellationToken: cancellation.Token);

        read.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void A_non_seekable_stream_is_read()
    {
        using var stream = new ForwardOnlyStream(Simple.ToBytes());

        var document = new DocxReportReader().Read(stream, ReaderLimits.Default, CancellationToken.None);

        Texts(document).Should().Equal("兰溪乡人民政府2018年政府信息公开工作年度报告", "一、概述");
    }

    [Fact]
    public void The_reader_can_be_shared_between_threads()
    {
        var reader = new DocxReportReader();
        var bytes = Simple.ToBytes();

        var texts = Enumerable.Range(0, 8).AsParallel()
            .Select(_ => Texts(reader.Read(new MemoryStream(bytes), ReaderLimits.Default, CancellationToken.None))[1])
            .ToList();

        texts.Should().AllBe("一、概述");
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
