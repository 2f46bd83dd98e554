using System.Text.RegularExpressions;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Readers;

/// <summary>One cell of a table read from plain text: its text and where its line starts.</summary>
internal readonly record struct TextCell(string Text, int Line, int Column);

/// <summary>
/// Tables that reached plain text flattened, as they do when a report is copied from a web page:
/// the cells one per line, with nothing, a blank line, a lone "|" line or a trailing " |" between
/// them, and no row boundaries left. Finds such runs of lines and rebuilds their rows.
/// </summary>
/// <remarks>
/// <para>
/// What makes a run of lines a table: every line is short (at most <see cref="MaxCellLength"/>
/// characters) and does not end a sentence; and either it has value cells in a table's rhythm
/// (at least three value cells, a fifth of all cells, and at least two places where a label is
/// followed by a value: a row), or, for a table whose values were never filled in, at least three
/// of the header words the statistics table templates use ("信息内容", "申请人情况", "自然人", …, and
/// the block headers "第二十条第(一)项").
/// A value cell is a number (with a unit of count or money) or a placeholder ("——", "/", "无").
/// Ordinary short paragraphs — headings, a list of measures, a signature and its date — have
/// neither: a lone number on a line of its own is rare outside tables, and a page number between
/// two long paragraphs never makes a run of short lines.
/// </para>
/// <para>
/// A run of short lines can also hold the report's own section headings (the heading of the part
/// a table belongs to sits right above it, with nothing but a line break between), and a table can
/// hold rows numbered like headings ("一、本年新收政府信息公开申请数量"). A line numbered 一、 二、 … is
/// taken for the next section heading, and splits the run, only when its number is above that of
/// the last section heading met outside tables and the next line is neither a value nor another
/// line with the same number (a row label followed by its section's heading); otherwise it stays a
/// row, so a row never becomes a heading.
/// </para>
/// <para>
/// Rows: when the cells came in groups separated by blank lines and most groups hold several
/// lines, each group is a row. Otherwise the cells are a stream, and rows follow the rhythm of
/// labels and values: a row is a label and the values after it; unnumbered labels met before a
/// row's label are the header row above it when there are as many as the row has cells (the
/// rest, and every numbered label, are rows of their own: a table title, a group such as
/// "（三）不予公开"). A group of lines that is one cell (a header wrapped as "本年新" / "制作数量") is
/// joined back. A header of two levels comes out as one row, its cells in the order the page gave
/// them; the values keep their columns.
/// </para>
/// <para>
/// Everything here is one pass over the lines, or over a run's cells: linear in the input.
/// </para>
/// </remarks>
internal static partial class FlattenedTable
{
    /// <summary>Longest line that can be a cell of a flattened table.</summary>
    public const int MaxCellLength = 60;

    /// <summary>
    /// Header words of the statistics tables of every template (whole cells, white space
    /// removed): enough of them, among short lines, are a table even when no value was filled in.
    /// </summary>
    private static readonly HashSet<string> HeaderWords = new(StringComparer.Ordinal)
    {
        "统计指标", "统计数", "信息内容", "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构",
        "社会公益组织", "法律服务机构", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉",
    };

