namespace Gumu.Compliance.Readers.Pdf;

/// <summary>
/// Counts the indirect objects a PDF file declares ("12 0 obj") by scanning its bytes, without
/// parsing: a cheap bound checked before PdfPig builds its object tables.
/// </summary>
internal static class ObjectCount
{
    /// <summary>The number of "N G obj" headers, counting stops just past <paramref name="stopAfter"/>.</summary>
    public static int Count(ReadOnlySpan<byte> pdf, int stopAfter)
    {
        var count = 0;
        var at = 0;
        while (count <= stopAfter)
        {
            var next = pdf[at..].IndexOf(" obj"u8);
            if (next < 0)
            {
                break;
            }

            var position = at + next;
            if (position > 0 && pdf[position - 1] is >= (byte)'0' and <= (byte)'9')
            {
                count++;
            }

            at = position + 4;
        }

        return count;
    }
}
