using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers;

/// <summary>
/// Reads plain-text reports (.txt): one paragraph per non-empty line, located by line and
/// column; consecutive lines of TAB-separated cells (or "| a | b |" pipe rows) form a table; a
/// portal metadata line near the top ("信息来源:… 发布日期:…") becomes metadata.
/// </summary>
public sealed class PlainTextReportReader : IReportReader
{
    /// <inheritdoc />
    public string Format => "text";

    /// <inheritdoc />
    public ReportDocument Read(Stream content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        var bytes = ReadAll(content, limits);
        return Parse(TextDecoding.Decode(bytes), limits, cancellationToken);
    }

    /// <summary>Builds a document from already decoded text.</summary>
    public static ReportDocument Parse(string text, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var blocks = new List<Block>();
        var metadata = DocumentMetadata.Empty;
        var pendingRows = new List<(string[] Cells, int Line, int Column)>();
        var tables = 0;
        var lineNumber = 0;
        var position = 0;
        while (position <= text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            // Both limits are met before the line is copied, so a hostile file stops at its first excess.
            if (++lineNumber > limits.MaxLines)
            {
                throw LimitExceeded(nameof(ReaderLimits.MaxLines), limits.MaxLines);
            }

            if (end - position > limits.MaxParagraphCharacters)
            {
                throw LimitExceeded(nameof(ReaderLimits.MaxParagraphCharacters), limits.MaxParagraphCharacters);
            }

            var line = text.AsSpan(position, end - position).TrimEnd('\r').ToString();
            position = end + 1;

            var indent = 0;
            while (indent < line.Length && char.IsWhiteSpace(line[indent]) && line[indent] != '\t')
            {
                indent++;
            }

            if (SplitRow(line) is { } cells)
            {
                pendingRows.Add((cells, lineNumber, indent + 1));
                continue;
            }

            FlushTable(blocks, pendingRows, ref tables, limits);
            var paragraph = Collapse(line);
            if (paragraph.Length == 0)
            {
                continue;
            }

            var location = SourceLocation.AtLine(lineNumber, indent + 1);
            if (metadata.PublicationDate is null && blocks.Count < 6 && PortalMetadata.IsMetadataLine(paragraph))
            {
                metadata = PortalMetadata.Parse(paragraph, location);
                continue;
            }

            blocks.Add(new ParagraphBlock { Text = paragraph, Location = location });
        }

        FlushTable(blocks, pendingRows, ref tables, limits);
        return new ReportDocument { Format = "text", Blocks = blocks, Metadata = metadata };
    }

    private static ArraySegment<byte> ReadAll(Stream content, ReaderLimits limits)
    {
        if (content.CanSeek && content.Length - content.Position > limits.MaxFileBytes)
        {
            throw new ReportReadException(ReadFailures.LimitsExceeded, "default", "The file is larger than the size limit.",
                [new("limit", nameof(ReaderLimits.MaxFileBytes)), new("maximum", limits.MaxFileBytes), new("actual", content.Length - content.Position)]);
        }

        // The checker hands over the file's bytes in a memory stream: read them where they are.
        if (content is MemoryStream memory && memory.TryGetBuffer(out var all))
        {
            return all[(int)memory.Position..];
        }

        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static ReportReadException LimitExceeded(string limit, int maximum) =>
        new(ReadFailures.LimitsExceeded, "default", $"The file exceeds the safety limit {limit}.",
            [new("limit", limit), new("maximum", maximum), new("actual", "> " + maximum.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    // A table row: at least one TAB between non-empty cells, or a "| a | b |" pipe row.
    private static string[]? SplitRow(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (line.Contains('\t', StringComparison.Ordinal))
        {
            var cells = line.Split('\t').Select(Collapse).ToArray();
            return cells.Length >= 2 ? TrimTrailingEmpty(cells) : null;
        }

        if (trimmed.Length > 2 && trimmed[0] == '|' && trimmed[^1] == '|')
        {
            var cells = trimmed[1..^1].Split('|').Select(Collapse).ToArray();
            if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
            {
                return []; // the separator row of a Markdown-style table
            }

            return cells.Length >= 2 ? cells : null;
        }

        return null;
    }

    private static string[] TrimTrailingEmpty(string[] cells)
    {
        var n = cells.Length;
        while (n > 2 && cells[n - 1].Length == 0)
        {
            n--;
        }

        return n == cells.Length ? cells : cells[..n];
    }

    private static void FlushTable(List<Block> blocks, List<(string[] Cells, int Line, int Column)> rows, ref int tables, ReaderLimits limits)
    {
        rows.RemoveAll(r => r.Cells.Length == 0);
        if (rows.Count == 0)
        {
            return;
        }

        var columns = rows.Max(r => r.Cells.Length);
        if ((long)columns * rows.Count > limits.MaxTableCells)
        {
            throw new ReportReadException(ReadFailures.LimitsExceeded, "default", "A table has more cells than the limit.",
                [new("limit", nameof(ReaderLimits.MaxTableCells)), new("maximum", limits.MaxTableCells), new("actual", (long)columns * rows.Count)]);
        }

        tables++;
        var grid = new TableCell[rows.Count, columns];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var location = SourceLocation.AtCell(tables, r + 1, c + 1, rows[r].Line, rows[r].Column);
                grid[r, c] = c < rows[r].Cells.Length
                    ? new TableCell { Text = rows[r].Cells[c], Location = location }
                    : TableCell.Empty(location);
            }
        }

        blocks.Add(new TableBlock { Grid = new TableGrid(grid), Number = tables, Location = SourceLocation.AtLine(rows[0].Line, rows[0].Column) });
        rows.Clear();
    }

    private static string Collapse(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\uFEFF' || ch == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }
}
