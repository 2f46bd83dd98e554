using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Input;

/// <summary>
/// Tells what a file is from its content, never from its name: a DOCX may be called .doc, a
/// legacy .doc may be called .docx, an HTML page may be saved as .doc.
/// </summary>
/// <remarks>
/// <para>
/// Binary signatures first: OLE compound files (D0 CF 11 E0 A1 B1 1A E1), zip (PK), PNG, JPEG,
/// GIF, BMP, TIFF, WebP, PDF (%PDF- within the first KiB) and RTF. A zip is a Word package when
/// it holds [Content_Types].xml and word/document.xml (or a content type naming a Word main
/// part); a zip too damaged to list is still taken for one when its first local entry is an Open
/// XML part, so the DOCX reader can report it as corrupt. An OLE file's directory is read
/// properly (sector size from the header, directory chain through the FAT) rather than scanned
/// for names, because a legacy document's body can contain any UTF-16 text, including the names
/// looked for: EncryptionInfo + EncryptedPackage mean an encrypted Open XML package,
/// WordDocument a legacy Word/WPS document; a directory that cannot be read is taken for a
/// damaged legacy document, the likeliest cause.
/// </para>
/// <para>
/// Otherwise the content is text: after an optional byte-order mark and leading white space,
/// markup (&lt;!DOCTYPE, &lt;html, &lt;head, &lt;body, &lt;meta, &lt;p, &lt;div, &lt;table,
/// &lt;title) in the first KiB means HTML; else it is text when its first 64 KiB decode as
/// UTF-8 or GB18030 (or as the byte-order mark says) without control characters other than tab,
/// line and page breaks, or, failing that, when they are clearly Chinese text with a few damaged
/// bytes (<see cref="UndeclaredEncoding.IsClearlyText"/>). Zero bytes, or only white space, are
/// <see cref="DetectedFormatKind.Empty"/>.
/// </para>
/// </remarks>
internal static partial class FormatSniffer
{
    private const int HeadBytes = 64 * 1024;
    private const int MarkupWindow = 1024;
    private const int Gb18030CodePage = 54936;
    private const long MaxContentTypesBytes = 1024 * 1024;

    private static readonly SearchValues<byte> AsciiWhiteSpace = SearchValues.Create(" \t\r\n\f\v"u8);

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictGb18030 = CodePagesEncodingProvider.Instance.GetEncoding(
        Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 is not available.");

    /// <summary>Sniffs a file's bytes.</summary>
    /// <param name="content">The whole file.</param>
    public static DetectedFormat Detect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        return Detect(stream);
    }

