using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// Checks an untrusted package against the reader limits before the Open XML SDK parses it: file
/// size, the total uncompressed size the zip's central directory declares, and for each XML part
/// the reader loads its element depth and character count.
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

    /// <summary>Checks the file size and the declared uncompressed size of all zip entries.</summary>
    public static void CheckPackage(Stream stream, ReaderLimits limits)
    {
        if (stream.Length > limits.MaxFileBytes)
        {
            throw LimitExceeded(nameof(ReaderLimits.MaxFileBytes), limits.MaxFileBytes, stream.Length);
        }

        stream.Position = 0;
        long total = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                // A declared length above long.MaxValue - total cannot be a real package.
                total = entry.Length > long.MaxValue - total ? long.MaxValue : total + entry.Length;
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw CorruptPackage("The file is not a readable zip package: " + ex.Message, ex);
        }
        finally
        {
            stream.Position = 0;
        }

        if (total > limits.MaxDecompressedBytes)
        {
            throw LimitExceeded(nameof(ReaderLimits.MaxDecompressedBytes), limits.MaxDecompressedBytes, total);
        }
    }

    /// <summary>
    /// Streams through an XML part once, checking element depth against
    /// <see cref="ReaderLimits.MaxNestingDepth"/> and its size against
    /// <see cref="ReaderLimits.MaxCharactersInPart"/>, so that the SDK's own recursive loading
    /// and the reader's walk only ever see bounded trees.
    /// </summary>
    public static void CheckPart(OpenXmlPart? part, ReaderLimits limits, CancellationToken cancellationToken)
    {
        if (part is null)
        {
            return;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxCharactersInPart,
            IgnoreWhitespace = true,
            IgnoreComments = true,
        };
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, settings);
        var nodes = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.Depth > limits.MaxNestingDepth)
                {
                    throw LimitExceeded(nameof(ReaderLimits.MaxNestingDepth), limits.MaxNestingDepth, $"> {limits.MaxNestingDepth}");
                }

                if (++nodes % 4096 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }
        catch (XmlException ex) when (ex.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal))
        {
            throw LimitExceeded(nameof(ReaderLimits.MaxCharactersInPart), limits.MaxCharactersInPart, $"> {limits.MaxCharactersInPart}", ex);
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