    /// <summary>A short cell that is a unit, not a label: units of count and money in the templates.</summary>
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "条", "件", "个", "次", "人", "项", "家", "篇", "期", "场", "份", "元", "万元", "人次", "件次",
    };

    /// <summary>True when a line could be a cell: short and not the end of a sentence.</summary>
    public static bool IsCellLike(string text) =>
        text.Length <= MaxCellLength && !text.EndsWith('。') && !text.EndsWith('；') && !text.EndsWith(';')
        && !text.EndsWith('！') && !text.EndsWith('？') && !text.EndsWith(':') && !text.EndsWith('：');

    /// <summary>True for a value cell: a number (with a unit) or a placeholder.</summary>
    public static bool IsValue(string text)
    {
        var t = text.Trim();
        return t.Length > 0 && (Units.Contains(t) || Number().IsMatch(t) || t is "——" or "—" or "-" or "--" or "－" or "/" or "／" or "无" or "—/—");
    }

    /// <summary>True when the cells read as a table: values in a table's rhythm, or the header words of an unfilled one.</summary>
    public static bool LooksLikeTable(IReadOnlyList<TextCell> cells)
    {
        var values = 0;
        var rows = 0;
        var headerWords = new HashSet<string>(StringComparer.Ordinal);
        var previousIsLabel = false;
        foreach (var cell in cells)
        {
            var value = IsValue(cell.Text);
            if (value)
            {
                values++;
                if (previousIsLabel)
                {
                    rows++;
                }
            }
            else if (WithoutSpaces(cell.Text) is var word && (HeaderWords.Contains(word) || ArticleBlock().IsMatch(word)))
            {
                headerWords.Add(word);
            }

            previousIsLabel = !value;
        }

        return (values >= 3 && values * 5 >= cells.Count && rows >= 2) || (headerWords.Count >= 3 && cells.Count >= 6);
    }

    /// <summary>A title standing above a table's header: a block of the national table 二 ("第二十条第(一)项") or a caption.</summary>
    public static bool IsBlockTitle(string text)
    {
        var word = WithoutSpaces(text);
        return ArticleBlock().IsMatch(word) || word.EndsWith('表') || word.Contains("单位：", StringComparison.Ordinal) || word.Contains("单位:", StringComparison.Ordinal);
    }

    /// <summary>Rebuilds the rows of a stream of cells from the rhythm of labels and values.</summary>
    public static List<List<TextCell>> RowsFromStream(IReadOnlyList<TextCell> cells)
    {
        var rows = new List<List<TextCell>>();
        var labels = new List<TextCell>();
        var i = 0;
        while (i < cells.Count)
        {
            if (!IsValue(cells[i].Text))
            {
                labels.Add(cells[i]);
                i++;
                continue;
            }

            // A row: the last label met (if any) and every value up to the next label.
            var row = new List<TextCell>();
            if (labels.Count > 0)
            {
                row.Add(labels[^1]);
                labels.RemoveAt(labels.Count - 1);
            }

            while (i < cells.Count && IsValue(cells[i].Text))
            {
                row.Add(cells[i]);
                i++;
            }

            AddLabelRows(rows, labels, row.Count);
            rows.Add(row);
            labels.Clear();
        }

        AddLabelRows(rows, labels, int.MaxValue);
        return rows;
    }

    /// <summary>Joins the lines of one cell that was wrapped ("本年新" / "制作数量"); a space only between two Latin letters or digits.</summary>
    public static string JoinWrapped(IEnumerable<string> lines)
    {
        var joined = string.Empty;
        foreach (var line in lines)
        {
            joined = joined.Length > 0 && char.IsAsciiLetterOrDigit(joined[^1]) && line.Length > 0 && char.IsAsciiLetterOrDigit(line[0])
                ? joined + " " + line
                : joined + line;
        }

        return joined;
    }

    private static void AddLabelRows(List<List<TextCell>> rows, List<TextCell> labels, int width)
    {
        // Header cells carry no numbering: from the first numbered label on ("三、本年度办理结果",
        // "（三）不予公开"), each label is a row of its own.
        var numbered = labels.FindIndex(l => HeadingNumber.Parse(l.Text).Style != HeadingNumberStyle.None);
        var plain = numbered < 0 ? labels.Count : numbered;

        // As many plain labels as the row below has cells are its header row; the others are rows of their own.
        var header = plain >= width && width > 1 ? plain - width : plain;
        for (var k = 0; k < header; k++)
        {
            rows.Add([labels[k]]);
        }

        if (header < plain)
        {
            rows.Add(labels.GetRange(header, plain - header));
        }

        for (var k = plain; k < labels.Count; k++)
        {
            rows.Add([labels[k]]);
        }
    }

    private static string WithoutSpaces(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);

    /// <summary>The block headers of the national templates' table of proactive disclosure: "第二十条第(一)项".</summary>
    [GeneratedRegex(@"^第二十条第[(（][一二三四五六七八九十]+[)）]项$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleBlock();

    /// <summary>A number as a table holds it: signs, thousands separators, decimals, full-width digits, a percent or a unit after it.</summary>
    [GeneratedRegex(@"^[+\-－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\s*(?:%|％|万元|元|条|件|个|次|人次|人|项|家|篇|期|场|份)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
