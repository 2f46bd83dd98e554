using System.Text;

namespace Gumu.Compliance.Tests.Hostile;

/// <summary>
/// One hostile input: how to write it, and the one finding it must get (the rule, and for GM0004
/// the limit named).
/// </summary>
/// <param name="Name">A name saying what the input is.</param>
/// <param name="Extension">The file name extension (content decides the format, not this).</param>
/// <param name="Write">Writes the file.</param>
/// <param name="RuleId">The rule of the one expected finding.</param>
/// <param name="Limit">For GM0004, the limit the finding names.</param>
internal sealed record HostileInput(string Name, string Extension, Action<Stream> Write, string RuleId, string? Limit = null)
{
    public override string ToString() => Name;
}

/// <summary>
/// Inputs made to exhaust a checker's memory or time, generated when the tests run (nothing
/// large is kept in git). Every one is within the 50 MiB file-size limit; most compress to
/// almost nothing, as they would in an e-mail or an upload. Those named "within-limits" are the
/// largest inputs that pass every limit, which the memory budget must still hold for.
/// </summary>
internal static class HostileCorpus
{
    private const int MiB = 1024 * 1024;

    public static IReadOnlyList<HostileInput> Text { get; } =
    [
        new("text-5-million-lines", "txt", s => Repeat(s, "一\n", 5_000_000), "GM0004", "MaxLines"),
        new("text-one-line-of-16-million-characters", "txt", s => Repeat(s, "一", 16_000_000), "GM0004", "MaxParagraphCharacters"),
        new("text-within-limits-99000-lines-of-150-characters", "txt", s => Repeat(s, new string('乡', 150) + "\n", 99_000), "GM0003"),

        // The table shapes a text file can have, at the line limit: each read in one pass.
        new("text-within-limits-99000-lines-of-spaced-cells", "txt", s => Repeat(s, "青石乡  兰溪镇\n", 99_000), "GM0003"),
        new("text-within-limits-99000-short-lines", "txt", s => Repeat(s, "一\n", 99_000), "GM0003"),
        new("text-within-limits-99000-lines-of-cells-with-bars", "txt", s => Repeat(s, "规章 |\n0 |\n", 49_500), "GM0003"),
        new("text-within-limits-99000-lines-between-bars", "txt", s => Repeat(s, "规章\n|\n", 49_500), "GM0003"),
        new("text-spaced-table-of-150000-cells-over-the-cell-limit", "txt", s => Repeat(s, "规章  0  0  0  0\n", 30_000), "GM0004", "MaxTableCells"),
    ];

    public static IReadOnlyList<HostileInput> Html { get; } =
    [
        new("html-49-MB-page", "html", s => Page(s, "<p>" + new string('x', 150) + "</p>\n", 49 * MiB), "GM0004", "MaxPageCharacters"),
        new("html-15-MB-of-span-tags", "html", s => Page(s, "<span>一</span>", 15 * MiB), "GM0004", "MaxElements"),
        new("html-17-MB-word-export", "html", s => Page(s, WordParagraph, 17 * MiB, WordHead), "GM0004", "MaxElements"),
        new("html-2-million-comments", "html", s => Page(s, "<!---->", 2_000_000 * 7), "GM0004", "MaxElements"),
        new("html-one-text-node-of-16-million-characters", "html", s => Page(s, "一", 16_000_000 * 3), "GM0004", "MaxRunCharacters"),
        new("html-one-tag-with-1-5-million-attributes", "html", s => Attributes(s, "<html><body><p", " a{0}", 1_500_000, ">一</p></body></html>"), "GM0004", "MaxRunCharacters"),
        new("html-190000-paragraphs", "html", s => Page(s, "<p>" + new string('乡', 60) + "</p>\n", 190_000L * 188), "GM0004", "MaxElements"),
        new("html-within-limits-99000-paragraphs", "html", s => Page(s, "<p>" + new string('乡', 150) + "</p>\n", 99_000L * 458), "GM0003"),
        new("html-within-limits-99000-styled-paragraphs", "html", s => Page(s, "<p style='" + new string('x', 100) + "'>" + new string('乡', 40) + "</p>\n", 99_000L * 237), "GM0003"),
        new("html-within-limits-table-of-99000-cells", "html", s => Table(s, 330, 300), "GM0003"),
        new("html-table-of-100000-cells-over-the-element-limit", "html", s => Table(s, 400, 300), "GM0004", "MaxElements"),
        new("html-12-million-character-data-uri-picture", "html", s => OneTag(s, "<html><body><p>通知</p><img src=\"data:image/png;base64,", "QUJD", 12_000_000 / 4, "\"></body></html>"), "GM0004", "MaxAttributeValueCharacters"),
        new("html-within-limits-9-million-character-data-uri-picture", "html", s => OneTag(s, "<html><body><p>通知</p><img src=\"data:image/png;base64,", "QUJD", 9_000_000 / 4, "\"></body></html>"), "GM0003"),
    ];

