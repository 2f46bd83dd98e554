namespace Gumu.Compliance.Documents;

/// <summary>
/// Safety limits for reading untrusted files. Input over a limit gets GM0004 (limits-exceeded)
/// instead of unbounded work. The defaults fit real annual reports with a wide margin.
/// </summary>
public sealed record ReaderLimits
{
    /// <summary>The defaults.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Largest file accepted, in bytes (default 50 MiB).</summary>
    public long MaxFileBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Largest total decompressed size of a DOCX package's parts, in bytes (default 256 MiB).</summary>
    public long MaxDecompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Most characters in one Open XML part (default 64 M).</summary>
    public long MaxCharactersInPart { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Most characters in an HTML page once decoded, markup included (default 16 Mi, 16,777,216).
    /// A long real report is a few hundred thousand; a page with embedded pictures a few million.
    /// The parser keeps a working copy of the page as large as the page rounded up to a power of
    /// two, so this limit, not the file size, is what bounds reading a page in memory.
    /// </summary>
    public int MaxPageCharacters { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest element nesting (default 512).</summary>
    public int MaxNestingDepth { get; init; } = 512;

    /// <summary>Most cells in one table's resolved grid (default 100,000).</summary>
    public int MaxTableCells { get; init; } = 100_000;

    /// <summary>
    /// Most elements in an HTML page as the parser builds it (comments count as elements), or in
    /// one XML part of a DOCX (default 100,000). A long real report has 10,000–30,000; each element
    /// costs up to about 2 KB while a page is read.
    /// </summary>
    public int MaxElements { get; init; } = 100_000;

    /// <summary>Most lines in a plain-text file (default 100,000; a long real report has 2,000).</summary>
    public int MaxLines { get; init; } = 100_000;

    /// <summary>
    /// Most characters in one paragraph: a line of a text file, a paragraph of an HTML page, a
    /// w:p of a DOCX (default 200,000, about a hundred pages).
    /// </summary>
    public int MaxParagraphCharacters { get; init; } = 200_000;

    /// <summary>
    /// Longest run of characters without markup (default 1,000,000): in an HTML page the text
    /// between two tags; in a DOCX part the characters between two tags, so one text run or one
    /// tag with all its attributes.
    /// </summary>
    public int MaxRunCharacters { get; init; } = 1_000_000;

    /// <summary>
    /// Longest attribute value in an HTML page (default 10,000,000): a picture embedded as a
    /// data: URI is the one long value real pages have (10 M characters is a 7 MB picture).
    /// </summary>
    public int MaxAttributeValueCharacters { get; init; } = 10_000_000;

    /// <summary>Most pages in a PDF (default 1,000; annual reports have tens).</summary>
    public int MaxPdfPages { get; init; } = 1_000;

    /// <summary>
    /// Most PDF objects: the indirect objects a PDF file declares, and separately the letters and
    /// paths drawn on any one page (default 500,000).
    /// </summary>
    public int MaxPdfObjects { get; init; } = 500_000;
}
