using System.Text;
using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// Puts the analysed pages together into blocks in reading order: text lines into paragraphs
/// (across page breaks too), the parts of a table that runs over several pages into one table,
/// running page numbers dropped, and lines laid out as a table without rulings either read as a
/// table (when every line has the same aligned columns) or marked unreadable.
/// </summary>
internal sealed partial class DocumentBuilder(ReaderLimits limits, CancellationToken cancellationToken)
{
    /// <summary>How far (points) two parts of a table may differ at their outer edges and still be one table.</summary>
    private const double EdgeTolerance = 3;

    private double _left;
    private double _right;
    private int _tables;

    public List<Block> Build(IReadOnlyList<PageLayout> pages)
    {
        var flow = new List<object>();
        var lastOnPage = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var firstOnPage = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var page in pages)
        {
            var items = page.Lines.Where(l => !IsPageNumber(l, page)).Cast<object>().Concat(page.Tables)
                .OrderBy(Top).ToList();
            if (items.Count > 0)
            {
                firstOnPage.Add(items[0]);
                lastOnPage.Add(items[^1]);
            }

            flow.AddRange(items);
        }

        Measure(flow.OfType<TextLine>().ToList());
        var continuations = JoinedTables(flow, firstOnPage, lastOnPage);

        var blocks = new List<Block>();
        var paragraph = new List<TextLine>();
        for (var i = 0; i < flow.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (flow[i])
            {
                case RuledTable table:
                    Flush(blocks, paragraph);
                    if (continuations.TryGetValue(table, out var parts))
                    {
                        blocks.Add(TableAssembler.Build(++_tables, parts, limits.MaxTableCells));
                    }

                    break;
                case TextLine line:
                    if (Tabular(flow, i) is { Count: > 0 } region)
                    {
                        Flush(blocks, paragraph);
                        blocks.Add(Unruled(region));
                        i += region.Count - 1;
                        break;
                    }

                    if (paragraph.Count > 0 && !Continues(paragraph, line, lastOnPage.Contains(paragraph[^1]) && firstOnPage.Contains(line)))
                    {
                        Flush(blocks, paragraph);
                    }

                    paragraph.Add(line);
                    break;
            }
        }

