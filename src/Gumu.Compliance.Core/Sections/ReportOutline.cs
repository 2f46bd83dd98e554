using Gumu.Compliance.Documents;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Sections;

/// <summary>A paragraph recognised as the heading of a template section.</summary>
public sealed record SectionHeading
{
    /// <summary>Template section number.</summary>
    public required int Number { get; init; }

    /// <summary>Index of the heading paragraph in <see cref="ReportDocument.Blocks"/>.</summary>
    public required int BlockIndex { get; init; }

    /// <summary>The heading paragraph.</summary>
    public required ParagraphBlock Paragraph { get; init; }

    /// <summary>The heading's title as written, without its number (and without inline content).</summary>
    public required string Title { get; init; }

    /// <summary>True when the title is the template's canonical wording after normalisation.</summary>
    public required bool IsCanonical { get; init; }

    /// <summary>The numbering in front of the title.</summary>
    public required HeadingNumber Numbering { get; init; }

    /// <summary>The year written in the title, for titles with a year (section 13).</summary>
    public int? TitleYear { get; init; }

    /// <summary>Text that follows the title in the same paragraph ("一、…情况。2018年，…"), or null.</summary>
    public string? InlineContent { get; init; }
}

/// <summary>One occurrence of a section: its heading and the blocks up to the next section heading.</summary>
public sealed record ReportSection
{
    /// <summary>The heading.</summary>
    public required SectionHeading Heading { get; init; }

    /// <summary>Index of the first content block.</summary>
    public required int ContentStart { get; init; }

    /// <summary>Index one past the last content block.</summary>
    public required int ContentEnd { get; init; }

    /// <summary>The content blocks (not including the heading).</summary>
    public required IReadOnlyList<Block> Content { get; init; }

    /// <summary>Template section number.</summary>
    public int Number => Heading.Number;

    /// <summary>
    /// The section's running text, paragraph by paragraph, starting with any inline content of
    /// the heading, each with its location.
    /// </summary>
    public IEnumerable<(string Text, SourceLocation Location)> Paragraphs()
    {
        if (Heading.InlineContent is { } inline)
        {
            yield return (inline, Heading.Paragraph.Location);
        }

        foreach (var block in Content)
        {
            if (block is ParagraphBlock p)
            {
                yield return (p.Text, p.Location);
            }
        }
    }

    /// <summary>True when the section has anything under its heading.</summary>
    public bool HasContent => Heading.InlineContent is not null || Content.Any(b => b is not ParagraphBlock p || p.Text.Length > 0);
}

/// <summary>The report's section structure as recognised from its headings.</summary>
public sealed class ReportOutline
{
    private readonly HashSet<int> _headingIndices;

    internal ReportOutline(IReadOnlyList<ReportSection> sections, int preambleEnd)
    {
        Sections = sections;
        PreambleEnd = preambleEnd;
        _headingIndices = sections.Select(s => s.Heading.BlockIndex).ToHashSet();
    }

    /// <summary>Every recognised section occurrence in document order (a duplicated section appears twice).</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>Index one past the last block before the first section heading (title, intro).</summary>
    public int PreambleEnd { get; }

    /// <summary>The number of distinct template sections recognised.</summary>
    public int DistinctSections => Sections.Select(s => s.Number).Distinct().Count();

    /// <summary>True when the block at an index is a recognised section heading.</summary>
    public bool IsHeading(int blockIndex) => _headingIndices.Contains(blockIndex);

    /// <summary>The first occurrence of a section, or null when it is missing.</summary>
    public ReportSection? Find(int number) => Sections.FirstOrDefault(s => s.Number == number);

    /// <summary>The section a block index falls in, or null for the preamble.</summary>
    public ReportSection? SectionOf(int blockIndex)
    {
        ReportSection? found = null;
        foreach (var section in Sections)
        {
            if (section.Heading.BlockIndex <= blockIndex)
            {
                found = section;
            }
            else
            {
                break;
            }
        }

        return found;
    }
}
