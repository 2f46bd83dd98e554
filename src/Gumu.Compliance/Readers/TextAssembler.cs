using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Readers;

/// <summary>One line of a text file: its 1-based number, the column its text starts in, the raw line and its trimmed text.</summary>
internal sealed record TextLine(int Number, int Column, string Raw)
{
    public string Text { get; } = Raw.Trim();

    public bool IsBlank => Text.Length == 0;

    /// <summary>A line holding only "|": the separator a web page's table cells leave between them.</summary>
    public bool IsSeparator => Text is "|" or "｜";

    /// <summary>A cell copied with its border: "cell |".</summary>
    public bool IsMarkedCell => Text.Length > 1 && Text[^1] is '|' or '｜' && Text[0] is not ('|' or '｜');
}

/// <summary>
/// Turns the lines of a text file into blocks: paragraphs, tables of explicit rows (TAB, pipe,
/// spaced) and flattened tables (<see cref="FlattenedTable"/>). One pass over the lines.
/// </summary>
internal sealed partial class TextAssembler(List<TextLine> lines, ReaderLimits limits, CancellationToken cancellationToken)
{
    private readonly List<Block> _blocks = [];
    private DocumentMetadata _metadata = DocumentMetadata.Empty;
    private int _tables;

    /// <summary>The number of the last top-level heading ("三、…") met outside tables.</summary>
    private int _lastSection;

    public ReportDocument Assemble()
    {
        var i = 0;
        while (i < lines.Count)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (lines[i].IsBlank)
            {
                i++;
                continue;
            }

            i = ExplicitRows(i) ?? SpacedRows(i) ?? MarkedCells(i) ?? SeparatedCells(i) ?? FlattenedRun(i) ?? Paragraph(i);
        }

