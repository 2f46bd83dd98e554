using System.Text;
using System.Text.RegularExpressions;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Readers.Html;

/// <summary>
/// Turns the page's bytes into the exact string the parser sees: byte-order mark first, then the
/// charset declared in a <c>&lt;meta&gt;</c> within the first 4 KB, else strict UTF-8 with a GB18030
/// fallback. GB2312 and GBK are read as GB18030, their superset.
/// </summary>
internal static partial class HtmlDecoder
{
    /// <summary>How many leading bytes the charset prescan looks at.</summary>
    public const int PrescanBytes = 4096;

    // U+FFFD for a damaged byte, as the text reader gives: DecoderFallback.ReplacementFallback
    // writes "?", which would pass for text.
    private static readonly Encoding Gb18030Lenient = GetGb18030(new DecoderReplacementFallback("\uFFFD"));

    private static readonly Encoding Gb18030Strict = GetGb18030(DecoderFallback.ExceptionFallback);

    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Utf8Lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes the page.</summary>
    /// <exception cref="ReportReadException">The bytes are binary rather than text.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        // Touching a static field runs the initialisers, which register the code-page provider
        // before any declared legacy encoding (Big5, …) is looked up.
        GC.KeepAlive(Gb18030Lenient);
        var text = DecodeCore(bytes, out var encodingName, out var source);
        if (LooksBinary(text))
        {
            throw new ReportReadException(
                ReadFailures.Unreadable,
                "undecodable",
                "The page's bytes are not text in UTF-8, GB18030 or the declared encoding.",
                [new("reason", "binary content")]);
        }

