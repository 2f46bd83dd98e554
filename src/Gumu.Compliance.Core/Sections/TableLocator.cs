using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Sections;

/// <summary>Where a template table is in a report, or what stands in for it.</summary>
internal sealed record TableLocation
{
    /// <summary>The template table.</summary>
    public required TableSpec Spec { get; init; }

    /// <summary>The report's table, or its parts in document order (one per 第二十条 item, or cut by a page break); empty when not found.</summary>
    public IReadOnlyList<TableBlock> Fragments { get; init; } = [];

    /// <summary>The index of each part in the document's blocks.</summary>
    public IReadOnlyList<int> FragmentIndices { get; init; } = [];

    /// <summary>The caption paragraph ("2018年…政府信息公开情况统计表"), if any.</summary>
    public ParagraphBlock? Caption { get; init; }

    /// <summary>Index of the caption in the document's blocks.</summary>
    public int? CaptionIndex { get; init; }

    /// <summary>The year in the caption, if any.</summary>
    public int? CaptionYear { get; init; }

    /// <summary>An image or attachment that stands in for the table, when there is no table.</summary>
    public Block? Substitute { get; init; }

    /// <summary>The report's table (its first part), or null.</summary>
    public TableBlock? Table => Fragments.Count > 0 ? Fragments[0] : null;
}

/// <summary>
/// Finds a rule set's tables in a report. A table is a template table when its cells show enough
/// of that table's distinctive labels (row labels and column headers no other table of the rule
/// set uses), or when it stands right under the table's caption; a table right after one of them
/// that shows some of its labels and none of another's is its continuation. A template table that
/// is not there may be stood in for by an image or attachment (named like it, under its caption,
/// or in its section). Built once per rule set and shared.
/// </summary>
internal sealed class TableLocator
{
    private const int MinimumCoreLength = 3;
    private static readonly ConditionalWeakTable<RuleSet, TableLocator> Cache = [];
    private static readonly ConditionalWeakTable<TableBlock, HashSet<string>> CellCores = [];

    private readonly RuleSet _ruleSet;
    private readonly Regex?[] _captions;
    private readonly HashSet<string>[] _signatures;

