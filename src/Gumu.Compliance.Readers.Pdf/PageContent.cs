namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// One drawn letter in page space with y growing downwards (top of the page is 0), so that
/// sorting by y reads top to bottom. <see cref="Left"/>/<see cref="Right"/> are the advance
/// (start and end of the baseline), not the ink, so adjacent letters touch.
/// </summary>
internal readonly record struct Glyph(string Value, double Left, double Right, double Baseline, double Size, bool Bold)
{
    /// <summary>Top of the em box: the baseline minus most of the font size.</summary>
    public double Top => Baseline - (0.8 * Size);

    /// <summary>Bottom of the em box (descenders).</summary>
    public double Bottom => Baseline + (0.2 * Size);

    public double CenterX => (Left + Right) / 2;

    public double CenterY => Baseline - (0.3 * Size);
}

/// <summary>A visible ruling line: horizontal when <see cref="IsHorizontal"/>, from (X1,Y1) to (X2,Y2) with X1 ≤ X2 and Y1 ≤ Y2 (y down).</summary>
internal readonly record struct Ruling(double X1, double Y1, double X2, double Y2)
{
    public bool IsHorizontal => Y2 - Y1 <= X2 - X1;

    /// <summary>The y of a horizontal ruling or the x of a vertical one.</summary>
    public double Position => IsHorizontal ? (Y1 + Y2) / 2 : (X1 + X2) / 2;

    /// <summary>Where a ruling starts along its own direction.</summary>
    public double Start => IsHorizontal ? X1 : Y1;

    /// <summary>Where a ruling ends along its own direction.</summary>
    public double End => IsHorizontal ? X2 : Y2;
}

/// <summary>What the layout analysis needs from one page: its letters, its visible rulings and how many images it draws.</summary>
internal sealed record PageContent(int Number, double Width, double Height, IReadOnlyList<Glyph> Glyphs, IReadOnlyList<Ruling> Rulings, int Images);