    public static IReadOnlyList<HostileInput> Docx { get; } =
    [
        new("docx-one-run-of-60-million-characters", "docx", s => RawDocx.Write(s, b => { b.Write("<w:p><w:r><w:t>"u8); RawDocx.Repeat(new string('一', 1000), 60_000)(b); b.Write("</w:t></w:r></w:p>"u8); }), "GM0004", "MaxRunCharacters"),
        new("docx-5-million-empty-paragraphs", "docx", s => RawDocx.Write(s, RawDocx.Repeat("<w:p/>", 5_000_000)), "GM0004", "MaxElements"),
        new("docx-one-tag-with-4-million-attributes", "docx", s => RawDocx.Write(s, b => Attributes(b, "<w:p", " a{0}=\"\"", 4_000_000, "/>")), "GM0004", "MaxRunCharacters"),
        new("docx-one-paragraph-of-21-runs-of-100000-characters", "docx", s => RawDocx.Write(s, b => { b.Write("<w:p>"u8); RawDocx.Repeat("<w:r><w:t>" + new string('一', 100_000) + "</w:t></w:r>", 21)(b); b.Write("</w:p>"u8); }), "GM0004", "MaxParagraphCharacters"),
        new("docx-1-5-million-relationships", "docx", s => RawDocx.Write(s, RawDocx.Repeat(RawDocx.P("一"), 1), Relationships(1_500_000)), "GM0004", "MaxElements"),
        new("docx-within-limits-33000-paragraphs-of-1900-characters", "docx", s => RawDocx.Write(s, RawDocx.Repeat(RawDocx.P(new string('乡', 1900)), 33_000)), "GM0003"),
        new("docx-within-limits-table-of-24000-cells", "docx", s => RawDocx.Write(s, b => { b.Write("<w:tbl>"u8); RawDocx.Repeat("<w:tr>" + string.Concat(Enumerable.Repeat("<w:tc><w:p><w:r><w:t>8</w:t></w:r></w:p></w:tc>", 30)) + "</w:tr>", 800)(b); b.Write("</w:tbl>"u8); }), "GM0003"),
    ];

    public static IEnumerable<HostileInput> All => [.. Text, .. Html, .. Docx];

    public static HostileInput Get(string name) => All.Single(i => i.Name == name);

    /// <summary>Writes the input into <paramref name="folder"/> and returns its path.</summary>
    public static string WriteTo(string folder, HostileInput input)
    {
        var path = Path.Combine(folder, input.Name + "." + input.Extension);
        using var file = File.Create(path);
        input.Write(file);
        return path;
    }

    private const string WordHead =
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
        + "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15\"></head><body lang=ZH-CN><div class=WordSection1>";

    private const string WordParagraph =
        "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>青石镇全年共主动公开政府信息</span>"
        + "<span lang=EN-US style='font-size:16.0pt'>268</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>条。</span></p>\n";

    private static void Repeat(Stream stream, string text, long count)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (long i = 0; i < count; i++)
        {
            stream.Write(bytes);
        }
    }

    /// <summary>A page whose body repeats <paramref name="unit"/> until about <paramref name="bytes"/> bytes.</summary>
    private static void Page(Stream stream, string unit, long bytes, string head = "<html><head><meta charset=\"utf-8\"></head><body><div>")
    {
        stream.Write(Encoding.UTF8.GetBytes(head));
        Repeat(stream, unit, bytes / Encoding.UTF8.GetByteCount(unit));
        stream.Write("</div></body></html>"u8);
    }

    private static void OneTag(Stream stream, string start, string unit, long count, string end)
    {
        stream.Write(Encoding.UTF8.GetBytes(start));
        Repeat(stream, unit, count);
        stream.Write(Encoding.UTF8.GetBytes(end));
    }

    /// <summary>A page holding one table of <paramref name="rows"/> × <paramref name="columns"/> cells with a figure each.</summary>
    private static void Table(Stream stream, int rows, int columns)
    {
        stream.Write("<html><head><meta charset=\"utf-8\"></head><body><table>"u8);
        var row = Encoding.UTF8.GetBytes("<tr>" + string.Concat(Enumerable.Repeat("<td>8</td>", columns)) + "</tr>\n");
        for (var r = 0; r < rows; r++)
        {
            stream.Write(row);
        }

        stream.Write("</table></body></html>"u8);
    }

    /// <summary>One tag with <paramref name="count"/> distinct attributes (the format gets the attribute's number).</summary>
    private static void Attributes(Stream stream, string start, string format, int count, string end)
    {
        stream.Write(Encoding.UTF8.GetBytes(start));
        for (var i = 0; i < count; i++)
        {
            stream.Write(Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, i)));
        }

        stream.Write(Encoding.UTF8.GetBytes(end));
    }

    private static Action<Stream> Relationships(int count) => stream =>
    {
        for (var i = 0; i < count; i++)
        {
            stream.Write(Encoding.UTF8.GetBytes(RawDocx.Relationship("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "hyperlink", "http://x.invalid/", external: true)));
        }
    };
}
