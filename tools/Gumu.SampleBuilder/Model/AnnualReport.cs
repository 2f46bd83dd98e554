using System.Collections.Immutable;

namespace Gumu.SampleBuilder.Model;

/// <summary>A block of a section's body.</summary>
internal abstract record BodyBlock;

/// <summary>A body paragraph; <paramref name="Lead"/> is an emphasised opening such as "（一）加强组织领导。".</summary>
internal sealed record Paragraph(string Text, string? Lead = null) : BodyBlock
{
    public string FullText => Lead + Text;
}

/// <summary>A sub-heading on a line of its own, typed with its number: "（二）推进会议开放".</summary>
internal sealed record SubHeading(string Text) : BodyBlock;

/// <summary>The statistics table itself.</summary>
internal sealed record StatisticsTableBlock(StatisticsTable Table) : BodyBlock;

/// <summary>One of a national template's tables (二, 三, 四), laid out like the official form.</summary>
internal sealed record FormTableBlock(FormTable Table) : BodyBlock;

/// <summary>A picture of the table where the table should be (a scan pasted into the page).</summary>
internal sealed record TableImage(string Source) : BodyBlock;

/// <summary>A link to a downloadable file standing in for the table.</summary>
internal sealed record AttachmentLink(string Label, string Href, string FileName) : BodyBlock;

/// <summary>
/// One top-level section. <paramref name="Number"/> is the number the author typed before the
/// title (HTML and text renderings); DOCX headings ignore it and use automatic numbering.
/// </summary>
internal sealed record ReportSection(int TemplateNumber, int Number, string Title, ImmutableArray<BodyBlock> Body);

/// <summary>What the portal page and the document properties say about the report.</summary>
internal sealed record PublicationMetadata(
    string Municipality,
    string Source,
    string Author,
    DateOnly Published,
    DateTime CreatedUtc,
    DateTime ModifiedUtc);

/// <summary>A 政府信息公开工作年度报告 as an author wrote it: title, introduction, sections, signature.</summary>
internal sealed record AnnualReport(
    string Agency,
    string Place,
    int Year,
    string Title,
    PublicationMetadata Metadata,
    ImmutableArray<Paragraph> Intro,
    ImmutableArray<ReportSection> Sections,
    ImmutableArray<string> Signature)
{
    public StatisticsTable? Table =>
        Sections.SelectMany(s => s.Body).OfType<StatisticsTableBlock>().Select(b => b.Table).FirstOrDefault();

    /// <summary>The national-form tables the report prints, in document order.</summary>
    public IEnumerable<FormTable> FormTables =>
        Sections.SelectMany(s => s.Body).OfType<FormTableBlock>().Select(b => b.Table);

    public ReportSection Section(int templateNumber) =>
        Sections.Single(s => s.TemplateNumber == templateNumber);
}
