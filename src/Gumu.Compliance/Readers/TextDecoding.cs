using System.Text;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Readers;

/// <summary>
/// Decodes report text: the byte-order mark's encoding, else UTF-8 or GB18030 (which covers
/// GB2312 and GBK), whichever the bytes fit better (<see cref="UndeclaredEncoding"/>). Invalid
/// sequences, and control characters a text does not hold on purpose, become U+FFFD: a stray
/// byte costs the character it damaged, never the file, and a figure it touches reads as
/// unreadable rather than as another number.
/// </summary>
internal static class TextDecoding
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = UndeclaredEncoding.Utf8.GetString(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            text = UndeclaredEncoding.Decode(bytes);
        }

        return ReplaceControls(text);
    }

    private static string ReplaceControls(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\uFFFD' && UndeclaredEncoding.IsBad(text[i]))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (UndeclaredEncoding.IsBad(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
