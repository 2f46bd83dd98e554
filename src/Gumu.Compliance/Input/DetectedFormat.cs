namespace Gumu.Compliance.Input;

/// <summary>What kind of file <see cref="FormatSniffer"/> found.</summary>
public enum DetectedFormatKind
{
    /// <summary>No bytes, or only white space.</summary>
    Empty,

    /// <summary>Plain text in UTF-8, UTF-16 (with a byte-order mark) or GB18030.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A Word package (.docx, .docm, .dotx), possibly damaged.</summary>
    Docx,

    /// <summary>A legacy binary Word or WPS document (.doc, .wps): an OLE compound file with a WordDocument stream.</summary>
    LegacyOffice,

    /// <summary>A password-protected Office Open XML package (an OLE compound file with EncryptionInfo and EncryptedPackage).</summary>
    EncryptedOoxml,

    /// <summary>A PDF file (read by the PDF reader; a scan among them is reported when read).</summary>
    Pdf,

    /// <summary>An image; <see cref="DetectedFormat.Name"/> says which (PNG, JPEG, GIF, BMP, TIFF, WebP).</summary>
    Image,

    /// <summary>A zip archive that is not a Word package (a spreadsheet, an OFD file, a plain archive).</summary>
    Zip,

    /// <summary>Anything else: other binary data or a format no reader handles (RTF, MHTML, a legacy spreadsheet).</summary>
    Other,
}

/// <summary>The result of sniffing a file's content.</summary>
/// <param name="Kind">The kind of file.</param>
/// <param name="Name">A short, culture-neutral name of what was found, for messages ("PNG", "XLSX", "RTF", "binary").</param>
public sealed record DetectedFormat(DetectedFormatKind Kind, string Name)
{
    /// <summary>
    /// The <see cref="Documents.IReportReader.Format"/> of the reader that handles this content
    /// ("html", "docx", "pdf", "text"), or null when no reader does (see <see cref="FormatSniffer.ToReadFailure"/>).
    /// </summary>
    public string? ReaderFormat => Kind switch
    {
        DetectedFormatKind.Html => "html",
        DetectedFormatKind.Docx => "docx",
        DetectedFormatKind.Pdf => "pdf",
        DetectedFormatKind.Text => "text",
        _ => null,
    };
}
