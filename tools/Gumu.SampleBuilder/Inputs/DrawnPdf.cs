using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Gumu.SampleBuilder.Inputs;

/// <summary>
/// Writes small PDF files from drawing commands, for samples and tests: text in any BMP
/// character (a Type0 font whose codes are the characters themselves, with a ToUnicode map, not
/// embedded), stroked lines, filled and clipping rectangles, grayscale images. Positions are in
/// points from the page's top-left corner (y down), the way a person measures a printed page.
/// The output is deterministic: no dates, no ids.
/// </summary>
internal sealed class DrawnPdf(double width = 595.28, double height = 841.89)
{
    private readonly List<DrawnPage> _pages = [];

    public IReadOnlyList<DrawnPage> Pages => _pages;

    /// <summary>An encryption dictionary whose user password is not empty: readers cannot open the file without it.</summary>
    public bool PasswordProtected { get; init; }

    public string? Title { get; init; }

    public DrawnPage AddPage()
    {
        var page = new DrawnPage(height);
        _pages.Add(page);
        return page;
    }

    public byte[] Save()
    {
        var objects = new List<byte[]>();
        int Reserve()
        {
            objects.Add([]);
            return objects.Count;
        }

        void Set(int id, string dictionary) => objects[id - 1] = Encoding.ASCII.GetBytes(dictionary);
        void SetStream(int id, string dictionary, byte[] data)
        {
            var head = Encoding.ASCII.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n");
            objects[id - 1] = [.. head, .. data, .. "\nendstream"u8];
        }

        var catalog = Reserve();
        var pages = Reserve();
        var font = Reserve();
        var descendant = Reserve();
        var descriptor = Reserve();
        var toUnicode = Reserve();
        Set(catalog, $"<< /Type /Catalog /Pages {pages} 0 R >>");
        Set(font, $"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [{descendant} 0 R] /ToUnicode {toUnicode} 0 R >>");

        // Half-width ASCII, full width for everything else, as Chinese fonts draw them.
        Set(descendant, $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>");
        Set(descriptor, "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>");
        SetStream(toUnicode, string.Empty, Encoding.ASCII.GetBytes(IdentityToUnicode()));

        var kids = new List<int>();
        foreach (var page in _pages)
        {
            var pageId = Reserve();
            var contentId = Reserve();
            kids.Add(pageId);
            var images = new StringBuilder();
            for (var i = 0; i < page.Images.Count; i++)
            {
                var (w, h, pixels) = page.Images[i];
                var imageId = Reserve();
                SetStream(imageId, $"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", Deflate(pixels));
                images.Append(CultureInfo.InvariantCulture, $"/Im{i + 1} {imageId} 0 R ");
            }

            Set(pageId, string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {width:0.##} {height:0.##}] /Resources << /Font << /F1 {font} 0 R >> /XObject << {images}>> >> /Contents {contentId} 0 R >>"));
            SetStream(contentId, "/Filter /FlateDecode", Deflate(Encoding.ASCII.GetBytes(page.Content.ToString())));
        }

        Set(pages, $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>");

        int? info = null;
        if (Title is not null)
        {
            info = Reserve();
            Set(info.Value, $"<< /Title <FEFF{string.Concat(Title.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)))}> >>");
        }

        int? encrypt = null;
        if (PasswordProtected)
        {
            // RC4 40-bit standard security handler; /U matches no password a reader can guess.
            encrypt = Reserve();
            Set(encrypt.Value, $"<< /Filter /Standard /V 1 /R 2 /O <{new string('A', 64)}> /U <{new string('5', 64)}> /P -3904 >>");
        }

        var pdf = new MemoryStream();
        pdf.Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write("\nendobj\n"u8);
        }

        var xref = pdf.Position;
        var trailer = new StringBuilder();
        trailer.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            trailer.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        trailer.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R");
        if (info is int infoId)
        {
            trailer.Append(CultureInfo.InvariantCulture, $" /Info {infoId} 0 R");
        }

        if (encrypt is int encryptId)
        {
            trailer.Append(CultureInfo.InvariantCulture, $" /Encrypt {encryptId} 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]");
        }

        trailer.Append(CultureInfo.InvariantCulture, $" >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(trailer.ToString()));
        return pdf.ToArray();
    }

    /// <summary>Code = character: one bfrange per high byte, at most 100 ranges a block as the CMap format allows.</summary>
    private static string IdentityToUnicode()
    {
        var cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        for (var start = 0; start < 256; start += 100)
        {
            var count = Math.Min(100, 256 - start);
            cmap.Append(CultureInfo.InvariantCulture, $"{count} beginbfrange\n");
            for (var hi = start; hi < start + count; hi++)
            {
                cmap.Append(CultureInfo.InvariantCulture, $"<{hi:X2}00> <{hi:X2}FF> <{hi:X2}00>\n");
            }

            cmap.Append("endbfrange\n");
        }

        return cmap.Append("endcmap CMapName currentdict /CMap defineresource pop end end").ToString();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }
}

/// <summary>One page of a <see cref="DrawnPdf"/>: drawing commands in points from the top-left corner.</summary>
internal sealed class DrawnPage(double height)
{
    internal StringBuilder Content { get; } = new();

    internal List<(int Width, int Height, byte[] Pixels)> Images { get; } = [];

    /// <summary>Draws text with its baseline at <paramref name="baseline"/>; ASCII is half as wide as other characters.</summary>
    /// <param name="fakeBold">Draw it a second time 0.3 pt to the right, as producers without a bold face do.</param>
    /// <param name="invisible">Rendering mode 3: there but not shown (a scan's OCR layer).</param>
    public DrawnPage Text(double x, double baseline, string text, double size = 12, bool fakeBold = false, bool invisible = false, bool white = false)
    {
        var codes = string.Concat(text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
        var mode = invisible ? 3 : 0;
        var colour = white ? "1 g" : "0 g";
        Append($"BT {colour} {mode} Tr /F1 {size:0.###} Tf {x:0.###} {height - baseline:0.###} Td <{codes}> Tj ET");
        if (fakeBold)
        {
            Append($"BT {colour} {mode} Tr /F1 {size:0.###} Tf {x + 0.3:0.###} {height - baseline:0.###} Td <{codes}> Tj ET");
        }

        return this;
    }

    /// <summary>
    /// A paragraph laid out as a word processor does: the first line indented by two characters
    /// (when <paramref name="indent"/>), lines filled by width up to <paramref name="right"/>, the
    /// last one short. Returns the baseline of the line after it.
    /// </summary>
    public double Paragraph(double left, double right, double baseline, string text, double size, double pitch, bool indent = true)
    {
        var x = indent ? left + (2 * size) : left;
        var line = new StringBuilder();
        foreach (var c in text)
        {
            if (x + Width(line.ToString() + c, size) > right)
            {
                Text(x, baseline, line.ToString(), size);
                line.Clear();
                baseline += pitch;
                x = left;
            }

            line.Append(c);
        }

        Text(x, baseline, line.ToString(), size);
        return baseline + pitch;
    }

    /// <summary>The width of <paramref name="text"/> at <paramref name="size"/> in this font.</summary>
    public static double Width(string text, double size) => text.Sum(c => c is >= ' ' and <= '~' ? 0.5 : 1.0) * size;

    public DrawnPage Line(double x1, double y1, double x2, double y2, double lineWidth = 0.5, double gray = 0) =>
        Append($"{gray:0.###} G {lineWidth:0.###} w {x1:0.###} {height - y1:0.###} m {x2:0.###} {height - y2:0.###} l S");

    /// <summary>A filled rectangle: a thin one is a ruling drawn as a bar, a wide white one a background.</summary>
    public DrawnPage Fill(double x, double top, double w, double h, double gray = 0) =>
        Append($"{gray:0.###} g {x:0.###} {height - top - h:0.###} {w:0.###} {h:0.###} re f 0 g");

    /// <summary>A clipping rectangle (not drawn), as producers emit around table cells.</summary>
    public DrawnPage Clip(double x, double top, double w, double h) =>
        Append($"q {x:0.###} {height - top - h:0.###} {w:0.###} {h:0.###} re W n Q");

    /// <summary>A grayscale image (one byte per pixel, rows top to bottom) drawn over the given rectangle.</summary>
    public DrawnPage Image(double x, double top, double w, double h, int pixelWidth, int pixelHeight, byte[] pixels)
    {
        Images.Add((pixelWidth, pixelHeight, pixels));
        return Append($"q {w:0.###} 0 0 {h:0.###} {x:0.###} {height - top - h:0.###} cm /Im{Images.Count} Do Q");
    }

    private DrawnPage Append(FormattableString command)
    {
        Content.Append(command.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }
}
