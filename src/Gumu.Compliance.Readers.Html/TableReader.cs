using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Html;

/// <summary>
/// Tells data tables from layout tables and resolves data tables (rowspan/colspan) into a
/// <see cref="TableGrid"/>. Numbers data tables in the order they are read, from 1.
/// </summary>
internal sealed class TableReader(HtmlPage page)
{
    /// <summary>Longest cell text a data table is expected to hold.</summary>
    private const int MaxDataCellLength = 400;

    private const int MaxColumnSpan = 1000;
    private const int MaxRowSpan = 65534;

    private readonly Dictionary<IElement, List<string>> _segments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, bool> _layoutByContent = new(ReferenceEqualityComparer.Instance);
    private int _number;

    /// <summary>
    /// True when the table only lays out the page: it holds another table, has a single column or
    /// a single cell, has a cell holding running text (several paragraphs or more than
    /// <see cref="MaxDataCellLength"/> characters), holds a heading or the page title, or has no text.
    /// </summary>
    public bool IsLayout(IHtmlTableElement table, IReadOnlySet<IElement> skip)
    {
        foreach (var element in skip)
        {
            if (!ReferenceEquals(element, table) && page.Contains(table, element))
            {
                return true;
            }
        }

        // The rest depends on the table alone: decided once per table, however often it is asked.
        if (!_layoutByContent.TryGetValue(table, out var layout))
        {
            _layoutByContent[table] = layout = IsLayoutByContent(table);
        }

        return layout;
    }

    private bool IsLayoutByContent(IHtmlTableElement table)
    {
        if (string.Equals(table.GetAttribute("role"), "presentation", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var descendant in table.Descendants<IElement>())
        {
            if (descendant.LocalName is "table" or "h1" or "h2" or "h3" && !page.IsDropped(descendant))
            {
                return true;
            }
        }

        var multiCellRow = false;
        var anyText = false;
        foreach (var row in table.Rows)
        {
            var cells = 0;
            foreach (var cell in row.Cells)
            {
                if (page.IsDropped(cell))
                {
                    continue;
                }

                cells++;
                var segments = Segments(cell);
                var length = 0;
                foreach (var s in segments)
                {
                    length += s.Length;
                }

                if (length > MaxDataCellLength || (segments.Count >= 3 && length > 150))
                {
                    return true;
                }

                anyText |= length > 0;
            }

            multiCellRow |= cells >= 2;
        }

        return !multiCellRow || !anyText;
    }

    /// <summary>Resolves a data table into a numbered <see cref="TableBlock"/>.</summary>
    /// <exception cref="ReportReadException">The grid would exceed <see cref="ReaderLimits.MaxTableCells"/>.</exception>
    public TableBlock Read(IHtmlTableElement table)
    {
        var number = ++_number;
        var rows = table.Rows;
        var rowCount = rows.Length;
        var maxCells = page.Limits.MaxTableCells;
        var slots = new List<TableCell?>[rowCount];
        for (var r = 0; r < rowCount; r++)
        {
            slots[r] = [];
        }

        var width = 0;
        for (var r = 0; r < rowCount; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Cells)
            {
                page.CheckCancellation();
                if (page.IsDropped(cell))
                {
                    continue;
                }

                while (Get(slots[r], c) is not null)
                {
                    c++;
                }

                var columnSpan = Math.Clamp(HtmlTags.IntAttribute(cell, "colspan") ?? 1, 1, MaxColumnSpan);
                var rowSpanAttribute = HtmlTags.IntAttribute(cell, "rowspan");
                var rowSpan = rowSpanAttribute == 0 ? rowCount - r : Math.Clamp(rowSpanAttribute ?? 1, 1, MaxRowSpan);
                rowSpan = Math.Min(rowSpan, rowCount - r);

                var newWidth = Math.Max(width, c + columnSpan);
                if ((long)rowCount * newWidth > maxCells)
                {
                    throw Failures.Limit(
                        Failures.TableCells,
                        maxCells,
                        (long)rowCount * newWidth,
                        $"Table {number} resolves to at least {rowCount} × {newWidth} cells, more than {maxCells}.");
                }

                width = newWidth;
                var (line, column) = page.Lines.Locate(page.IndexOf(cell));
                var origin = new TableCell
                {
                    Text = string.Join(' ', Segments(cell)),
                    Location = SourceLocation.AtCell(number, r + 1, c + 1, line, column),
                    RowSpan = rowSpan,
                    ColumnSpan = columnSpan,
                };
                var covered = origin with { IsOrigin = false };
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        var row = slots[r + dr];
                        if (Get(row, c + dc) is null)
                        {
                            Set(row, c + dc, dr == 0 && dc == 0 ? origin : covered);
                        }
                    }
                }

                c += columnSpan;
            }
        }

        var cells = new TableCell[rowCount, width];
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < width; c++)
            {
                cells[r, c] = Get(slots[r], c) ?? TableCell.Empty(SourceLocation.AtCell(number, r + 1, c + 1));
            }
        }

        var (tableLine, tableColumn) = page.Lines.Locate(page.IndexOf(table));
        return new TableBlock
        {
            Grid = new TableGrid(cells),
            Number = number,
            Location = new SourceLocation { Table = number, Line = tableLine, Column = tableColumn },
        };
    }

    /// <summary>A cell's text: its paragraphs and &lt;br&gt;-separated lines, each collapsed, joined by one space.</summary>
    public List<string> Segments(IElement cell)
    {
        if (_segments.TryGetValue(cell, out var cached))
        {
            return cached;
        }

        var segments = new List<string>();
        var current = new StringBuilder();
        Visit(cell);
        Push();
        _segments[cell] = segments;
        return segments;

        void Push()
        {
            var s = TextRules.Collapse(current.ToString());
            if (s.Length > 0)
            {
                segments.Add(s);
            }

            current.Clear();
        }

        void Visit(IElement element)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var node in element.ChildNodes)
            {
                if (node is IText text)
                {
                    current.Append(text.Data);
                }
                else if (node is IElement child && !page.IsDropped(child))
                {
                    if (child.LocalName == "br")
                    {
                        Push();
                    }
                    else if (HtmlTags.IsBlock(child.LocalName))
                    {
                        Push();
                        Visit(child);
                        Push();
                    }
                    else
                    {
                        Visit(child);
                    }
                }
            }
        }
    }

    private static TableCell? Get(List<TableCell?> row, int column) => column < row.Count ? row[column] : null;

    private static void Set(List<TableCell?> row, int column, TableCell cell)
    {
        while (row.Count <= column)
        {
            row.Add(null);
        }

        row[column] = cell;
    }
}
