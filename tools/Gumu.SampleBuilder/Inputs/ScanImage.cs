using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Gumu.SampleBuilder.Inputs;

/// <summary>
/// A small grayscale PNG that looks like a scanned page: off-white paper, a title bar and grey
/// text lines. Deterministic pixels, zlib-compressed IDAT, correct CRCs.
/// </summary>
internal static class ScanImage
{
    /// <summary>The page's pixels, one byte each, rows top to bottom.</summary>
    public static byte[] Pixels(int width, int height)
    {
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = Pixel(x, y, width);
            }
        }

        return pixels;
    }

    /// <summary>
    /// A scanned report as a PDF: each page one image and nothing else, no text layer, the way a
    /// scanner or a phone app writes it.
    /// </summary>
    public static byte[] Pdf(int pages = 2)
    {
        var pdf = new DrawnPdf();
        for (var i = 0; i < pages; i++)
        {
            pdf.AddPage().Image(0, 0, 595.28, 841.89, 120, 170, Pixels(120, 170));
        }

        return pdf.Save();
    }

    public static byte[] Page(int width = 120, int height = 170)
    {
        var raw = new byte[height * (width + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = raw.AsSpan(y * (width + 1), width + 1);
            row[0] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                row[x + 1] = Pixel(x, y, width);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 0; // grayscale
        Chunk(png, "IHDR", ihdr);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(raw);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte Pixel(int x, int y, int width)
    {
        const byte paper = 0xF2;
        var margin = width / 10;
        if (x < margin || x >= width - margin)
        {
            return paper;
        }

        // A dark title bar, then text lines of varying length every 6 pixels.
        if (y is >= 12 and < 17)
        {
            return x > width / 4 && x < width * 3 / 4 ? (byte)0x30 : paper;
        }

        if (y >= 26 && y < 160 && y % 6 < 2)
        {
            var line = y / 6;
            var end = width - margin - (line * 7 % 23);
            return x < end ? (byte)(0x70 + (x * 13 % 40)) : paper;
        }

        return (byte)(paper - ((x * 7) + (y * 3)) % 5);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
