namespace Gumu.Compliance.Documents;

/// <summary>
/// A report as the checks see it, whatever file it came from: title, metadata and the body as
/// ordered blocks. Readers produce it; nothing in it refers to HTML or Open XML.
/// </summary>
public sealed record ReportDocument
{
    /// <summary>The source format: "html", "docx" or "text".</summary>
    public required string Format { get; init; }

    /// <summary>The report's title, as the reader found it (page heading, first line, document property).</summary>
    public string? Title { get; init; }

    /// <summary>Where the title is, when it is part of the body or page.</summary>
    public SourceLocation? TitleLocation { get; init; }

    /// <summary>Publication metadata.</summary>
    public DocumentMetadata Metadata { get; init; } = DocumentMetadata.Empty;

    /// <summary>The body in reading order.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }
}

/// <summary>Publication metadata found around the report (portal line, document properties).</summary>
public sealed record DocumentMetadata
{
    /// <summary>No metadata.</summary>
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>Publication date (the portal's "发布日期"); a DOCX creation date is not one (see <see cref="Created"/>).</summary>
    public DateOnly? PublicationDate { get; init; }

    /// <summary>Where the publication date was read.</summary>
    public SourceLocation? PublicationDateLocation { get; init; }

    /// <summary>The issuing body (portal "信息来源", DOCX creator/company).</summary>
    public string? Issuer { get; init; }

    /// <summary>The author as given (portal "作者").</summary>
    public string? Author { get; init; }

    /// <summary>
    /// When the file says it was created (the DOCX core property <c>dcterms:created</c>), with its
    /// offset; null when absent. It bounds the publication date from below but is not one.
    /// </summary>
    public DateTimeOffset? Created { get; init; }
}