    private TableLocator(RuleSet ruleSet)
    {
        _ruleSet = ruleSet;
        var tables = ruleSet.Tables;
        _captions = tables.Select(t => t.CaptionPattern is { } p ? new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)) : null).ToArray();
        var cores = tables.Select(LabelCores).ToArray();
        _signatures = new HashSet<string>[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            _signatures[i] = [.. cores[i]];
            for (var j = 0; j < tables.Count; j++)
            {
                if (j != i)
                {
                    _signatures[i].ExceptWith(cores[j]);
                }
            }
        }
    }

    /// <summary>The locator of a rule set (built on first use).</summary>
    public static TableLocator For(RuleSet ruleSet) => Cache.GetValue(ruleSet, static rs => new TableLocator(rs));

    /// <summary>How many of a template table's distinctive labels a report's table (its cells' label cores) shows.</summary>
    private int Score(HashSet<string> cores, int tableIndex)
    {
        var signature = _signatures[tableIndex];
        var count = 0;
        foreach (var core in signature)
        {
            if (cores.Contains(core))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Finds every template table of the rule set, in the rule set's order.</summary>
    public IReadOnlyList<TableLocation> Locate(ReportDocument document, ReportOutline outline)
    {
        var tables = _ruleSet.Tables;
        var blocks = document.Blocks;
        var text = DocumentText.Of(document);
        var fragments = tables.Select(_ => new List<(TableBlock Table, int Index)>()).ToArray();
        var captions = new (ParagraphBlock Caption, int Index)?[tables.Count];
        var assigned = new HashSet<int>();

        // A caption claims the table right under it (a heading or note may sit between).
        for (var t = 0; t < tables.Count; t++)
        {
            if (_captions[t] is not { } caption)
            {
                continue;
            }

            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is ParagraphBlock p && p.Text.Length <= 120 && caption.IsMatch(text.KeyOf(i)) && !outline.IsHeading(i))
                {
                    captions[t] = (p, i);
                    for (var k = i + 1; k < Math.Min(blocks.Count, i + 4); k++)
                    {
                        if (blocks[k] is TableBlock tb && tb.Grid.RowCount >= 3 && assigned.Add(k))
                        {
                            fragments[t].Add((tb, k));
                            break;
                        }
                    }

                    break;
                }
            }
        }

        // Every other table goes to the template table whose labels it shows most, if enough; a
        // table right after a template table's part that shows only its labels continues it.
        var previous = -1;
        var previousIndex = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not TableBlock table)
            {
                if (outline.IsHeading(i))
                {
                    previous = -1;
                }

                continue;
            }

            if (assigned.Contains(i))
            {
                previous = Array.FindIndex(fragments, f => f.Any(x => x.Index == i));
                previousIndex = i;
                continue;
            }

            var cores = Cores(table, text);
            var scores = Enumerable.Range(0, tables.Count).Select(t => Score(cores, t)).ToArray();
            var best = -1;
            for (var t = 0; t < tables.Count; t++)
            {
                if (scores[t] >= tables[t].MinimumRecognised && (best < 0 || scores[t] > scores[best]))
                {
                    best = t;
                }
            }

            if (best < 0 && previous >= 0 && previousIndex >= 0 && scores[previous] > 0
                && Enumerable.Range(0, tables.Count).All(t => t == previous || scores[t] == 0))
            {
                best = previous;
            }

            if (best >= 0)
            {
                fragments[best].Add((table, i));
                assigned.Add(i);
                previous = best;
                previousIndex = i;
            }
            else
            {
                previous = -1;
            }
        }

        var result = new List<TableLocation>(tables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var caption = captions[t];
            var location = new TableLocation
            {
                Spec = tables[t],
                Fragments = fragments[t].Select(f => f.Table).ToList(),
                FragmentIndices = fragments[t].Select(f => f.Index).ToList(),
                Caption = caption?.Caption,
                CaptionIndex = caption?.Index,
                CaptionYear = caption is { } c ? ReportTitle.YearIn(c.Caption.Text) : null,
            };
            if (fragments[t].Count == 0)
            {
                location = location with { Substitute = FindSubstitute(document, outline, tables[t], caption?.Index) };
            }

            result.Add(location);
        }

        return result;
    }

    private static Block? FindSubstitute(ReportDocument document, ReportOutline outline, TableSpec spec, int? captionIndex)
    {
        var blocks = document.Blocks;

        // Anything named like the table wins, wherever it is.
        if (spec.CaptionPattern is not null)
        {
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
        }

        // Then an image or attachment under the caption, or in the table's section.
        var section = spec.Section is int number ? outline.Find(number) : null;
        var from = captionIndex ?? section?.ContentStart;
        if (from is not int start)
        {
            return null;
        }

        var end = captionIndex is not null ? Math.Min(blocks.Count, start + 6) : section!.ContentEnd;
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

    // Every label core a template table has (rows, columns, aliases), long enough to mean something.
    private static HashSet<string> LabelCores(TableSpec spec) =>
        spec.Rows.SelectMany(r => r.Aliases.Prepend(r.Label))
            .Concat(spec.Columns.SelectMany(c => c.Aliases.Prepend(c.Label)))
            .Select(TableLabel.Core)
            .Where(c => c.Length >= MinimumCoreLength)
            .ToHashSet(StringComparer.Ordinal);

    // The label cores of a report's table's cells, computed once per table.
    private static HashSet<string> Cores(TableBlock table, DocumentText text)
    {
        if (CellCores.TryGetValue(table, out var known))
        {
            return known;
        }

        var grid = table.Grid;
        var cores = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < grid.RowCount; r++)
        {
            for (var c = 0; c < grid.ColumnCount; c++)
            {
                var cell = grid[r, c];
                if (cell.IsOrigin && cell.Text.Length >= 2 && cell.Text.Length <= 80)
                {
                    cores.Add(text.CellOf(cell).Core);
                }
            }
        }

        return CellCores.GetValue(table, _ => cores);
    }
}