        return new ReportDocument { Format = "text", Blocks = _blocks, Metadata = _metadata };
    }

    /// <summary>Consecutive TAB rows or "| a | b |" rows.</summary>
    private int? ExplicitRows(int i)
    {
        if (PlainTextReportReader.SplitRow(lines[i].Raw) is null)
        {
            return null;
        }

        var rows = new List<List<TextCell>>();
        var j = i;
        for (; j < lines.Count && PlainTextReportReader.SplitRow(lines[j].Raw) is { } cells; j++)
        {
            if (cells.Length > 0)
            {
                rows.Add([.. cells.Select(c => new TextCell(c, lines[j].Number, lines[j].Column))]);
            }
        }

        if (rows.Count > 0)
        {
            AddTable(rows);
        }

        return j;
    }

    /// <summary>
    /// Three or more lines (blank lines between allowed) whose cells are set apart by runs of
    /// spaces, at least two of them with a value: a table laid out with the space bar.
    /// </summary>
    private int? SpacedRows(int i)
    {
        if (SpacedCells(lines[i].Text) is null)
        {
            return null;
        }

        var rows = new List<List<TextCell>>();
        var withValues = 0;
        var j = i;
        var end = i;
        for (; j < lines.Count; j++)
        {
            if (lines[j].IsBlank)
            {
                continue;
            }

            if (SpacedCells(lines[j].Text) is not { } cells)
            {
                // A row of one cell between rows ("三、本年度办理结果", "（三）不予公开") belongs to the
                // table; the next section's heading, a caption or a sentence does not.
                if (rows.Count > 0 && IsBlockRow(j))
                {
                    rows.Add([new TextCell(lines[j].Text, lines[j].Number, lines[j].Column)]);
                    end = j + 1;
                    continue;
                }

                break;
            }

            rows.Add([.. cells.Select(c => new TextCell(c, lines[j].Number, lines[j].Column))]);
            withValues += cells.Skip(1).Any(FlattenedTable.IsValue) ? 1 : 0;
            end = j + 1;
        }

        // Rows of figures: two at least, or one under a header of the templates' words (table 四 of
        // the national format has a single row of figures).
        var table = rows.Count >= 3 && (withValues >= 2
            || (withValues == 1 && FlattenedTable.LooksLikeTable([.. rows.SelectMany(r => r)])));
        if (!table)
        {
            // Not a table: its lines are paragraphs, taken here so that they are never scanned again.
            for (var k = i; k < end; k++)
            {
                Paragraph(k);
            }

            return end;
        }

        AddTable(rows);
        return end;
    }

    /// <summary>
    /// A short line of one cell inside a table laid out with spaces: not a caption, not the next
    /// section's heading, and followed by another row of the table.
    /// </summary>
    private bool IsBlockRow(int k) =>
        FlattenedTable.IsCellLike(lines[k].Text) && !lines[k].IsSeparator && !IsCaption(lines[k].Text) && !IsSectionHeading(k)
        && PlainTextReportReader.SplitRow(lines[k].Raw) is null
        && NextNonBlank(k) is { } next && SpacedCells(lines[next].Text) is not null;

    /// <summary>A run of "cell |" lines.</summary>
    private int? MarkedCells(int i)
    {
        if (!lines[i].IsMarkedCell)
        {
            return null;
        }

        var cells = new List<TextCell>();
        var used = new List<int>();
        var j = i;
        for (; j < lines.Count && (lines[j].IsBlank || lines[j].IsMarkedCell); j++)
        {
            if (!lines[j].IsBlank)
            {
                cells.Add(new TextCell(lines[j].Text[..^1].TrimEnd(), lines[j].Number, lines[j].Column));
                used.Add(j);
            }
        }

        return CellStream(cells, used, j);
    }

    /// <summary>Cells each followed by a line holding only "|" (a header cell may be wrapped over a few short lines).</summary>
    private int? SeparatedCells(int i)
    {
        if (lines[i].IsSeparator || CellBeforeSeparator(i) is not { } first)
        {
            return null;
        }

        var cells = new List<TextCell>();
        var used = new List<int>();
        var j = i;
        var end = first;
        while (true)
        {
            cells.Add(new TextCell(FlattenedTable.JoinWrapped(Enumerable.Range(j, end - j).Where(k => !lines[k].IsBlank).Select(k => lines[k].Text)), lines[j].Number, lines[j].Column));
            used.AddRange(Enumerable.Range(j, end - j).Where(k => !lines[k].IsBlank));

            // On to the next cell, past any further separators.
            j = end + 1;
            while (j < lines.Count && (lines[j].IsBlank || lines[j].IsSeparator))
            {
                j++;
            }

            if (j >= lines.Count || CellBeforeSeparator(j) is not { } next)
            {
                break;
            }

            end = next;
        }

        return CellStream(cells, used, j);
    }

    /// <summary>
    /// The index of the "|" line that ends the cell starting at line <paramref name="k"/>, or null:
    /// the cell is one line, or up to three short lines of a wrapped header ("商业" / "企业").
    /// </summary>
    private int? CellBeforeSeparator(int k)
    {
        var n = k;
        for (var wrapped = 0; wrapped < 3; wrapped++)
        {
            if (NextNonBlank(n) is not { } next)
            {
                return null;
            }

            if (lines[next].IsSeparator)
            {
                return next;
            }

            if (!IsWrappedPart(lines[n].Text) || !IsWrappedPart(lines[next].Text))
            {
                return null;
            }

            n = next;
        }

        return null;
    }

    private static bool IsWrappedPart(string text) =>
        text.Length <= 8 && !FlattenedTable.IsValue(text) && HeadingNumber.Parse(text).Style == HeadingNumberStyle.None;

    /// <summary>A table from a stream of marked or separated cells when it reads as one; else the cells' lines as paragraphs.</summary>
    private int CellStream(List<TextCell> cells, List<int> used, int next)
    {
        if (FlattenedTable.LooksLikeTable(cells))
        {
            AddTable(FlattenedTable.RowsFromStream(cells), inferred: true);
        }
        else
        {
            foreach (var index in used)
            {
                Paragraph(index);
            }
        }

        return next;
    }

    /// <summary>A run of short lines: a flattened table where it reads as one, split at the section headings it holds.</summary>
    private int? FlattenedRun(int i)
    {
        if (!IsRunLine(i))
        {
            return null;
        }

        var j = i;
        while (j < lines.Count && (lines[j].IsBlank || IsRunLine(j)))
        {
            j++;
        }

        var pieceStart = i;
        for (var k = i; k < j; k++)
        {
            if (!lines[k].IsBlank && IsSectionHeading(k))
            {
                Piece(pieceStart, k);
                Paragraph(k);
                pieceStart = k + 1;
            }
        }

        Piece(pieceStart, j);
        return j;
    }

    /// <summary>
    /// A line that can belong to a run of cells: short, no sentence end, and not part of another
    /// table shape (a row of its own, a marked cell, a cell followed by a "|" line).
    /// </summary>
    private bool IsRunLine(int k)
    {
        var line = lines[k];
        return !line.IsBlank && !line.IsSeparator && !line.IsMarkedCell && FlattenedTable.IsCellLike(line.Text)
            && PlainTextReportReader.SplitRow(line.Raw) is null && SpacedCells(line.Text) is null
            && CellBeforeSeparator(k) is null;
    }

    /// <summary>
    /// A line numbered 一、 二、 … above the last section heading, not followed by a value or by a
    /// line with the same number: the next section's heading, not a row.
    /// </summary>
    private bool IsSectionHeading(int k)
    {
        var number = HeadingNumber.Parse(lines[k].Text);
        if (number.Style != HeadingNumberStyle.Chinese || number.Value <= _lastSection)
        {
            return false;
        }

        if (NextNonBlank(k) is not { } next)
        {
            return true;
        }

        var following = lines[next].Text;
        return !FlattenedTable.IsValue(following) && !lines[next].IsSeparator
            && !(HeadingNumber.Parse(following) is { Style: HeadingNumberStyle.Chinese } same && same.Value == number.Value);
    }

    /// <summary>
    /// Lines [start, end) of a run: a table when they read as one, else paragraphs. A caption
    /// ("…统计表") right above the cells, and lines set apart by a blank line after the last value
    /// (a signature and its date), stay paragraphs.
    /// </summary>
    private void Piece(int start, int end)
    {
        var used = new List<int>();
        for (var k = start; k < end; k++)
        {
            if (!lines[k].IsBlank)
            {
                used.Add(k);
            }
        }

        var captions = 0;
        while (captions < used.Count && IsCaption(lines[used[captions]].Text))
        {
            captions++;
        }

        var groups = Groups(used.Skip(captions).ToList());
        var lastWithValue = groups.FindLastIndex(g => g.Any(k => FlattenedTable.IsValue(lines[k].Text)));
        var after = lastWithValue >= 0 ? groups.Skip(lastWithValue + 1).SelectMany(g => g).ToList() : [];
        if (lastWithValue >= 0)
        {
            groups = groups.GetRange(0, lastWithValue + 1);
        }

        var lineCount = groups.Sum(g => g.Count);
        var multi = groups.Count(g => g.Count > 1);
        var single = groups.Count - multi;
        List<List<TextCell>> rows = [];
        List<TextCell> cells;
        if (groups.Count >= 3 && multi * 5 >= groups.Count * 3)
        {
            // One cell per line, a blank line after each row.
            rows = [.. groups.Select(g => g.Select(Cell).ToList())];
            cells = [.. rows.SelectMany(r => r)];
        }
        else if (groups.Count >= 3 && single * 5 >= groups.Count * 3 && (lineCount - single) * 3 <= lineCount)
        {
            // A blank line after each cell; a cell wrapped over lines ("本年新" / "制作数量") joined back.
            cells = [.. groups.Select(g => new TextCell(FlattenedTable.JoinWrapped(g.Select(k => lines[k].Text)), lines[g[0]].Number, lines[g[0]].Column))];
        }
        else
        {
            cells = [.. groups.SelectMany(g => g).Select(Cell)];
        }

        if (cells.Count == 0 || !FlattenedTable.LooksLikeTable(cells))
        {
            foreach (var k in used)
            {
                Paragraph(k);
            }

            return;
        }

        foreach (var k in used.Take(captions))
        {
            Paragraph(k);
        }

        AddTable(rows.Count > 0 ? rows : FlattenedTable.RowsFromStream(cells), inferred: rows.Count == 0);
        foreach (var k in after)
        {
            Paragraph(k);
        }
    }

    private TextCell Cell(int k) => new(lines[k].Text, lines[k].Number, lines[k].Column);

    /// <summary>The given lines in groups that blank lines separate.</summary>
    private static List<List<int>> Groups(List<int> used)
    {
        var groups = new List<List<int>>();
        for (var n = 0; n < used.Count; n++)
        {
            if (n == 0 || used[n] != used[n - 1] + 1)
            {
                groups.Add([]);
            }

            groups[^1].Add(used[n]);
        }

        return groups;
    }

    private static bool IsCaption(string text) => text.Contains("统计表", StringComparison.Ordinal) || text.EndsWith('表');

    private int? NextNonBlank(int k)
    {
        for (var n = k + 1; n < lines.Count; n++)
        {
            if (!lines[n].IsBlank)
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>A paragraph (or the portal metadata line near the top); a stray "|" line is no paragraph.</summary>
    private int Paragraph(int i)
    {
        var line = lines[i];
        var paragraph = PlainTextReportReader.Collapse(line.Raw);
        if (paragraph.Length > 0 && !line.IsSeparator)
        {
            var location = SourceLocation.AtLine(line.Number, line.Column);
            if (_metadata.PublicationDate is null && _blocks.Count < 6 && PortalMetadata.IsMetadataLine(paragraph))
            {
                _metadata = PortalMetadata.Parse(paragraph, location);
            }
            else
            {
                _blocks.Add(new ParagraphBlock { Text = paragraph, Location = location });
                if (HeadingNumber.Parse(paragraph) is { Style: HeadingNumberStyle.Chinese } number)
                {
                    _lastSection = number.Value;
                }
            }
        }

        return i + 1;
    }

    private void AddTable(List<List<TextCell>> rows, bool inferred = false)
    {
        rows = FlattenedHeader.Align(rows, inferred);
        var columns = rows.Max(r => r.Count);
        if ((long)columns * rows.Count > limits.MaxTableCells)
        {
            throw new ReportReadException(ReadFailures.LimitsExceeded, "default", "A table has more cells than the limit.",
                [new("limit", nameof(ReaderLimits.MaxTableCells)), new("maximum", limits.MaxTableCells), new("actual", (long)columns * rows.Count)]);
        }

        _tables++;
        var grid = new TableCell[rows.Count, columns];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var source = c < rows[r].Count ? rows[r][c] : rows[r][0];
                var location = SourceLocation.AtCell(_tables, r + 1, c + 1, source.Line, source.Column);
                grid[r, c] = c < rows[r].Count ? new TableCell { Text = PlainTextReportReader.Collapse(source.Text), Location = location } : TableCell.Empty(location);
            }
        }

        var first = rows[0][0];
        _blocks.Add(new TableBlock { Grid = new TableGrid(grid), Number = _tables, Location = SourceLocation.AtLine(first.Line, first.Column) });
    }

    /// <summary>The cells of a line whose cells are set apart by two or more spaces (or an ideographic space), or null.</summary>
    private static string[]? SpacedCells(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\u3000', StringComparison.Ordinal))
        {
            return null;
        }

        var cells = CellGap().Split(text.Trim());
        return cells.Length >= 2 ? cells : null;
    }

    [GeneratedRegex(@" {2,}|\u3000+", RegexOptions.CultureInvariant)]
    private static partial Regex CellGap();
}
