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

    /// <summary>Deepest element nesting (default 512).</summary>
    public int MaxNestingDepth { get; init; } = 512;

    /// <summary>Most cells in one table's resolved grid (default 100,000).</summary>
    public int MaxTableCells { get; init; } = 100_000;

    /// <summary>Most pages in a PDF (default 1,000; annual reports have tens).</summary>
    public int MaxPdfPages { get; init; } = 1_000;

    /// <summary>
    /// Most PDF objects: the indirect objects a PDF file declares, and separately the letters and
    /// paths drawn on any one page (default 500,000).
    /// </summary>
    public int MaxPdfObjects { get; init; } = 500_000;
}
