using System.Text;

namespace Gumu.Compliance.Figures;

/// <summary>
/// One paragraph ready for pattern matching: its normalised text, its figures, and a "pattern
/// text" in which every figure is replaced by the single character <see cref="FigureMark"/>, so
/// that patterns see "行政复议■" whatever way the number was written.
/// </summary>
internal sealed class NarrativeParagraph
{
    /// <summary>Stands for one figure in <see cref="PatternText"/>.</summary>
    public const char FigureMark = '\uE000';

    private readonly int[] _figureAt;
    private readonly int[] _origin;
    private readonly int[] _clauseStart;
    private readonly int[] _clauseEnd;
    private readonly int[] _sentenceStart;

    public NarrativeParagraph(string text, FigureReader reader)
    {
        Text = NarrativeText.Normalize(text);
        Figures = reader.Scan(Text);
        var builder = new StringBuilder(Text.Length);
        var figureAt = new List<int>(Text.Length);
        var origin = new List<int>(Text.Length);
        var i = 0;
        for (var f = 0; f <= Figures.Count; f++)
        {
            var end = f < Figures.Count ? Figures[f].Start : Text.Length;
            for (; i < end; i++)
            {
                builder.Append(Text[i]);
                figureAt.Add(-1);
                origin.Add(i);
            }

            if (f < Figures.Count)
            {
                builder.Append(FigureMark);
                figureAt.Add(f);
                origin.Add(Figures[f].Start);
                i = Figures[f].Start + Figures[f].Length;
            }
        }

        PatternText = builder.ToString();
        _figureAt = [.. figureAt];
        _origin = [.. origin];

        // Clause boundaries for every index, in two linear passes.
        var length = PatternText.Length;
        _clauseStart = new int[length + 1];
        _clauseEnd = new int[length + 1];
        for (var k = 0; k <= length; k++)
        {
            _clauseStart[k] = k > 0 && !NarrativeText.IsClauseSeparator(PatternText[k - 1]) ? _clauseStart[k - 1] : k;
        }

        for (var k = length; k >= 0; k--)
        {
            _clauseEnd[k] = k < length && !NarrativeText.IsClauseSeparator(PatternText[k]) ? _clauseEnd[k + 1] : k;
        }

        _sentenceStart = new int[length + 1];
        for (var k = 0; k <= length; k++)
        {
            _sentenceStart[k] = k > 0 && !NarrativeText.IsSentenceSeparator(PatternText[k - 1]) ? _sentenceStart[k - 1] : k;
        }
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>The figures, in order.</summary>
    public IReadOnlyList<StatedFigure> Figures { get; }

    /// <summary>The text with each figure replaced by <see cref="FigureMark"/>.</summary>
    public string PatternText { get; }

    /// <summary>The figure at a pattern-text index, or null.</summary>
    public StatedFigure? FigureAt(int patternIndex) => _figureAt[patternIndex] is int f and >= 0 ? Figures[f] : null;

    /// <summary>The index of the figure at a pattern-text index, or -1.</summary>
    public int FigureIndexAt(int patternIndex) => _figureAt[patternIndex];

    /// <summary>The normalised-text index of a pattern-text index.</summary>
    public int Origin(int patternIndex) => patternIndex >= _origin.Length ? Text.Length : _origin[patternIndex];

    /// <summary>The clause (normalised text) around a pattern-text index.</summary>
    public string ClauseAt(int patternIndex) => NarrativeText.ClauseAt(Text, Origin(patternIndex));

    /// <summary>The clause boundaries (pattern-text indices, end exclusive) around an index.</summary>
    public (int Start, int End) ClauseBounds(int patternIndex) => (_clauseStart[patternIndex], _clauseEnd[patternIndex]);

    /// <summary>Up to <paramref name="window"/> characters of pattern text before an index, within its sentence.</summary>
    public string SentenceBefore(int patternIndex, int window) =>
        PatternText[Math.Max(_sentenceStart[patternIndex], patternIndex - window)..patternIndex];

    /// <summary>Up to <paramref name="window"/> characters of pattern text before an index, within its clause.</summary>
    public string Before(int patternIndex, int window) =>
        PatternText[Math.Max(_clauseStart[patternIndex], patternIndex - window)..patternIndex];

    /// <summary>True when the figure at a pattern-text index ends its clause.</summary>
    public bool EndsClause(int patternIndex) =>
        patternIndex + 1 >= PatternText.Length || NarrativeText.IsClauseSeparator(PatternText[patternIndex + 1]);
}
