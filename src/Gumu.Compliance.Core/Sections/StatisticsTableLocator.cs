using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Sections;

/// <summary>Where the statistics table is, or what stands in for it.</summary>
public sealed record StatisticsTableInfo
{
    /// <summary>The table, when the report has it as a table.</summary>
    public TableBlock? Table { get; init; }

    /// <summary>Index of the table in the document's blocks.</summary>
    public int? TableIndex { get; init; }

    /// <summary>The caption paragraph ("2018年…政府信息公开情况统计表"), if any.</summary>
    public ParagraphBlock? Caption { get; init; }

    /// <summary>Index of the caption in the document's blocks.</summary>
    public int? CaptionIndex { get; init; }

    /// <summary>The year in the caption, if any.</summary>
    public int? CaptionYear { get; init; }

    /// <summary>An image or attachment that stands in for the table, when there is no table.</summary>
    public Block? Substitute { get; init; }
}

/// <summary>
/// Finds the statistics table: a table whose cells show enough template row labels, or the table
/// right under the caption; failing that, an image or attachment that stands in for it.
/// </summary>
internal sealed class StatisticsTableLocator
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StatisticsTableSpec, StatisticsTableLocator> Cache = [];

    private readonly StatisticsTableSpec _spec;
    private readonly Regex _caption;
    private readonly HashSet<string> _rowCores;

    private StatisticsTableLocator(StatisticsTableSpec spec)
    {
        _spec = spec;
        _caption = new Regex(spec.CaptionPattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
        _rowCores = spec.Rows.SelectMany(r => r.Aliases.Prepend(r.Label)).Select(TableLabel.Core).Where(c => c.Length >= 4).ToHashSet(StringComparer.Ordinal);
    }

    public static StatisticsTableLocator For(StatisticsTableSpec spec) => Cache.GetValue(spec, static s => new StatisticsTableLocator(s));

    /// <summary>True when a paragraph is the statistics table's caption.</summary>
    public bool IsCaption(string text) => text.Length <= 120 && _caption.IsMatch(TextNormalizer.Key(text));

    public StatisticsTableInfo Locate(ReportDocument document, ReportOutline outline)
    {
        ParagraphBlock? caption = null;
        int? captionIndex = null;
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is ParagraphBlock p && IsCaption(p.Text) && !IsSectionHeading(outline, i))
            {
                caption = p;
                captionIndex = i;
                break;
            }
        }

        var captionYear = caption is null ? null : ReportTitle.YearIn(caption.Text);

        // The table right under the caption (a heading or note may sit between).
        if (captionIndex is int ci)
        {
            for (var i = ci + 1; i < Math.Min(blocks.Count, ci + 4); i++)
            {
                if (blocks[i] is TableBlock t && t.Grid.RowCount >= 3)
                {
                    return new StatisticsTableInfo { Table = t, TableIndex = i, Caption = caption, CaptionIndex = ci, CaptionYear = captionYear };
                }
            }
        }

        // Otherwise the table that shows the most template rows, if enough.
        TableBlock? best = null;
        int? bestIndex = null;
        var bestCount = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TableBlock t)
            {
                var count = RecognisedRows(t.Grid);
                if (count > bestCount)
                {
                    (best, bestIndex, bestCount) = (t, i, count);
                }
            }
        }

        if (best is not null && bestCount >= _spec.MinimumRecognisedRows)
        {
            return new StatisticsTableInfo { Table = best, TableIndex = bestIndex, Caption = caption, CaptionIndex = captionIndex, CaptionYear = captionYear };
        }

        return new StatisticsTableInfo { Caption = caption, CaptionIndex = captionIndex, CaptionYear = captionYear, Substitute = FindSubstitute(document, outline, captionIndex) };
    }

    /// <summary>How many distinct template row labels a table shows.</summary>
    public int RecognisedRows(TableGrid grid)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < grid.RowCount; r++)
        {
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var cell = grid[r, c];
                if (!cell.IsOrigin || cell.Text.Length < 4)
                {
                    continue;
                }

                var core = TableLabel.Core(cell.Text);
                if (_rowCores.Contains(core))
                {
                    seen.Add(core);
                }
            }
        }

        return seen.Count;
    }

    private Block? FindSubstitute(ReportDocument document, ReportOutline outline, int? captionIndex)
    {
        var blocks = document.Blocks;

        // Anything named like the table wins, wherever it is.
        foreach (var block in blocks)
        {
            if (block is AttachmentBlock a && (MentionsTable(a.Text) || MentionsTable(a.Target)))
            {
                return a;
            }

            if (block is ImageBlock img && (MentionsTable(img.AltText) || MentionsTable(img.Source)))
            {
                return img;
            }
        }

        // Then an image or attachment under the caption, or in the table's section.
        var from = captionIndex ?? outline.Find(_spec.Section)?.ContentStart;
        if (from is not int start)
        {
            return null;
        }

        var end = captionIndex is not null ? Math.Min(blocks.Count, start + 6) : outline.Find(_spec.Section)!.ContentEnd;
        for (var i = start; i < end; i++)
        {
            if (blocks[i] is ImageBlock or AttachmentBlock)
            {
                return blocks[i];
            }
        }

        return null;
    }

    private static bool MentionsTable(string? text) =>
        text is not null && TextNormalizer.Key(text).Contains("统计表", StringComparison.Ordinal);

    private static bool IsSectionHeading(ReportOutline outline, int index) => outline.Sections.Any(s => s.Heading.BlockIndex == index);
}