        return new DecodedText(text, encodingName, source);
    }

    private static string DecodeCore(ReadOnlySpan<byte> bytes, out string encodingName, out EncodingSource source)
    {
        // 1. Byte-order mark.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "utf-8";
            source = EncodingSource.ByteOrderMark;
            return Utf8Lenient.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encodingName = "utf-16le";
            source = EncodingSource.ByteOrderMark;
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encodingName = "utf-16be";
            source = EncodingSource.ByteOrderMark;
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        // 2. Declared in a <meta>.
        var declared = PrescanCharset(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        if (declared is not null)
        {
            switch (Classify(declared))
            {
                case Family.Utf8:
                    // A declared UTF-8 that is not valid UTF-8 but is valid GB18030 is a mislabelled GBK page.
                    if (TryDecode(Utf8Strict, bytes, out var utf8) || !TryDecode(Gb18030Strict, bytes, out var gbInstead))
                    {
                        encodingName = "utf-8";
                        source = EncodingSource.Declared;
                        return utf8 ?? Utf8Lenient.GetString(bytes);
                    }

                    encodingName = "gb18030";
                    source = EncodingSource.Detected;
                    return gbInstead!;

                case Family.Gb:
                    // A saved page keeps its original bytes while the meta may name the template's
                    // charset; text that is valid multi-byte UTF-8 is UTF-8 whatever the meta says.
                    if (HasNonAscii(bytes) && TryDecode(Utf8Strict, bytes, out var utf8Instead))
                    {
                        encodingName = "utf-8";
                        source = EncodingSource.Detected;
                        return utf8Instead!;
                    }

                    encodingName = "gb18030";
                    source = EncodingSource.Declared;
                    return Gb18030Lenient.GetString(bytes);

                case Family.Other:
                    var other = TryGetEncoding(declared);
                    if (other is not null)
                    {
                        // The page's own header was readable as ASCII, so an encoding that does not
                        // write ASCII as ASCII (UTF-7, EBCDIC) is a false label; obeying it would
                        // garble the page, ignoring it would hide that the page is broken.
                        if (!IsAsciiCompatible(other))
                        {
                            throw UnsupportedEncoding(declared);
                        }

                        encodingName = other.WebName;
                        source = EncodingSource.Declared;
                        try
                        {
                            return other.GetString(bytes);
                        }
                        catch (Exception ex) when (ex is NotSupportedException or ArgumentException or DecoderFallbackException)
                        {
                            throw UnsupportedEncoding(declared, ex);
                        }
                    }

                    // A label .NET does not know: read the bytes as if nothing were declared, as browsers do.
                    break;
            }
        }

        // 3. Undeclared: strict UTF-8, else whichever of UTF-8 and GB18030 the bytes fit better,
        // so that one stray byte in a UTF-8 page does not turn the whole page into GB18030 mojibake.
        source = EncodingSource.Detected;
        if (TryDecode(Utf8Strict, bytes, out var text))
        {
            encodingName = "utf-8";
            return text!;
        }

        var (best, _) = UndeclaredEncoding.Choose(bytes);
        encodingName = best.CodePage == Encoding.UTF8.CodePage ? "utf-8" : "gb18030";
        return ReferenceEquals(best, UndeclaredEncoding.Utf8) ? Utf8Lenient.GetString(bytes) : Gb18030Lenient.GetString(bytes);
    }

    /// <summary>Finds the charset named by a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> Content-Type, reading the bytes as ASCII.</summary>
    internal static string? PrescanCharset(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head);
        ascii = Comment().Replace(ascii, " ");
        foreach (Match meta in MetaTag().Matches(ascii))
        {
            var m = CharsetAttribute().Match(meta.Value);
            if (m.Success)
            {
                return m.Groups[1].Value.ToUpperInvariant();
            }
        }

        return null;
    }

    private static Family Classify(string label) => label switch
    {
        "UTF-8" or "UTF8" or "UNICODE-1-1-UTF-8" or "UNICODE11UTF8" or "UNICODE20UTF8" or "X-UNICODE20UTF8"
            // A meta cannot declare UTF-16 or UTF-32 (the page would not be readable as ASCII): treat as UTF-8.
            or "UTF-16" or "UTF-16LE" or "UTF-16BE" or "UNICODE" or "UTF-32" or "UTF-32LE" or "UTF-32BE" => Family.Utf8,
        "GB2312" or "GBK" or "GB18030" or "X-GBK" or "CP936" or "MS936" or "WINDOWS-936" or "CSGB2312" or "CHINESE"
            or "ISO-IR-58" or "CSISO58GB231280" or "GB_2312" or "GB_2312-80" or "EUC-CN" or "X-EUC-CN" => Family.Gb,
        _ => Family.Other,
    };

    private static Encoding? TryGetEncoding(string label)
    {
        // Browsers read pages declared Latin-1/ASCII as windows-1252.
        var name = label is "ISO-8859-1" or "LATIN1" or "US-ASCII" or "ASCII" or "ISO8859-1" ? "windows-1252" : label;
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException ex)
        {
            // Known to .NET but switched off (UTF-7).
            throw UnsupportedEncoding(label, ex);
        }
    }

    /// <summary>True when the encoding writes the characters of a charset declaration as the ASCII bytes they are.</summary>
    private static bool IsAsciiCompatible(Encoding encoding)
    {
        const string probe = "<meta charset=\"x\"> abcXYZ 0123456789";
        try
        {
            return encoding.GetBytes(probe).AsSpan().SequenceEqual(Encoding.ASCII.GetBytes(probe));
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException or EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>GM0001 "unsupported-encoding": the page declares an encoding that cannot be read.</summary>
    private static ReportReadException UnsupportedEncoding(string label, Exception? inner = null) =>
        new(
            ReadFailures.Unreadable,
            "unsupported-encoding",
            $"The page declares the encoding {label}, which cannot be read.",
            [new("encoding", label)],
            inner);

    private static bool TryDecode(Encoding strict, ReadOnlySpan<byte> bytes, out string? text)
    {
        try
        {
            text = strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    /// <summary>NUL characters, or more than 2% control or replacement characters, mean binary content.</summary>
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        if (sample.Contains('\0'))
        {
            return true;
        }

        var bad = 0;
        foreach (var ch in sample)
        {
            if ((char.IsControl(ch) && ch is not ('\t' or '\n' or '\r' or '\f' or '\v')) || ch == '\uFFFD')
            {
                bad++;
            }
        }

        return bad > 8 && bad * 50 > sample.Length;
    }

    private static Encoding GetGb18030(DecoderFallback fallback)
    {
        // Idempotent; GB2312/GBK/GB18030 and other legacy code pages need it.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ReplacementFallback, fallback);
    }

    [GeneratedRegex("<!--.*?(-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<meta[\s/][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetAttribute();

    private enum Family
    {
        Utf8,
        Gb,
        Other,
    }
}

/// <summary>How the encoding was chosen.</summary>
internal enum EncodingSource
{
    /// <summary>From a byte-order mark.</summary>
    ByteOrderMark,

    /// <summary>From the page's meta declaration.</summary>
    Declared,

    /// <summary>Detected (strict UTF-8, else GB18030).</summary>
    Detected,
}

/// <summary>The decoded page text and how it was decoded.</summary>
internal sealed record DecodedText(string Text, string EncodingName, EncodingSource Source);
