using Gumu.Compliance.Text;

namespace Gumu.Compliance.Figures;

/// <summary>
/// Running text prepared for reading figures: <see cref="TextNormalizer.Simplify"/> (full-width
/// digits and punctuation to ASCII, traditional to simplified characters, whitespace collapsed)
/// except that the ideographic comma and full stop (，。) keep their form, so that an ASCII comma
/// between digits can be told apart as a thousands separator.
/// </summary>
internal static class NarrativeText
{
    private const char CommaGuard = '\uE010';
    private const char StopGuard = '\uE011';

    /// <summary>The characters that end a clause after normalisation.</summary>
    public const string ClauseSeparators = ",，。;!?.";

    /// <summary>Normalises a paragraph's text.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var guarded = text.Replace('，', CommaGuard).Replace('。', StopGuard);
        return TextNormalizer.Simplify(guarded).Replace(CommaGuard, '，').Replace(StopGuard, '。');
    }

    /// <summary>The characters that end a sentence after normalisation.</summary>
    public const string SentenceSeparators = "。;!?.";

    /// <summary>True for a character that ends a sentence.</summary>
    public static bool IsSentenceSeparator(char ch) => SentenceSeparators.Contains(ch, StringComparison.Ordinal);

    /// <summary>True for a character that ends a clause.</summary>
    public static bool IsClauseSeparator(char ch) => ClauseSeparators.Contains(ch, StringComparison.Ordinal);

    /// <summary>
    /// The clause of <paramref name="text"/> around <paramref name="index"/>, trimmed; at most
    /// <paramref name="reach"/> characters either way, so evidence stays short in run-on text.
    /// </summary>
    public static string ClauseAt(string text, int index, int reach = 80)
    {
        var start = index;
        while (start > 0 && index - start < reach && !EndsClause(text, start - 1))
        {
            start--;
        }

        var end = Math.Min(index, text.Length);
        while (end < text.Length && end - index < reach && !EndsClause(text, end))
        {
            end++;
        }

        return text[start..end].Trim();
    }

    // A '.' or ',' between two digits belongs to a number (12.5, 1,234).
    private static bool EndsClause(string text, int i) =>
        IsClauseSeparator(text[i])
        && !(text[i] is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));
}
