using System.Text;

namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// How letters and lines join into text. Chinese is written without spaces, so a gap or a line
/// break next to a wide (CJK) character is no space; between two Latin letters or digits a gap
/// wider than a fifth of the font size is one.
/// </summary>
internal static class TextJoin
{
    /// <summary>CJK ideographs, kana, Hangul, CJK and full-width punctuation, and the typographic marks Chinese text uses (“” ‘’ — …  ·).</summary>
    public static bool IsWide(char c) =>
        c >= '\u2E80' || c is >= '\u2010' and <= '\u2027' || c == '\u00B7';

    /// <summary>The text of letters in one line, left to right.</summary>
    public static string Line(IReadOnlyList<Glyph> glyphs)
    {
        var text = new StringBuilder();
        Glyph? previous = null;
        var pendingSpace = false;
        foreach (var g in glyphs)
        {
            if (string.IsNullOrWhiteSpace(g.Value))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (previous is { } p && text.Length > 0)
            {
                var gap = g.Left - p.Right;
                var space = pendingSpace || gap > 0.2 * Math.Max(p.Size, g.Size);
                if (space && !IsWide(text[^1]) && !IsWide(g.Value[0]))
                {
                    text.Append(' ');
                }
            }

            text.Append(g.Value);
            previous = g;
            pendingSpace = false;
        }

        return text.ToString();
    }

    /// <summary>Joins wrapped lines of one paragraph or cell: no space where either side is wide.</summary>
    public static void AppendLine(StringBuilder text, string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (text.Length > 0 && !IsWide(text[^1]) && !IsWide(line[0]) && text[^1] != '-')
        {
            text.Append(' ');
        }

        text.Append(line);
    }
}
