using System.Globalization;

namespace Gumu.Compliance.Documents;

/// <summary>
/// Where something sits in the source document, in terms a person can find: line and column for
/// HTML and plain text (1-based, computed from the character offset), paragraph or
/// table/row/cell for DOCX (1-based, in body reading order), page and line on the page for PDF.
/// </summary>
public sealed record SourceLocation
{
    /// <summary>1-based page (PDF); when set, <see cref="Line"/> counts the text lines on that page from the top.</summary>
    public int? Page { get; init; }

    /// <summary>
    /// True when the location is in a copy converted from the submitted file (a legacy .doc/.wps
    /// read through LibreOffice's .docx conversion): paragraph numbers are the copy's.
    /// </summary>
    public bool InConvertedCopy { get; init; }

    /// <summary>1-based line in the decoded source text (HTML, plain text), or on the page (PDF).</summary>
    public int? Line { get; init; }

    /// <summary>1-based column (in UTF-16 code units) in the decoded source text.</summary>
    public int? Column { get; init; }

    /// <summary>1-based paragraph number in body reading order (DOCX).</summary>
    public int? Paragraph { get; init; }

    /// <summary>1-based table number in reading order.</summary>
    public int? Table { get; init; }

    /// <summary>1-based row in the table's resolved grid.</summary>
    public int? Row { get; init; }

    /// <summary>1-based column in the table's resolved grid.</summary>
    public int? Cell { get; init; }

    /// <summary>A line/column location.</summary>
    public static SourceLocation AtLine(int line, int column) => new() { Line = line, Column = column };

    /// <summary>A DOCX paragraph location.</summary>
    public static SourceLocation AtParagraph(int paragraph) => new() { Paragraph = paragraph };

    /// <summary>A table cell location, optionally with the line/column where the cell starts.</summary>
    public static SourceLocation AtCell(int table, int row, int cell, int? line = null, int? column = null) =>
        new() { Table = table, Row = row, Cell = cell, Line = line, Column = column };

    /// <summary>A PDF location: page and line on the page.</summary>
    public static SourceLocation AtPageLine(int page, int line) => new() { Page = page, Line = line };

    /// <summary>Orders locations by their position in the document (page first).</summary>
    internal (int, int, int, int, int, int, int) SortKey =>
        (Page ?? 0, Line ?? int.MaxValue, Column ?? 0, Paragraph ?? int.MaxValue, Table ?? 0, Row ?? 0, Cell ?? 0);

    /// <summary>
    /// Renders the location for people, e.g. "12,5", "第14段", "table 1, row 5, cell 3",
    /// "第4页第12行", "page 4, table 1, row 5, cell 3"; a location in a converted copy says so.
    /// </summary>
    public string Format(Language language)
    {
        var text = FormatPlace(language);
        if (!InConvertedCopy || text.Length == 0)
        {
            return text;
        }

        return language == Language.English ? text + " (in the converted copy)" : text + "（转换后的副本）";
    }

    private string FormatPlace(Language language)
    {
        var c = CultureInfo.InvariantCulture;
        if (Page is int page)
        {
            if (Table is int t && Row is not null)
            {
                return language == Language.English
                    ? string.Create(c, $"page {page}, table {t}, row {Row}, cell {Cell}")
                    : string.Create(c, $"第{page}页 表{t} 第{Row}行 第{Cell}列");
            }

            if (Line is int pageLine)
            {
                return language == Language.English
                    ? string.Create(c, $"page {page}, line {pageLine}")
                    : string.Create(c, $"第{page}页第{pageLine}行");
            }

            return language == Language.English ? string.Create(c, $"page {page}") : string.Create(c, $"第{page}页");
        }

        if (Line is int line)
        {
            return string.Create(c, $"{line},{Column ?? 1}");
        }

        if (Table is int table)
        {
            return language == Language.English
                ? string.Create(c, $"table {table}, row {Row}, cell {Cell}")
                : string.Create(c, $"表{table} 第{Row}行 第{Cell}列");
        }

        if (Paragraph is int paragraph)
        {
            return language == Language.English
                ? string.Create(c, $"paragraph {paragraph}")
                : string.Create(c, $"第{paragraph}段");
        }

        return string.Empty;
    }

    /// <summary>
    /// A compact, culture-free form used by test expectations: "41:1" (line:column),
    /// "p41" (paragraph), "t1r5c3" (table, row, cell; a line/column wins when both are known),
    /// "pg4l12" (PDF page and line; a PDF table cell stays "t1r5c3").
    /// </summary>
    public string ToCompactString()
    {
        var c = CultureInfo.InvariantCulture;
        if (Page is int page)
        {
            if (Table is int t && Row is not null)
            {
                return string.Create(c, $"t{t}r{Row}c{Cell}");
            }

            return Line is int pageLine ? string.Create(c, $"pg{page}l{pageLine}") : string.Create(c, $"pg{page}");
        }

        if (Line is int line)
        {
            return string.Create(c, $"{line}:{Column ?? 1}");
        }

        if (Table is int table)
        {
            return string.Create(c, $"t{table}r{Row}c{Cell}");
        }

        return Paragraph is int paragraph ? string.Create(c, $"p{paragraph}") : "-";
    }

    /// <inheritdoc />
    public override string ToString() => Format(Language.English);
}
