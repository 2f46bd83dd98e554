using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// Copies what the reader reads of an untrusted package into a small package of its own, in
/// memory, checking the limits while it copies; the Open XML SDK then only ever sees that copy.
/// </summary>
/// <remarks>
/// <para>
/// Why a copy: opened from a stream for reading, the SDK copies the whole file to a temporary
/// file (to be able to rewrite malformed link targets), which fails where the temporary folder is
/// read-only and leaks the file when the process is killed. Opened from a
/// <see cref="System.IO.Packaging.Package"/> it writes nothing, but then a dangling or malformed
/// relationship fails the whole package. The copy makes both safe: relationships are cleaned on
/// the way (internal targets that are missing are dropped, malformed external ones escaped,
/// altChunk relationships dropped since alternative-format chunks are not read), and the copy
/// holds content only for the parts the reader reads: [Content_Types].xml, the relationship
/// parts, the main document, its styles and numbering, and the core properties. Every other
/// part (pictures, embedded files, headers, themes…) is an empty entry, so relationships to it
/// still resolve but none of its bytes are decompressed or kept.
/// </para>
/// <para>
/// Limits, in the order they bite: <see cref="ReaderLimits.MaxFileBytes"/>, the declared
/// uncompressed size (<see cref="ReaderLimits.MaxDecompressedBytes"/>), then for each part read,
/// while its bytes stream through: the longest run between two tags
/// (<see cref="ReaderLimits.MaxRunCharacters"/>, so neither a giant text run nor a tag with a
/// million attributes ever reaches the XML parser whole), elements
/// (<see cref="ReaderLimits.MaxElements"/>), nesting (<see cref="ReaderLimits.MaxNestingDepth"/>),
/// characters (<see cref="ReaderLimits.MaxCharactersInPart"/>) and the text of one w:p
/// (<see cref="ReaderLimits.MaxParagraphCharacters"/>). The SDK builds its tree only afterwards,
/// from parts known to be within all of them.
/// </para>
/// </remarks>
internal static partial class PackageSnapshot
{
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The small package, positioned at its start.</summary>
    /// <exception cref="ReportReadException">Over a limit (GM0004) or not a readable zip package (GM0001 corrupt-package).</exception>
    public static MemoryStream Create(Stream content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var source = PackageGuard.Seekable(content, limits);
        try
        {
            PackageGuard.CheckSize(source, limits);
            using var zip = PackageGuard.OpenZip(source);
            PackageGuard.CheckDeclaredSize(zip, limits);
            return Copy(zip, limits, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or XmlException or NotSupportedException or ArgumentException)
        {
            throw PackageGuard.CorruptPackage("The DOCX package cannot be read: " + ex.Message, ex);
        }
        finally
        {
            if (!ReferenceEquals(source, content))
            {
                source.Dispose();
            }
        }
    }

    private static MemoryStream Copy(ZipArchive zip, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            parts.TryAdd(PartName(entry.FullName), entry);
        }

        var relationships = new Dictionary<string, List<Relationship>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, entry) in parts)
        {
            if (name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                cancellationToken.ThrowIfCancellationRequested();
                relationships[name] = ReadRelationships(entry, limits, cancellationToken);
            }
        }

        var read = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/[Content_Types].xml" };
        var main = Target("/", relationships, "/officeDocument", parts);
        if (main is not null)
        {
            read.Add(main);
            read.UnionWith(new[] { Target(main, relationships, "/styles", parts), Target(main, relationships, "/numbering", parts) }.OfType<string>());
        }

        if (Target("/", relationships, "/core-properties", parts) is { } core)
        {
            read.Add(core);
        }

        var snapshot = new MemoryStream();
        using (var output = new ZipArchive(snapshot, ZipArchiveMode.Create, leaveOpen: true))
        {
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!written.Add(entry.FullName))
                {
                    continue;
                }

                var name = PartName(entry.FullName);
                var copy = output.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                using var target = copy.Open();
                if (relationships.TryGetValue(name, out var list))
                {
                    WriteRelationships(target, SourceOf(name), list, parts);
                }
                else if (read.Contains(name))
                {
                    CopyPart(entry, target, limits, cancellationToken);
                }
            }
        }

        snapshot.Position = 0;
        return snapshot;
    }

    /// <summary>Copies a part the reader reads, checking it against the limits as it streams through.</summary>
    private static void CopyPart(ZipArchiveEntry entry, Stream target, ReaderLimits limits, CancellationToken cancellationToken)
    {
        using var input = entry.Open();
        using var scan = new MarkupScanStream(input, target, limits.MaxRunCharacters);
        using (var reader = XmlReader.Create(scan, XmlSettings(limits)))
        {
            CheckStructure(reader, limits, cancellationToken);
        }

        // Whatever follows the root element (white space) belongs to the part too.
        scan.CopyRest();
    }

    private static void CheckStructure(XmlReader reader, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var elements = 0;
        var paragraphDepth = -1;
        long paragraphCharacters = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Depth > limits.MaxNestingDepth)
                        {
                            throw PackageGuard.LimitExceeded(nameof(ReaderLimits.MaxNestingDepth), limits.MaxNestingDepth, $"> {limits.MaxNestingDepth}");
                        }

                        if (++elements > limits.MaxElements)
                        {
                            throw PackageGuard.LimitExceeded(nameof(ReaderLimits.MaxElements), limits.MaxElements, $"> {limits.MaxElements}");
                        }

                        if ((elements & 4095) == 0)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                        }

                        if (paragraphDepth < 0 && !reader.IsEmptyElement && reader.LocalName == "p" && reader.NamespaceURI == WordXml.W)
                        {
                            paragraphDepth = reader.Depth;
                            paragraphCharacters = 0;
                        }

                        break;
                    case XmlNodeType.EndElement when reader.Depth == paragraphDepth:
                        paragraphDepth = -1;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace when paragraphDepth >= 0:
                        paragraphCharacters += reader.Value.Length;
                        if (paragraphCharacters > limits.MaxParagraphCharacters)
                        {
                            throw PackageGuard.LimitExceeded(nameof(ReaderLimits.MaxParagraphCharacters), limits.MaxParagraphCharacters, $"> {limits.MaxParagraphCharacters}");
                        }

                        break;
                }
            }
        }
        catch (XmlException ex) when (ex.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal))
        {
            throw PackageGuard.LimitExceeded(nameof(ReaderLimits.MaxCharactersInPart), limits.MaxCharactersInPart, $"> {limits.MaxCharactersInPart}", ex);
        }
    }

    private static XmlReaderSettings XmlSettings(ReaderLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxCharactersInPart,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        CloseInput = false,
    };

    private static List<Relationship> ReadRelationships(ZipArchiveEntry entry, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var list = new List<Relationship>();
        using var input = entry.Open();
        using var scan = new MarkupScanStream(input, null, limits.MaxRunCharacters);
        using var reader = XmlReader.Create(scan, XmlSettings(limits));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth > 1 || list.Count >= limits.MaxElements)
            {
                throw PackageGuard.LimitExceeded(nameof(ReaderLimits.MaxElements), limits.MaxElements, $"> {limits.MaxElements}");
            }

            if (reader.LocalName == "Relationship" && reader.NamespaceURI == PackageRelationships)
            {
                if ((list.Count & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                list.Add(new Relationship(reader.GetAttribute("Id"), reader.GetAttribute("Type"), reader.GetAttribute("Target"), reader.GetAttribute("TargetMode")));
            }
        }

        return list;
    }

    /// <summary>
    /// Writes the relationships the SDK can open: internal targets that exist, external targets
    /// it can parse (others escaped); altChunk relationships are left out.
    /// </summary>
    private static void WriteRelationships(Stream target, string source, List<Relationship> relationships, Dictionary<string, ZipArchiveEntry> parts)
    {
        using var writer = XmlWriter.Create(target, new XmlWriterSettings { CloseOutput = false });
        writer.WriteStartElement("Relationships", PackageRelationships);
        foreach (var relationship in relationships)
        {
            if (relationship.Id is not { Length: > 0 } id || relationship.Type is not { Length: > 0 } type || relationship.Target is not { Length: > 0 } to
                || type.EndsWith("/aFChunk", StringComparison.Ordinal))
            {
                continue;
            }

            var external = string.Equals(relationship.TargetMode, "External", StringComparison.Ordinal);
            if (external)
            {
                to = Uri.TryCreate(to, UriKind.RelativeOrAbsolute, out _) ? to : Uri.EscapeDataString(to);
            }
            else if (Resolve(source, to) is not { } name || !parts.ContainsKey(name))
            {
                continue;
            }

            writer.WriteStartElement("Relationship", PackageRelationships);
            writer.WriteAttributeString("Id", id);
            writer.WriteAttributeString("Type", type);
            writer.WriteAttributeString("Target", to);
            if (external)
            {
                writer.WriteAttributeString("TargetMode", "External");
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>The part an internal relationship of the given type points to, when it exists.</summary>
    private static string? Target(string source, Dictionary<string, List<Relationship>> relationships, string typeSuffix, Dictionary<string, ZipArchiveEntry> parts)
    {
        if (!relationships.TryGetValue(RelationshipsPartOf(source), out var list))
        {
            return null;
        }

        foreach (var relationship in list)
        {
            if (relationship.Type?.EndsWith(typeSuffix, StringComparison.Ordinal) == true
                && !string.Equals(relationship.TargetMode, "External", StringComparison.Ordinal)
                && relationship.Target is { } to && Resolve(SourceFolder(source), to) is { } name && parts.ContainsKey(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>"/word/_rels/document.xml.rels" for "/word/document.xml"; "/_rels/.rels" for the package ("/").</summary>
    private static string RelationshipsPartOf(string source)
    {
        if (source == "/")
        {
            return "/_rels/.rels";
        }

        var slash = source.LastIndexOf('/');
        return source[..(slash + 1)] + "_rels/" + source[(slash + 1)..] + ".rels";
    }

    /// <summary>The folder internal targets of a relationship part are relative to: "/word/" for "/word/_rels/document.xml.rels".</summary>
    private static string SourceOf(string relationshipsPart)
    {
        var folder = relationshipsPart[..(relationshipsPart.LastIndexOf('/') + 1)];
        return folder.EndsWith("/_rels/", StringComparison.OrdinalIgnoreCase) ? folder[..^"_rels/".Length] : folder;
    }

    private static string SourceFolder(string source) => source == "/" ? "/" : source[..(source.LastIndexOf('/') + 1)];

    /// <summary>The part name an internal target resolves to from <paramref name="folder"/>, or null when it is not a relative reference.</summary>
    private static string? Resolve(string folder, string target)
    {
        if (!Uri.TryCreate(target, UriKind.Relative, out _))
        {
            return null;
        }

        var cut = target.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut < 0 ? target : target[..cut]).Replace('\\', '/');
        var segments = new List<string>();
        foreach (var segment in ((path.StartsWith('/') ? string.Empty : folder) + path).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return "/" + string.Join('/', segments);
    }

    /// <summary>The part name of a zip entry: "/" + the unescaped name, without the piece suffix of an interleaved part.</summary>
    private static string PartName(string entryName)
    {
        var name = "/" + Uri.UnescapeDataString(entryName.Replace('\\', '/').TrimStart('/'));
        return PieceSuffix().Replace(name, string.Empty);
    }

    [GeneratedRegex(@"/\[\d+\](\.last)?\.piece$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PieceSuffix();

    private sealed record Relationship(string? Id, string? Type, string? Target, string? TargetMode);
}
