using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers;

/// <summary>
/// Reads plain-text reports (.txt): one paragraph per non-empty line, located by line and
/// column; a portal metadata line near the top ("信息来源:… 发布日期:…") becomes metadata. Tables:
/// consecutive lines of TAB-separated cells, "| a | b |" pipe rows, or (three lines or more) cells
/// set apart by runs of spaces are rows as they stand; tables copied from a web page, flattened
/// to one cell per line, are found and their rows rebuilt by <see cref="FlattenedTable"/>. A line
/// inside a table is a cell, never a paragraph, so a row never reads as a heading.
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
    internal static ReportDocument Parse(string text, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        return new TextAssembler(SplitLines(text, limits, cancellationToken), limits, cancellationToken).Assemble();
    }

    private static List<TextLine> SplitLines(string text, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var lines = new List<TextLine>();
        var lineNumber = 0;
        var position = 0;
        while (position <= text.Length)
        {
            if ((lineNumber & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

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

            lines.Add(new TextLine(lineNumber, indent + 1, line));
        }

        return lines;
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
    internal static string[]? SplitRow(string line)
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

    internal static string Collapse(string text)
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
