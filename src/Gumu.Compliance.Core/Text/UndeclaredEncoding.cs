using System.Text;

namespace Gumu.Compliance.Text;

/// <summary>
/// Reads Chinese text whose encoding nobody declared (a .txt file, a page without a charset):
/// UTF-8 or GB18030, whichever the bytes fit better, and tells text with a few damaged bytes from
/// binary data.
/// </summary>
/// <remarks>
/// <para>
/// A report copied, converted or uploaded imperfectly often carries one stray byte: a cut
/// multi-byte sequence, a control character. Strict decoding then fails for the whole file, and
/// falling back to the other encoding turns a UTF-8 report into mojibake. Instead, both
/// encodings are tried and the one with fewer invalid sequences wins (each damaged sequence
/// becomes U+FFFD, so a figure it touches is unreadable, not silently different).
/// </para>
/// <para>
/// <see cref="IsClearlyText"/> keeps binary data out: the decoded text may have at most one bad
/// character (an invalid sequence, or a control character other than tab, line and page breaks)
/// in 200, two in any case, and at least ten of its visible characters, and one in four, must be
/// Chinese. Random or compressed bytes have a control character in every eight or so, and an
/// encoding that does not fit produces replacement characters throughout; a report damaged by
/// one byte has one to three bad characters among thousands.
/// </para>
/// </remarks>
internal static class UndeclaredEncoding
{
    private const int Gb18030CodePage = 54936;

    /// <summary>Fewer Chinese characters than this is no evidence of Chinese text.</summary>
    private const int MinChinese = 10;

    static UndeclaredEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // DecoderFallback.ReplacementFallback writes "?", which would pass for text: U+FFFD says what happened.
        Gb18030 = Encoding.GetEncoding(Gb18030CodePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    /// <summary>UTF-8 that replaces invalid sequences with U+FFFD.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>GB18030 (a superset of GB2312 and GBK) that replaces invalid sequences with U+FFFD.</summary>
    public static Encoding Gb18030 { get; }

    /// <summary>The encoding under which the bytes have fewer invalid sequences (UTF-8 on a tie), and how many there are.</summary>
    public static (Encoding Encoding, int Invalid) Choose(ReadOnlySpan<byte> bytes, bool atEnd = true)
    {
        var utf8 = CountInvalid(new UTF8Encoding(false, false), bytes, atEnd);
        if (utf8 == 0)
        {
            return (Utf8, 0);
        }

        var gb = CountInvalid(Encoding.GetEncoding(Gb18030CodePage), bytes, atEnd);
        return gb < utf8 ? (Gb18030, gb) : (Utf8, utf8);
    }

    /// <summary>Decodes with the encoding <see cref="Choose"/> picks.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => Choose(bytes).Encoding.GetString(bytes);

    /// <summary>
    /// True when decoded text is text, a few damaged characters aside: few invalid sequences
    /// (U+FFFD) and control characters, and visibly Chinese.
    /// </summary>
    public static bool IsClearlyText(ReadOnlySpan<char> text)
    {
        var bad = 0;
        var visible = 0;
        var chinese = 0;
        foreach (var c in text)
        {
            if (IsBad(c))
            {
                bad++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible++;
                if (IsChinese(c))
                {
                    chinese++;
                }
            }
        }

        return chinese >= MinChinese && chinese * 4 >= visible && bad <= Math.Max(2, text.Length / 200);
    }

    /// <summary>A control character a text file does not hold on purpose (tab, line and page breaks are fine), or U+FFFD.</summary>
    public static bool IsBad(char c) =>
        c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'));

    /// <summary>CJK ideographs (with extension A; extension B and beyond are surrogate pairs), CJK punctuation, full-width forms.</summary>
    private static bool IsChinese(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF')
        || char.IsSurrogate(c);

    private static int CountInvalid(Encoding encoding, ReadOnlySpan<byte> bytes, bool atEnd)
    {
        var fallback = new CountingFallback();
        var counting = (Encoding)encoding.Clone();
        counting.DecoderFallback = fallback;
        var decoder = counting.GetDecoder();
        decoder.GetCharCount(bytes, flush: atEnd);
        return fallback.Count;
    }

    /// <summary>Counts invalid sequences; each still decodes as one U+FFFD.</summary>
    private sealed class CountingFallback : DecoderFallback
    {
        public int Count { get; private set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            private bool _pending;

            public override int Remaining => _pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                _pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!_pending)
                {
                    return '\0';
                }

                _pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;
        }
    }
}
