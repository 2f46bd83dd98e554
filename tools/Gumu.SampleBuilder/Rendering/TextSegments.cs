using System.Text;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>Helpers shared by the renderers: escaping and the ASCII/CJK run split Word makes.</summary>
internal static class TextSegments
{
    /// <summary>Escapes text for HTML element content and double- or single-quoted attributes.</summary>
    public static string Html(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Splits text where it changes between ASCII and other characters. Word keeps Latin letters and
    /// digits in runs of their own (own language tag, own font), so a figure such as "187" often sits
    /// in a separate run or span from the words around it.
    /// </summary>
    public static IEnumerable<(string Text, bool IsAscii)> ByScript(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || IsAscii(text[i]) != IsAscii(text[start]))
            {
                yield return (text[start..i], IsAscii(text[start]));
                start = i;
            }
        }
    }

    private static bool IsAscii(char c) => c < 0x80;
}
