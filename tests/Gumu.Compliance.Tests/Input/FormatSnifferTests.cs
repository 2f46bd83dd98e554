using System.IO.Compression;
using System.Text;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Input;
using Gumu.Compliance.Tests.Readers.Docx;

namespace Gumu.Compliance.Tests.Input;

public sealed class FormatSnifferTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static DetectedFormat Sniff(byte[] bytes) => FormatSniffer.Detect(bytes);

    private static DetectedFormat Sniff(string text, Encoding? encoding = null) => Sniff((encoding ?? Encoding.UTF8).GetBytes(text));

    private static byte[] Utf8Bom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    // Empty

    [Fact]
    public void Zero_bytes_are_empty() => Sniff([]).Kind.Should().Be(DetectedFormatKind.Empty);

    [Fact]
    public void White_space_only_is_empty() => Sniff(" \r\n\t  \n").Kind.Should().Be(DetectedFormatKind.Empty);

    [Fact]
    public void A_byte_order_mark_and_white_space_are_empty() => Sniff(Utf8Bom("  \n")).Kind.Should().Be(DetectedFormatKind.Empty);

    [Fact]
    public void White_space_longer_than_the_sniffed_head_is_empty() => Sniff(new string(' ', 200_000)).Kind.Should().Be(DetectedFormatKind.Empty);

    // Text and HTML

    [Fact]
    public void Utf8_Chinese_text_is_text() =>
        Sniff("兰溪乡人民政府2018年政府信息公开工作年度报告\n一、概述\n").Should().Be(new DetectedFormat(DetectedFormatKind.Text, "text"));

    [Fact]
    public void Gb18030_Chinese_text_is_text()
    {
        var bytes = Gb18030.GetBytes("青石镇2018年政府信息公开工作年度报告\r\n一、概述\r\n");
        bytes.Invoking(b => new UTF8Encoding(false, true).GetString(b)).Should().Throw<DecoderFallbackException>("the sample must not be valid UTF-8");

        Sniff(bytes).Kind.Should().Be(DetectedFormatKind.Text);
    }

    [Fact]
    public void Utf8_text_with_a_byte_order_mark_is_text() => Sniff(Utf8Bom("青石镇年度报告")).Kind.Should().Be(DetectedFormatKind.Text);

    [Fact]
    public void Utf16_text_with_a_byte_order_mark_is_text() =>
        Sniff([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("青石镇年度报告\r\n")]).Kind.Should().Be(DetectedFormatKind.Text);

    [Fact]
    public void Text_mentioning_angle_brackets_is_text() => Sniff("数量<5件,且>0件;<青石镇>").Kind.Should().Be(DetectedFormatKind.Text);

    [Fact]
    public void Text_with_control_bytes_is_other_binary() =>
        Sniff([.. Encoding.UTF8.GetBytes("青石镇"), 0x01, 0x02, .. Encoding.UTF8.GetBytes("报告")]).Should().Be(new DetectedFormat(DetectedFormatKind.Other, "binary"));

    [Fact]
    public void Bytes_valid_neither_as_utf8_nor_as_gb18030_are_other_binary() =>
        Sniff([0x41, 0xFF, 0xFE, 0x80, 0xFF, 0x41]).Should().Be(new DetectedFormat(DetectedFormatKind.Other, "binary"));

    [Fact]
    public void Zero_bytes_without_a_byte_order_mark_are_other_binary() =>
        Sniff([0x41, 0x00, 0x42, 0x00]).Kind.Should().Be(DetectedFormatKind.Other);

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>兰溪乡</p></body></html>")]
    [InlineData("<html lang=\"zh-CN\"><head><title>兰溪乡</title></head></html>")]
    [InlineData("\r\n\r\n   <HEAD><META charset=\"gb2312\"></HEAD>")]
    [InlineData("<p>青石镇年度报告</p>")]
    [InlineData("<div class=\"article\">青石镇</div>")]
    [InlineData("<!-- saved from url=(0040)http://example.invalid/ -->\n<html>")]
    public void Markup_is_html(string text) => Sniff(text).Should().Be(new DetectedFormat(DetectedFormatKind.Html, "HTML"));

    [Fact]
    public void Markup_after_a_byte_order_mark_and_white_space_is_html() => Sniff(Utf8Bom("\n  <html><body>兰溪乡</body></html>")).Kind.Should().Be(DetectedFormatKind.Html);

    [Fact]
    public void Gb18030_markup_is_html() =>
        Sniff("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>青石镇</body></html>", Gb18030)
            .Kind.Should().Be(DetectedFormatKind.Html);

    [Fact]
    public void Utf16_markup_is_html() =>
        Sniff([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<html><body>兰溪乡</body></html>")]).Kind.Should().Be(DetectedFormatKind.Html);

    [Fact]
    public void Markup_after_a_long_run_of_white_space_is_html() =>
        Sniff(new string('\n', 100_000) + "<html><body>兰溪乡</body></html>").Kind.Should().Be(DetectedFormatKind.Html);

    [Fact]
    public void Markup_beyond_the_first_kilobyte_does_not_make_text_html() =>
        Sniff(new string('乡', 1200) + "<html>").Kind.Should().Be(DetectedFormatKind.Text);

    [Fact]
    public void Mime_html_is_other() =>
        Sniff("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\n").Should().Be(new DetectedFormat(DetectedFormatKind.Other, "MHTML"));

    [Fact]
    public void Rtf_is_other() => Sniff("{\\rtf1\\ansi\\ansicpg936 青石镇}").Should().Be(new DetectedFormat(DetectedFormatKind.Other, "RTF"));

    // Zip packages

    [Fact]
    public void A_Word_package_is_docx() =>
        Sniff(new TestDocx { Body = TestDocx.P("兰溪乡") }.ToBytes()).Should().Be(new DetectedFormat(DetectedFormatKind.Docx, "DOCX"));

    [Fact]
    public void A_truncated_Word_package_is_still_docx()
    {
        var bytes = new TestDocx { Body = TestDocx.P("兰溪乡") }.ToBytes();

        Sniff(bytes[..(bytes.Length / 2)]).Should().Be(new DetectedFormat(DetectedFormatKind.Docx, "DOCX (damaged)"));
    }

    [Fact]
    public void A_Word_package_with_its_main_part_elsewhere_is_docx()
    {
        var bytes = Zip(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/doc/main.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
            ("doc/main.xml", "<w:document/>"));

        Sniff(bytes).Kind.Should().Be(DetectedFormatKind.Docx);
    }

    [Fact]
    public void A_spreadsheet_package_is_a_zip_named_xlsx() =>
        Sniff(Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"))).Should().Be(new DetectedFormat(DetectedFormatKind.Zip, "XLSX"));

    [Fact]
    public void An_ofd_file_is_a_zip_named_ofd() =>
        Sniff(Zip(("OFD.xml", "<ofd:OFD/>"), ("Doc_0/Document.xml", "<ofd:Document/>"))).Should().Be(new DetectedFormat(DetectedFormatKind.Zip, "OFD"));

    [Fact]
    public void A_plain_archive_is_a_zip() => Sniff(Zip(("青石镇/报告.txt", "兰溪"))).Should().Be(new DetectedFormat(DetectedFormatKind.Zip, "ZIP"));

    // OLE compound files

    [Fact]
    public void An_encrypted_Office_package_is_encrypted_ooxml()
    {
        var bytes = CompoundFileBuilder.Build(9, ("EncryptionInfo", []), ("EncryptedPackage", new byte[4096]), ("\u0006DataSpaces", []));

        Sniff(bytes).Kind.Should().Be(DetectedFormatKind.EncryptedOoxml);
    }

    [Fact]
    public void A_legacy_Word_document_is_legacy_office()
    {
        var bytes = CompoundFileBuilder.Build(9, ("WordDocument", new byte[4096]), ("1Table", []));

        Sniff(bytes).Should().Be(new DetectedFormat(DetectedFormatKind.LegacyOffice, "Word/WPS 97-2003 (.doc/.wps)"));
    }

    [Fact]
    public void A_legacy_Word_document_with_4096_byte_sectors_is_legacy_office()
    {
        var bytes = CompoundFileBuilder.Build(12, ("WordDocument", new byte[4096]), ("1Table", []));

        bytes.Length.Should().Be(4096 * 4, "header, FAT, directory and one data sector");
        Sniff(bytes).Kind.Should().Be(DetectedFormatKind.LegacyOffice);
    }

    [Fact]
    public void Names_in_a_directory_sector_reached_through_the_FAT_are_found()
    {
        // Six entries need two 512-byte directory sectors; the second lies after the stream data.
        var bytes = CompoundFileBuilder.Build(
            9,
            ("1Table", new byte[4096]),
            ("Data", []),
            ("\u0005SummaryInformation", []),
            ("\u0005DocumentSummaryInformation", []),
            ("WordDocument", []));

        Sniff(bytes).Kind.Should().Be(DetectedFormatKind.LegacyOffice);
    }

    [Fact]
    public void Stream_names_written_inside_a_document_body_do_not_count()
    {
        var body = new byte[4096];
        Encoding.Unicode.GetBytes("EncryptionInfo EncryptedPackage 兰溪乡").CopyTo(body, 0);
        var bytes = CompoundFileBuilder.Build(9, ("WordDocument", body), ("1Table", []));

        Sniff(bytes).Kind.Should().Be(DetectedFormatKind.LegacyOffice);
    }

    [Fact]
    public void A_legacy_spreadsheet_is_other() =>
        Sniff(CompoundFileBuilder.Build(9, ("Workbook", new byte[4096]))).Should().Be(new DetectedFormat(DetectedFormatKind.Other, "Excel 97-2003 (.xls)"));

    [Fact]
    public void An_unknown_compound_file_is_other() =>
        Sniff(CompoundFileBuilder.Build(9, ("Catalog", []))).Should().Be(new DetectedFormat(DetectedFormatKind.Other, "OLE compound file"));

    [Fact]
    public void A_compound_file_with_an_unreadable_directory_is_taken_for_a_damaged_legacy_document()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]];

        Sniff(bytes).Should().Be(new DetectedFormat(DetectedFormatKind.LegacyOffice, "OLE compound file (damaged)"));
    }

    [Fact]
    public void A_directory_chain_that_loops_ends()
    {
        var bytes = CompoundFileBuilder.Build(9, ("WordDocument", []));
        BitConverter.GetBytes(1u).CopyTo(bytes, 512 + 4); // FAT entry of directory sector 1 points to itself

        Sniff(bytes).Kind.Should().Be(DetectedFormatKind.LegacyOffice);
    }

    // Fixed-layout and images

    [Fact]
    public void Pdf_is_pdf() => Sniff("%PDF-1.7\n%âãÏÓ\n1 0 obj").Should().Be(new DetectedFormat(DetectedFormatKind.Pdf, "PDF"));

    [Fact]
    public void Pdf_after_leading_junk_is_pdf() => Sniff("\r\n\r\n%PDF-1.4\n").Kind.Should().Be(DetectedFormatKind.Pdf);

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46 }, "JPEG")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0 }, "GIF")]
    [InlineData(new byte[] { 0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0 }, "TIFF")]
    [InlineData(new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8 }, "TIFF")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 36, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20 }, "WebP")]
    [InlineData(new byte[] { 0x42, 0x4D, 70, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0, 1, 0 }, "BMP")]
    public void Images_are_images_with_their_kind(byte[] bytes, string name) =>
        Sniff(bytes).Should().Be(new DetectedFormat(DetectedFormatKind.Image, name));

    [Fact]
    public void Text_starting_with_BM_is_text() => Sniff("BM青石镇年度报告，共十四部分。").Kind.Should().Be(DetectedFormatKind.Text);

    // Stream handling

    [Fact]
    public void The_stream_position_is_put_back()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("兰溪乡年度报告"));
        stream.Position = 3;

        FormatSniffer.Detect(stream);

        stream.Position.Should().Be(3);
    }

    [Fact]
    public void Content_decides_from_the_start_whatever_the_stream_position()
    {
        using var stream = new MemoryStream(new TestDocx { Body = TestDocx.P("兰溪乡") }.ToBytes());
        stream.Position = stream.Length;

        FormatSniffer.Detect(stream).Kind.Should().Be(DetectedFormatKind.Docx);
    }

    // Failures for formats no reader handles

    [Fact]
    public void Readable_formats_have_no_failure()
    {
        foreach (var kind in new[] { DetectedFormatKind.Html, DetectedFormatKind.Docx, DetectedFormatKind.Text })
        {
            FormatSniffer.ToReadFailure(new DetectedFormat(kind, "x")).Should().BeNull();
        }
    }

    [Fact]
    public void Reader_formats_are_named_for_readable_kinds()
    {
        new[] { DetectedFormatKind.Html, DetectedFormatKind.Docx, DetectedFormatKind.Text, DetectedFormatKind.Pdf }
            .Select(k => new DetectedFormat(k, "x").ReaderFormat)
            .Should().Equal("html", "docx", "text", "pdf");
    }

    [Theory]
    [InlineData(DetectedFormatKind.LegacyOffice, "Word/WPS 97-2003 (.doc/.wps)", ReadFailures.Unsupported, "legacy-office")]
    [InlineData(DetectedFormatKind.EncryptedOoxml, "encrypted Office Open XML", ReadFailures.Unreadable, "encrypted")]
    [InlineData(DetectedFormatKind.Empty, "empty", ReadFailures.NotAReport, "empty")]
    public void Unreadable_formats_map_to_their_failure(DetectedFormatKind kind, string name, string ruleId, string variant)
    {
        var failure = FormatSniffer.ToReadFailure(new DetectedFormat(kind, name))!;

        (failure.RuleId, failure.Variant, failure.Properties.Count).Should().Be((ruleId, variant, 0));
    }

    [Fact]
    public void A_pdf_is_read_not_refused_by_the_sniffer()
    {
        FormatSniffer.ToReadFailure(new DetectedFormat(DetectedFormatKind.Pdf, "PDF")).Should().BeNull();
    }

    [Fact]
    public void An_image_maps_to_the_image_failure_naming_its_kind()
    {
        var failure = FormatSniffer.ToReadFailure(new DetectedFormat(DetectedFormatKind.Image, "PNG"))!;

        (failure.RuleId, failure.Variant).Should().Be((ReadFailures.Unsupported, "image"));
        failure.Properties.Should().Equal([new KeyValuePair<string, object?>("detected", "PNG")]);
    }

    [Theory]
    [InlineData(DetectedFormatKind.Zip, "XLSX")]
    [InlineData(DetectedFormatKind.Other, "binary")]
    [InlineData(DetectedFormatKind.Other, "RTF")]
    public void Other_formats_map_to_the_default_unsupported_failure_naming_what_was_found(DetectedFormatKind kind, string name)
    {
        var failure = FormatSniffer.ToReadFailure(new DetectedFormat(kind, name))!;

        (failure.RuleId, failure.Variant).Should().Be((ReadFailures.Unsupported, "default"));
        failure.Properties.Should().Equal([new KeyValuePair<string, object?>("detected", name)]);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return stream.ToArray();
    }
}
