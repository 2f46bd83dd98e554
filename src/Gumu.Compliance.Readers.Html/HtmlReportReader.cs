using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Html;

/// <summary>
/// Reads an annual report published as a web page: a portal article page (GB2312/GBK/GB18030 or
/// UTF-8) or a page saved by Microsoft Word ("Save as Web Page").
/// </summary>
/// <remarks>
/// <para>
/// Decoding: byte-order mark, else the charset of a <c>&lt;meta&gt;</c> in the first 4 KB (GB2312
/// and GBK read as GB18030), else strict UTF-8 with a GB18030 fallback. Locations are lines and
/// columns in the decoded text.
/// </para>
/// <para>
/// Portal chrome (navigation, breadcrumbs, metadata line, font-size switches, share buttons,
/// footers, scripts) is left out: the report's content container is found by where the running
/// text is, the title is taken from the page heading (or <c>&lt;title&gt;</c>) and the
/// "信息来源/发布日期/作者" line becomes <see cref="ReportDocument.Metadata"/>.
/// </para>
/// <para>
/// Stateless and thread-safe: share one instance. Nothing is ever fetched (images, stylesheets,
/// scripts, frames and linked attachments stay unloaded).
/// </para>
/// </remarks>
public sealed class HtmlReportReader : IReportReader
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public ReportDocument Read(Stream content, ReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        cancellationToken.ThrowIfCancellationRequested();

        // The checker hands over the file's bytes in a memory stream: read them where they are.
        ArraySegment<byte> bytes;
        MemoryStream? copy = null;
        if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            bytes = buffer[(int)memory.Position..];
            if (bytes.Count > limits.MaxFileBytes)
            {
                throw Failures.Limit(Failures.FileSize, limits.MaxFileBytes, bytes.Count, $"The file has {bytes.Count} bytes, more than {limits.MaxFileBytes}.");
            }
        }
        else
        {
            copy = ReadBytes(content, limits.MaxFileBytes, cancellationToken);
            bytes = new ArraySegment<byte>(copy.GetBuffer(), 0, (int)copy.Length);
        }

        using var owned = copy;
        try
        {
            return ReadCore(bytes, limits, cancellationToken);
        }
        catch (InsufficientExecutionStackException)
        {
            throw Failures.Limit(
                Failures.NestingDepth,
                limits.MaxNestingDepth,
                limits.MaxNestingDepth,
                "The page is nested too deeply to be walked safely.");
        }
        catch (Exception ex) when (ex is not (ReportReadException or OperationCanceledException or OutOfMemoryException))
        {
            throw Failures.Unreadable(ex.Message, ex);
        }
    }

    private static ReportDocument ReadCore(ReadOnlySpan<byte> bytes, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var decoded = HtmlDecoder.Decode(bytes);
        if (decoded.Text.Length > limits.MaxPageCharacters)
        {
            throw Failures.Limit(
                nameof(ReaderLimits.MaxPageCharacters),
                limits.MaxPageCharacters,
                decoded.Text.Length,
                $"The page has {decoded.Text.Length} characters, more than {limits.MaxPageCharacters}.");
        }

        if (TextRules.IsBlank(decoded.Text))
        {
            throw Failures.Empty("The page is empty.");
        }

        SourceScan.Check(decoded.Text, limits, cancellationToken);
        var (document, positions) = PageParser.Parse(decoded.Text, limits, cancellationToken);
        var page = HtmlPage.Create(document, positions, decoded.Text, limits, cancellationToken);
        return page.IsWordExport ? ReadWordExport(page) : ReadPortalPage(page);
    }

    private static ReportDocument ReadPortalPage(HtmlPage page)
    {
        if (ListingDetector.Detect(page) is int items)
        {
            throw Failures.ListingPage(items);
        }

        // One table reader for the page: a table's cell text and layout test are worked out once.
        var tables = new TableReader(page);
        var container = ContentLocator.FindContainer(page, tables);
        var title = ContentLocator.FindTitle(page, container);
        var (metadata, metadataLine) = ContentLocator.FindMetadata(page, container);

        var skip = new List<AngleSharp.Dom.IElement>();
        if (title?.Element is { } titleElement && page.Contains(container, titleElement))
        {
            skip.Add(titleElement);
        }

        if (metadataLine is not null)
        {
            skip.Add(metadataLine);
        }

        var writer = new BlockWriter(page, tables, portal: true, skip);
        writer.Write(container);
        foreach (var scope in TrailingScopes(page, container))
        {
            writer.WriteAttachmentsIn(scope);
        }

        var blocks = writer.Blocks;
        if (title is not null && blocks.Count > 0 && blocks[0] is ParagraphBlock first && SameText(first.Text, title.Text))
        {
            blocks.RemoveAt(0);
        }

        if (blocks.Count == 0)
        {
            throw Failures.Empty("The page holds no content.");
        }

        return new ReportDocument
        {
            Format = "html",
            Title = title?.Text,
            TitleLocation = title?.Location,
            Metadata = metadata,
            Blocks = blocks,
        };
    }

    /// <summary>A Word page has no chrome: all of the body is the report, its first paragraph the title.</summary>
    private static ReportDocument ReadWordExport(HtmlPage page)
    {
        var writer = new BlockWriter(page, new TableReader(page), portal: false, skip: []);
        writer.Write(page.Body);
        var blocks = writer.Blocks;

        // The first paragraph, unless one of the next two says "报告" (a 附件 line or sender above the title).
        var titleIndex = -1;
        for (var i = 0; i < blocks.Count && i < 3; i++)
        {
            if (blocks[i] is not ParagraphBlock p)
            {
                break;
            }

            if (titleIndex < 0 && p.Text.Length <= 150)
            {
                titleIndex = i;
            }

            if (p.Text.Contains("报告", StringComparison.Ordinal) && p.Text.Length <= 150)
            {
                titleIndex = i;
                break;
            }
        }

        TitleInfo? title = null;
        if (titleIndex >= 0)
        {
            var p = (ParagraphBlock)blocks[titleIndex];
            title = new TitleInfo(p.Text, null, p.Location);
            blocks.RemoveAt(titleIndex);
        }
        else
        {
            title = ContentLocator.FromTitleElement(page);
        }

        if (blocks.Count == 0 && title is null)
        {
            throw Failures.Empty("The page holds no content.");
        }

        return new ReportDocument
        {
            Format = "html",
            Title = title?.Text,
            TitleLocation = title?.Location,
            Blocks = blocks,
        };
    }

    /// <summary>Siblings after the container (and after its parent) in the same article wrapper: where attachment lists sit.</summary>
    private static IEnumerable<AngleSharp.Dom.IElement> TrailingScopes(HtmlPage page, AngleSharp.Dom.IElement container)
    {
        var child = container;
        for (var level = 0; level < 2; level++)
        {
            var parent = child.ParentElement;
            if (parent is null || ReferenceEquals(parent, page.Body) || parent.LocalName is "html" or "body")
            {
                yield break;
            }

            for (var sibling = child.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
            {
                if (!page.IsDropped(sibling))
                {
                    yield return sibling;
                }
            }

            child = parent;
        }
    }

    private static bool SameText(string a, string b) =>
        string.Equals(TextRules.WithoutWhitespace(a), TextRules.WithoutWhitespace(b), StringComparison.Ordinal);

    private static MemoryStream ReadBytes(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            var remaining = content.Length - content.Position;
            if (remaining > maxBytes)
            {
                throw Failures.Limit(Failures.FileSize, maxBytes, remaining, $"The file has {remaining} bytes, more than {maxBytes}.");
            }
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            total += read;
            if (total > maxBytes || total > Array.MaxLength)
            {
                buffer.Dispose();
                throw Failures.Limit(Failures.FileSize, maxBytes, total, $"The file has more than {maxBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer;
    }
}
