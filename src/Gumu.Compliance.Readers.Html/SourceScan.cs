using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Html;

/// <summary>
/// One linear pass over the decoded page before it is parsed, so that no single token is ever
/// larger than <see cref="ReaderLimits.MaxRunCharacters"/>: the parser builds a text run, a
/// comment or a tag's attribute list whole before any callback sees it, and a 50 MB text node
/// or a tag with millions of attributes would cost several times its size in memory.
/// </summary>
/// <remarks>
/// Counted are the characters of text between two tags, of one comment, and of one tag outside
/// its quoted attribute values, against <see cref="ReaderLimits.MaxRunCharacters"/>; each quoted
/// value against the larger <see cref="ReaderLimits.MaxAttributeValueCharacters"/>, since a
/// picture embedded as a data: URI is common in portal pages, while a tag with a million
/// attributes cannot hide in quotes. The scan follows the tokenizer only as far as the count
/// needs: '&lt;' starts a tag when a letter, '/', '!' or '?' follows; a quote right after '='
/// opens a value.
/// </remarks>
internal static class SourceScan
{
    /// <summary>Throws GM0004 (MaxRunCharacters) at the first run over the limit.</summary>
    public static void Check(string text, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var max = limits.MaxRunCharacters;
        long run = 0;
        var i = 0;
        while (i < text.Length)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (text[i] != '<' || i + 1 >= text.Length || !StartsTag(text[i + 1]))
            {
                if (++run > max)
                {
                    throw TooLong(max);
                }

                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                var length = (end < 0 ? text.Length : end) - i;
                if (length > max)
                {
                    throw TooLong(max);
                }

                i = end < 0 ? text.Length : end + 3;
                run = 0;
                continue;
            }

            i = SkipTag(text, i + 1, max, limits.MaxAttributeValueCharacters);
            run = 0;
        }
    }

    /// <summary>Moves past a tag from just after its '&lt;', counting what is outside quoted values.</summary>
    private static int SkipTag(string text, int i, int max, int maxValue)
    {
        long counted = 0;
        long value = 0;
        var quote = '\0';
        var afterEquals = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (++value > maxValue)
                {
                    throw Failures.Over(nameof(ReaderLimits.MaxAttributeValueCharacters), maxValue, $"An attribute value is longer than {maxValue} characters.");
                }

                continue;
            }

            if (c == '>')
            {
                return i + 1;
            }

            if (afterEquals && c is '"' or '\'')
            {
                quote = c;
                value = 0;
                afterEquals = false;
                continue;
            }

            if (c == '=')
            {
                afterEquals = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterEquals = false;
            }

            if (++counted > max)
            {
                throw TooLong(max);
            }
        }

        return i;
    }

    private static bool StartsTag(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    private static ReportReadException TooLong(int max) =>
        Failures.Over(nameof(ReaderLimits.MaxRunCharacters), max, $"A run of text or a tag is longer than {max} characters.");
}