        Flush(blocks, paragraph);
        return blocks;
    }

    private static double Top(object item) => item is TextLine l ? l.Top : ((RuledTable)item).Top;

    /// <summary>The text column's left and right edges over the whole document (most lines start and end there).</summary>
    private void Measure(List<TextLine> lines)
    {
        var body = lines.Where(l => l.Text.Length >= 8).ToList();
        if (body.Count == 0)
        {
            body = lines;
        }

        if (body.Count == 0)
        {
            return;
        }

        var lefts = body.Select(l => l.Left).Order().ToList();
        var rights = body.Select(l => l.Right).Order().ToList();
        _left = lefts[(int)(0.1 * (lefts.Count - 1))];
        _right = rights[(int)(0.9 * (rights.Count - 1))];
    }

    /// <summary>
    /// Groups each table with its continuations: a table that is the last thing on its page and
    /// a table that is the first thing on the next page, with the same outer edges, are one table.
    /// Maps the first part to all parts; continuation parts are not keys.
    /// </summary>
    private static Dictionary<RuledTable, List<RuledTable>> JoinedTables(List<object> flow, HashSet<object> first, HashSet<object> last)
    {
        var groups = new Dictionary<RuledTable, List<RuledTable>>(ReferenceEqualityComparer.Instance);
        List<RuledTable>? open = null;
        foreach (var item in flow)
        {
            if (item is not RuledTable table)
            {
                open = null;
                continue;
            }

            var previous = open?[^1];
            if (previous is not null && last.Contains(previous) && first.Contains(table) && table.Page == previous.Page + 1
                && Math.Abs(table.Left - previous.Left) <= EdgeTolerance && Math.Abs(table.Right - previous.Right) <= EdgeTolerance)
            {
                open!.Add(table);
                continue;
            }

            open = [table];
            groups[table] = open;
        }

        return groups;
    }

    /// <summary>
    /// True when a line goes on with the paragraph: same size, the usual line distance (or the
    /// top of the next page), the previous line running to the right edge, and this one starting
    /// where the paragraph's lines start (or centred under a centred line, as in a wrapped title).
    /// </summary>
    private bool Continues(List<TextLine> paragraph, TextLine line, bool acrossPageBreak)
    {
        var previous = paragraph[^1];
        var size = Math.Max(previous.Size, line.Size);
        if (Math.Abs(previous.Size - line.Size) > 0.15 * size)
        {
            return false;
        }

        if (line.Page == previous.Page)
        {
            var distance = line.Baseline - previous.Baseline;
            if (distance <= 0 || distance > 2.2 * size)
            {
                return false;
            }
        }
        else if (!acrossPageBreak || line.Page != previous.Page + 1)
        {
            return false;
        }

        if (previous.Right < _right - (1.5 * previous.Size))
        {
            return false;
        }

        var lineStart = paragraph.Count >= 2 ? Math.Max(_left, paragraph[1].Left) : _left;
        if (line.Left <= lineStart + (0.6 * line.Size))
        {
            return true;
        }

        // A right-aligned line (a signature, a date) ends at the right edge; a centred one does not.
        var centred = line.Left - _left >= 3 * line.Size && _right - line.Right >= line.Size
            && Math.Abs(((line.Left + line.Right) / 2) - ((previous.Left + previous.Right) / 2)) <= 0.5 * line.Size;
        return centred;
    }

    private void Flush(List<Block> blocks, List<TextLine> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            TextJoin.AppendLine(text, line.Text.Trim());
            if (text.Length > limits.MaxParagraphCharacters)
            {
                // Lines joined over page after page of a hostile file: the same paragraph limit as the other readers.
                throw PdfFailures.LimitExceeded(nameof(ReaderLimits.MaxParagraphCharacters), limits.MaxParagraphCharacters, $"> {limits.MaxParagraphCharacters}");
            }
        }

        var collapsed = PageLayout.Collapse(text.ToString());
        if (collapsed.Length > 0)
        {
            blocks.Add(new ParagraphBlock
            {
                Text = collapsed,
                IsBold = lines.TrueForAll(l => l.IsBold),
                Location = SourceLocation.AtPageLine(lines[0].Page, lines[0].Number),
            });
        }

        lines.Clear();
    }

    /// <summary>A running page number ("- 3 -", "第 3 页", "3/12") in the top or bottom margin.</summary>
    private static bool IsPageNumber(TextLine line, PageLayout page) =>
        (line.Top < 0.1 * page.Height || line.Baseline > 0.88 * page.Height) && PageNumber().IsMatch(line.Text);

    /// <summary>
    /// The lines of a table without rulings that starts at <paramref name="index"/>: at least three
    /// lines split into columns by wide gaps, with single-column lines between them (wrapped
    /// labels) counted in. Empty when the line starts no such table.
    /// </summary>
    private static List<TextLine> Tabular(List<object> flow, int index)
    {
        var region = new List<TextLine>();
        var tabularLines = 0;
        for (var i = index; i < flow.Count && flow[i] is TextLine line; i++)
        {
            if (region.Count > 0)
            {
                var previous = region[^1];
                if (line.Page != previous.Page || line.Baseline - previous.Baseline > 2.5 * Math.Max(line.Size, previous.Size))
                {
                    break;
                }
            }

            if (line.Columns.Count >= 2)
            {
                tabularLines++;
                region.Add(line);
                continue;
            }

            // A single-column line belongs to the table only between two multi-column lines.
            if (region.Count == 0 || i + 1 >= flow.Count || flow[i + 1] is not TextLine next || next.Columns.Count < 2)
            {
                break;
            }

            region.Add(line);
        }

        while (region.Count > 0 && region[^1].Columns.Count < 2)
        {
            region.RemoveAt(region.Count - 1);
        }

        return tabularLines >= 3 ? region : [];
    }

    /// <summary>
    /// A table drawn without rulings. Read only when it is certain: every line has the same
    /// number of columns and each column starts at the same place on every line. Otherwise
    /// (wrapped labels, merged or missing cells) which text belongs to which cell is a guess, so
    /// it stands in the document as an unreadable table, never as guessed cells.
    /// </summary>
    private Block Unruled(List<TextLine> region)
    {
        var first = region[0];
        var count = first.Columns.Count;
        var certain = region.TrueForAll(r => r.Columns.Count == count
            && r.Columns.Select((c, k) => Math.Abs(c.Left - first.Columns[k].Left) <= r.Size).All(x => x));
        if (!certain)
        {
            return new ImageBlock
            {
                Location = SourceLocation.AtPageLine(first.Page, first.Number),
                AltText = "无框线表格",
                Source = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"第{first.Page}页无框线表格"),
            };
        }

        if ((long)region.Count * count > limits.MaxTableCells)
        {
            throw PdfFailures.LimitExceeded(nameof(ReaderLimits.MaxTableCells), limits.MaxTableCells, (long)region.Count * count);
        }

        var number = ++_tables;
        var cells = new TableCell[region.Count, count];
        for (var r = 0; r < region.Count; r++)
        {
            var line = region[r];
            for (var k = 0; k < count; k++)
            {
                cells[r, k] = new TableCell
                {
                    Text = PageLayout.Collapse(line.Columns[k].Text),
                    Location = new SourceLocation { Page = line.Page, Line = line.Number, Table = number, Row = r + 1, Cell = k + 1 },
                };
            }
        }

        return new TableBlock
        {
            Grid = new TableGrid(cells),
            Number = number,
            Location = new SourceLocation { Page = first.Page, Line = first.Number, Table = number },
        };
    }

    [GeneratedRegex(@"^[-—–－·\s]*(第\s*)?[0-9]{1,4}(\s*页)?(\s*[/／]\s*[0-9]{1,4})?(\s*[,，]?\s*共\s*[0-9]{1,4}\s*页)?[-—–－·\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
