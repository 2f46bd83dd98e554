using System.Text;

namespace Gumu.Compliance.Reporting;

/// <summary>
/// Makes document text (titles, evidence, messages quoting the document) safe for output
/// formats. Report documents are untrusted: a hostile or broken file can carry control
/// characters or unpaired surrogates that XML forbids and JSON writers reject.
/// </summary>
internal static class OutputText
{
    /// <summary>
    /// Text that XML 1.0 accepts (Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
    /// [#x10000-#x10FFFF]): other C0 control characters are removed (they carry no visible
    /// text: Word field marks, bells, form feeds); unpaired surrogates and U+FFFE/U+FFFF become
    /// U+FFFD so the reader sees that something was there. Returns the same instance when
    /// nothing changes.
    /// </summary>
    public static string ForXml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstUnsafeForXml(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c < '\u0020')
            {
                if (c is '\t' or '\n' or '\r')
                {
                    builder.Append(c);
                }
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Text whose UTF-16 is well formed (unpaired surrogates become U+FFFD), so it can be
    /// written as JSON. Control characters are kept: JSON escapes them.
    /// </summary>
    public static string WellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
            }
            else if (char.IsSurrogate(text[i]))
            {
                break;
            }
            else
            {
                i++;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var j = i; j < chars.Length; j++)
        {
            if (char.IsHighSurrogate(chars[j]) && j + 1 < chars.Length && char.IsLowSurrogate(chars[j + 1]))
            {
                j++;
            }
            else if (char.IsSurrogate(chars[j]))
            {
                chars[j] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// Text that is safe to print on a terminal as part of one line: C0 controls (line breaks and
    /// tabs included), DEL and C1 controls are shown as <c>\x1b</c>; bidi embedding, override and
    /// isolate marks and the Unicode line/paragraph separators as <c>\u202e</c>; unpaired
    /// surrogates become U+FFFD. A file name or a document can then neither drive the terminal
    /// (ANSI colours, OSC 8 links, cursor moves) nor start an output line of its own that passes
    /// for a finding. Backslashes are left alone: paths and text stay readable, and an escape
    /// that was really typed forges nothing. Returns the same instance when nothing changes.
    /// </summary>
    public static string ForTerminal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstUnsafeForTerminal(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c <= '\u009F' && (c < '\u0020' || c >= '\u007F'))
            {
                builder.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (IsInvisibleLayoutControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Cuts text to at most <paramref name="maxLength"/> UTF-16 units, ending with "…" when cut,
    /// never splitting a surrogate pair.
    /// </summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var keep = maxLength - 1;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), "…");
    }

    private static int FirstUnsafeForTerminal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c) || IsInvisibleLayoutControl(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Bidi marks, embeddings, overrides and isolates, and the Unicode line and paragraph separators.</summary>
    private static bool IsInvisibleLayoutControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029';

    private static int FirstUnsafeForXml(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if ((c < '\u0020' && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }
}
