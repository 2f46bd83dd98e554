using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// Takes what the layout analysis needs from a PdfPig page: visible horizontal letters and
/// visible ruling lines, in page space with y turned downwards. Everything PdfPig-specific stays
/// here so the analysis can be tested on plain data.
/// </summary>
internal static class PageExtractor
{
    /// <summary>A filled shape thinner than this (points) is drawn as a line.</summary>
    private const double ThinBar = 2.5;

    /// <summary>A stroke wider than this is decoration, not a cell border.</summary>
    private const double MaxStrokeWidth = 4;

    /// <summary>Shorter rulings are dots, tick marks or glyph parts.</summary>
    private const double MinRulingLength = 3;

    public static PageContent Extract(Page page, out int drawnItems)
    {
        var height = page.Height;
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (Visible(letter) && ToGlyph(letter, height) is { } glyph)
            {
                glyphs.Add(glyph);
            }
        }

        var rulings = new List<Ruling>();
        var paths = page.Paths;
        foreach (var path in paths)
        {
            AddRulings(path, height, rulings);
        }

        drawnItems = page.Letters.Count + paths.Count;
        return new PageContent(page.Number, page.Width, height, glyphs, rulings, page.NumberOfImages);
    }

    /// <summary>
    /// Invisible text (rendering mode 3, the OCR layer of a scan) and white text are not what a
    /// reader sees; only horizontal text is read.
    /// </summary>
    private static bool Visible(Letter letter) =>
        letter.RenderingMode is not (TextRenderingMode.Neither or TextRenderingMode.NeitherClip)
        && letter.TextOrientation == TextOrientation.Horizontal
        && !IsWhite(letter.RenderingMode is TextRenderingMode.Stroke ? letter.StrokeColor : letter.FillColor);

    private static Glyph? ToGlyph(Letter letter, double pageHeight)
    {
        if (string.IsNullOrEmpty(letter.Value))
        {
            return null;
        }

        var size = letter.PointSize > 0 ? letter.PointSize : letter.BoundingBox.Height;
        if (size <= 0 || double.IsNaN(size) || size > 500)
        {
            return null;
        }

        var left = letter.StartBaseLine.X;
        var right = letter.EndBaseLine.X;
        if (!(right > left))
        {
            right = left + Math.Max(letter.Width, size * 0.5);
        }

        var bold = letter.RenderingMode is TextRenderingMode.FillThenStroke or TextRenderingMode.FillThenStrokeClip
            || (letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) ?? false);
        return new Glyph(letter.Value, left, right, pageHeight - letter.StartBaseLine.Y, size, bold);
    }

    /// <summary>
    /// Strokes become rulings segment by segment; a filled shape counts only when it is a thin bar
    /// (some producers draw borders as filled rectangles). White shapes and wide filled
    /// rectangles (backgrounds drawn behind text lines) are ignored, and so are clipping paths.
    /// </summary>
    private static void AddRulings(PdfPath path, double pageHeight, List<Ruling> rulings)
    {
        if (path.IsClipping)
        {
            return;
        }

        if (path.IsStroked && path.LineWidth <= MaxStrokeWidth && !IsWhite(path.StrokeColor))
        {
            foreach (var subpath in path)
            {
                AddSegments(subpath, pageHeight, rulings);
            }
        }

        if (path.IsFilled && !IsWhite(path.FillColor))
        {
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                var width = box.Right - box.Left;
                var height = box.Top - box.Bottom;
                if (height <= ThinBar && width >= MinRulingLength)
                {
                    var y = pageHeight - ((box.Top + box.Bottom) / 2);
                    rulings.Add(new Ruling(box.Left, y, box.Right, y));
                }
                else if (width <= ThinBar && height >= MinRulingLength)
                {
                    var x = (box.Left + box.Right) / 2;
                    rulings.Add(new Ruling(x, pageHeight - box.Top, x, pageHeight - box.Bottom));
                }
            }
        }
    }

    private static void AddSegments(PdfSubpath subpath, double pageHeight, List<Ruling> rulings)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, pageHeight, rulings);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(c, s, pageHeight, rulings);
                    current = s;
                    break;
                case PdfSubpath.CubicBezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint a, PdfPoint b, double pageHeight, List<Ruling> rulings)
    {
        var dx = Math.Abs(a.X - b.X);
        var dy = Math.Abs(a.Y - b.Y);
        if (dy <= 0.5 && dx >= MinRulingLength)
        {
            var y = pageHeight - ((a.Y + b.Y) / 2);
            rulings.Add(new Ruling(Math.Min(a.X, b.X), y, Math.Max(a.X, b.X), y));
        }
        else if (dx <= 0.5 && dy >= MinRulingLength)
        {
            var x = (a.X + b.X) / 2;
            rulings.Add(new Ruling(x, pageHeight - Math.Max(a.Y, b.Y), x, pageHeight - Math.Min(a.Y, b.Y)));
        }
    }

    private static bool IsWhite(IColor? color)
    {
        if (color is null)
        {
            return false;
        }

        try
        {
            var (r, g, b) = color.ToRGBValues();
            return r >= 0.95 && g >= 0.95 && b >= 0.95;
        }
#pragma warning disable CA1031 // A pattern colour has no RGB value: it is visible, not white.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
