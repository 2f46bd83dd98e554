using System.IO.Compression;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// The package-level checks on an untrusted file before anything in it is decompressed: file
/// size and the total uncompressed size the zip's central directory declares; and the failures
/// the reader raises.
/// </summary>
internal static class PackageGuard
{
    /// <summary>Returns a seekable stream over the content (copied, within the file-size limit, when it is not seekable).</summary>
    public static Stream Seekable(Stream content, ReaderLimits limits)
    {
        if (content.CanSeek)
        {
            return content;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limits.MaxFileBytes)
            {
                throw LimitExceeded(nameof(ReaderLimits.MaxFileBytes), limits.MaxFileBytes, $"> {limits.MaxFileBytes}");
            }
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>Checks the file size.</summary>
    public static void CheckSize(Stream stream, ReaderLimits limits)
    {
        if (stream.Length > limits.MaxFileBytes)
        {
            throw LimitExceeded(nameof(ReaderLimits.MaxFileBytes), limits.MaxFileBytes, stream.Length);
        }
    }

    /// <summary>Opens the zip for reading (its central directory only).</summary>
    public static ZipArchive OpenZip(Stream stream)
    {
        stream.Position = 0;
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw CorruptPackage("The file is not a readable zip package: " + ex.Message, ex);
        }
    }

    /// <summary>Checks the declared uncompressed size of all zip entries.</summary>
    public static void CheckDeclaredSize(ZipArchive zip, ReaderLimits limits)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            // A declared length above long.MaxValue - total cannot be a real package.
            total = entry.Length > long.MaxValue - total ? long.MaxValue : total + entry.Length;
        }

        if (total > limits.MaxDecompressedBytes)
        {
            throw LimitExceeded(nameof(ReaderLimits.MaxDecompressedBytes), limits.MaxDecompressedBytes, total);
        }
    }

    public static ReportReadException LimitExceeded(string limit, long maximum, object actual, Exception? inner = null) =>
        new(
            ReadFailures.LimitsExceeded,
            "default",
            $"The file exceeds the safety limit {limit} (limit {maximum}, actual {actual}).",
            [new("limit", limit), new("maximum", maximum), new("actual", actual)],
            inner);

    public static ReportReadException CorruptPackage(string detail, Exception? inner = null) =>
        new(ReadFailures.Unreadable, "corrupt-package", detail, null, inner);
}