    /// <summary>
    /// Sniffs a file. Reads from the start of the stream (the first 64 KiB, a zip's central
    /// directory, an OLE file's directory) and puts the position back where it was.
    /// </summary>
    /// <param name="content">The whole file; must be seekable.</param>
    /// <exception cref="ArgumentException">The stream is not seekable.</exception>
    public static DetectedFormat Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek)
        {
            throw new ArgumentException("The stream must be seekable.", nameof(content));
        }

        var position = content.Position;
        try
        {
            content.Position = 0;
            var head = new byte[(int)Math.Min(HeadBytes, content.Length)];
            head = head[..content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
            return head.Length == 0 ? new DetectedFormat(DetectedFormatKind.Empty, "empty") : DetectContent(content, head);
        }
        finally
        {
            content.Position = position;
        }
    }

    /// <summary>
    /// The read failure to report for content no reader handles; null for HTML, DOCX, PDF and text.
    /// Legacy Word/WPS → GM0002 legacy-office; image → GM0002 image;
    /// encrypted package → GM0001 encrypted; zip and other → GM0002 default; empty → GM0003 empty.
    /// </summary>
    public static ReportReadException? ToReadFailure(DetectedFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return format.Kind switch
        {
            DetectedFormatKind.Html or DetectedFormatKind.Docx or DetectedFormatKind.Pdf or DetectedFormatKind.Text => null,
            DetectedFormatKind.Empty => new ReportReadException(ReadFailures.NotAReport, "empty", "The file is empty."),
            DetectedFormatKind.LegacyOffice => new ReportReadException(
                ReadFailures.Unsupported, "legacy-office", $"The file is a legacy Word/WPS document ({format.Name}); save it as .docx."),
            DetectedFormatKind.EncryptedOoxml => new ReportReadException(
                ReadFailures.Unreadable, "encrypted", "The file is a password-protected Office document."),
            DetectedFormatKind.Image => new ReportReadException(
                ReadFailures.Unsupported, "image", $"The file is an image ({format.Name}).", [new("detected", format.Name)]),
            _ => new ReportReadException(
                ReadFailures.Unsupported, "default", $"Unsupported file format ({format.Name}).", [new("detected", format.Name)]),
        };
    }

    private static DetectedFormat DetectContent(Stream content, byte[] head)
    {
        ReadOnlySpan<byte> h = head;
        if (h.StartsWith(CompoundFile.Signature))
        {
            return DetectCompoundFile(content);
        }

        if (h.StartsWith("PK\x03\x04"u8) || h.StartsWith("PK\x05\x06"u8) || h.StartsWith("PK\x07\x08"u8))
        {
            return DetectZip(content, head);
        }

        if (ImageName(h) is { } image)
        {
            return new DetectedFormat(DetectedFormatKind.Image, image);
        }

        // Readers accept junk before the header, so the signature may sit anywhere in the first KiB.
        if (h[..Math.Min(h.Length, MarkupWindow)].IndexOf("%PDF-"u8) >= 0)
        {
            return new DetectedFormat(DetectedFormatKind.Pdf, "PDF");
        }

        if (h.StartsWith(@"{\rtf"u8))
        {
            return new DetectedFormat(DetectedFormatKind.Other, "RTF");
        }

        return DetectText(content, head);
    }

    private static string? ImageName(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "PNG";
        }

        if (h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "JPEG";
        }

        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8))
        {
            return "GIF";
        }

        if (h.StartsWith("II*\0"u8) || h.StartsWith("MM\0*"u8))
        {
            return "TIFF";
        }

        if (h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8))
        {
            return "WebP";
        }

        // "BM" alone could start a text; the reserved fields are zero and the DIB header size is one of the known ones.
        if (h.Length >= 18 && h.StartsWith("BM"u8) && h[6..10].IndexOfAnyExcept((byte)0) < 0
            && BitConverter.ToUInt32(h[14..18]) is 12 or 40 or 52 or 56 or 64 or 108 or 124)
        {
            return "BMP";
        }

        return null;
    }

    private static DetectedFormat DetectCompoundFile(Stream content)
    {
        var names = CompoundFile.DirectoryNames(content);
        if (names is null)
        {
            return new DetectedFormat(DetectedFormatKind.LegacyOffice, "OLE compound file (damaged)");
        }

        bool Has(string name) => names.Contains(name, StringComparer.OrdinalIgnoreCase);
        if (Has("EncryptionInfo") && Has("EncryptedPackage"))
        {
            return new DetectedFormat(DetectedFormatKind.EncryptedOoxml, "encrypted Office Open XML");
        }

        if (Has("WordDocument"))
        {
            return new DetectedFormat(DetectedFormatKind.LegacyOffice, "Word/WPS 97-2003 (.doc/.wps)");
        }

        if (Has("Workbook") || Has("Book"))
        {
            return new DetectedFormat(DetectedFormatKind.Other, "Excel 97-2003 (.xls)");
        }

        if (Has("PowerPoint Document"))
        {
            return new DetectedFormat(DetectedFormatKind.Other, "PowerPoint 97-2003 (.ppt)");
        }

        return new DetectedFormat(DetectedFormatKind.Other, "OLE compound file");
    }

    private static DetectedFormat DetectZip(Stream content, byte[] head)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries.ToDictionary(e => e.FullName, StringComparer.OrdinalIgnoreCase);
            if (entries.TryGetValue("[Content_Types].xml", out var contentTypes))
            {
                if (entries.ContainsKey("word/document.xml") || NamesWordMainPart(contentTypes))
                {
                    return new DetectedFormat(DetectedFormatKind.Docx, "DOCX");
                }

                return new DetectedFormat(
                    DetectedFormatKind.Zip,
                    entries.ContainsKey("xl/workbook.xml") ? "XLSX" : entries.ContainsKey("ppt/presentation.xml") ? "PPTX" : "Office Open XML package");
            }

            if (entries.ContainsKey("OFD.xml"))
            {
                return new DetectedFormat(DetectedFormatKind.Zip, "OFD");
            }

            return new DetectedFormat(DetectedFormatKind.Zip, entries.ContainsKey("mimetype") && entries.ContainsKey("content.xml") ? "OpenDocument" : "ZIP");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return FirstLocalEntryIsOpenXml(head)
                ? new DetectedFormat(DetectedFormatKind.Docx, "DOCX (damaged)")
                : new DetectedFormat(DetectedFormatKind.Zip, "ZIP (damaged)");
        }
    }

    private static bool NamesWordMainPart(ZipArchiveEntry contentTypes)
    {
        if (contentTypes.Length > MaxContentTypesBytes)
        {
            return false;
        }

        using var reader = new StreamReader(contentTypes.Open());
        var xml = reader.ReadToEnd();
        return xml.Contains("wordprocessingml.document.main+xml", StringComparison.OrdinalIgnoreCase)
            || xml.Contains("wordprocessingml.template.main+xml", StringComparison.OrdinalIgnoreCase)
            || xml.Contains("ms-word.document.macroEnabled.main+xml", StringComparison.OrdinalIgnoreCase)
            || xml.Contains("ms-word.template.macroEnabledTemplate.main+xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The file name in the first local file header: Word writes [Content_Types].xml, _rels/ or word/ parts.</summary>
    private static bool FirstLocalEntryIsOpenXml(byte[] head)
    {
        if (head.Length < 30 || !head.AsSpan().StartsWith("PK\x03\x04"u8))
        {
            return false;
        }

        var nameLength = BitConverter.ToUInt16(head, 26);
        if (30 + nameLength > head.Length)
        {
            return false;
        }

        var name = Encoding.UTF8.GetString(head, 30, nameLength);
        return name is "[Content_Types].xml" || name.StartsWith("_rels/", StringComparison.Ordinal)
            || name.StartsWith("word/", StringComparison.Ordinal) || name.StartsWith("docProps/", StringComparison.Ordinal);
    }

    private static DetectedFormat DetectText(Stream content, byte[] head)
    {
        var (bomEncoding, bomLength) = ByteOrderMark(head);
        if (bomEncoding is UnicodeEncoding)
        {
            // UTF-16 text holds zero bytes by nature: decode before looking.
            var decoded = TryDecode(bomEncoding, head.AsSpan(bomLength), atEnd: head.Length == content.Length);
            if (decoded is null)
            {
                return Binary;
            }

            return string.IsNullOrWhiteSpace(decoded) && head.Length == content.Length ? Empty : Classify(decoded.TrimStart(), decoded);
        }

        // Skip leading white space (ASCII in UTF-8 and GB18030 alike), however long it runs.
        var start = FirstNonWhiteSpace(content, bomLength);
        if (start < 0)
        {
            return Empty;
        }

        var window = new byte[(int)Math.Min(HeadBytes, content.Length - start)];
        content.Position = start;
        window = window[..content.ReadAtLeast(window, window.Length, throwOnEndOfStream: false)];
        var atEnd = start + window.Length >= content.Length;
        var markup = Encoding.Latin1.GetString(window, 0, Math.Min(window.Length, MarkupWindow));
        var text = bomEncoding is not null
            ? TryDecode(bomEncoding, window, atEnd)
            : TryDecode(StrictUtf8, window, atEnd) ?? TryDecode(StrictGb18030, window, atEnd);

        // A stray invalid byte is no reason to call a Chinese text binary: decode with replacement
        // and let Classify judge the result.
        text ??= bomEncoding is not null
            ? UndeclaredEncoding.Utf8.GetString(window)
            : UndeclaredEncoding.Choose(window, atEnd).Encoding.GetString(window);
        return Classify(markup, text);
    }

    /// <summary>Markup decides HTML; otherwise decodable text without control characters is text.</summary>
    private static DetectedFormat Classify(string markupStart, string? text)
    {
        var window = markupStart.Length > MarkupWindow ? markupStart[..MarkupWindow] : markupStart;
        if (HtmlMarkup().IsMatch(window))
        {
            return new DetectedFormat(DetectedFormatKind.Html, "HTML");
        }

        if (MimeHeader().IsMatch(window))
        {
            return new DetectedFormat(DetectedFormatKind.Other, "MHTML");
        }

        return text is not null && (!text.Any(UndeclaredEncoding.IsBad) || UndeclaredEncoding.IsClearlyText(text))
            ? new DetectedFormat(DetectedFormatKind.Text, "text")
            : Binary;
    }

    private static DetectedFormat Empty => new(DetectedFormatKind.Empty, "empty");

    private static DetectedFormat Binary => new(DetectedFormatKind.Other, "binary");

    private static (Encoding? Encoding, int Length) ByteOrderMark(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }

    /// <summary>The decoded text, or null when the bytes are not valid in the encoding (a sequence cut at the window's end is allowed).</summary>
    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, bool atEnd)
    {
        try
        {
            var decoder = encoding.GetDecoder();
            var chars = new char[decoder.GetCharCount(bytes, flush: atEnd)];
            var count = decoder.GetChars(bytes, chars, flush: atEnd);
            return new string(chars, 0, count);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The offset of the first byte that is not ASCII white space, or -1 when there is none.</summary>
    private static long FirstNonWhiteSpace(Stream content, int from)
    {
        var buffer = new byte[HeadBytes];
        content.Position = from;
        long offset = from;
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            var index = buffer.AsSpan(0, read).IndexOfAnyExcept(AsciiWhiteSpace);
            if (index >= 0)
            {
                return offset + index;
            }

            offset += read;
        }

        return -1;
    }

    [GeneratedRegex(@"<(?:!doctype|html|head|body|meta|p|div|table|title)(?=[\s>/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlMarkup();

    [GeneratedRegex(@"^MIME-Version\s*:|Content-Type\s*:\s*multipart/related", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MimeHeader();
}
