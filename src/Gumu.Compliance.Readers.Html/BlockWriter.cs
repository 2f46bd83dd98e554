using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Html;

/// <summary>
/// Walks content in reading order and writes blocks: inline content is gathered into a paragraph
/// until a block boundary or &lt;br&gt;; tables become <see cref="TableBlock"/>s or, when they only
/// lay out the page, are walked through; images and attachment links become their own blocks.
/// </summary>
internal sealed class BlockWriter
{
    private readonly HtmlPage _page;
    private readonly TableReader _tables;
    private readonly bool _portal;
    private readonly HashSet<IElement> _skip;
    private readonly List<Block> _blocks = [];
    private readonly List<int> _nonLinkLengths = [];
    private readonly HashSet<IElement> _emittedAttachments = new(ReferenceEqualityComparer.Instance);

    // The paragraph being gathered.
    private readonly StringBuilder _label = new();
    private readonly StringBuilder _text = new();
    private readonly List<AttachmentBlock> _attachments = [];
    private bool _started;
    private int _anchor;
    private int? _pendingAnchor;
    private int? _heading;
    private int _boldChars;
    private int _plainChars;
    private int _nonLinkChars;
    private int _nonAttachmentChars;
    private int _preCursor;

    /// <summary>Creates a writer.</summary>
    /// <param name="page">The page.</param>
    /// <param name="tables">Numbers and resolves data tables.</param>
    /// <param name="portal">Apply portal filters (chrome lines, link lists).</param>
    /// <param name="skip">Elements (title, metadata line) whose content is not body.</param>
    public BlockWriter(HtmlPage page, TableReader tables, bool portal, IEnumerable<IElement> skip)
    {
        _page = page;
        _tables = tables;
        _portal = portal;
        _skip = new HashSet<IElement>(skip, ReferenceEqualityComparer.Instance);
    }

    /// <summary>The blocks written so far.</summary>
    public List<Block> Blocks => _blocks;

    /// <summary>For each paragraph written, the visible characters outside links.</summary>
    public IReadOnlyList<int> ParagraphNonLinkLengths => _nonLinkLengths;

    /// <summary>Writes the content of <paramref name="container"/>.</summary>
    public void Write(IElement container)
    {
        var context = new Context(Bold: HtmlTags.IsBold(container, inherited: false), Heading: HtmlTags.HeadingLevel(container.LocalName), InLink: false, InAttachment: false, InLabel: false, BlockIndex: _page.IndexOf(container));
        _pendingAnchor = _page.IndexOf(container);
        WalkChildren(container, context);
        Flush();
    }

    /// <summary>Writes attachment links found in <paramref name="scope"/> (outside the content container).</summary>
    public void WriteAttachmentsIn(IElement scope)
    {
        foreach (var a in scope.QuerySelectorAll("a[href]"))
        {
            _page.CheckCancellation();
            if (!HtmlTags.IsAttachmentLink(a) || _emittedAttachments.Contains(a) || IsInsideDropped(a, scope))
            {
                continue;
            }

            _emittedAttachments.Add(a);
            _blocks.Add(CreateAttachment(a, _page.VisibleText(a)));
        }
    }

    private bool IsInsideDropped(IElement element, IElement scope)
    {
        for (var e = element; e is not null && !ReferenceEquals(e, scope.ParentElement); e = e.ParentElement)
        {
            if (_page.IsDropped(e) || _skip.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    private void WalkChildren(IElement element, Context context)
    {
        foreach (var node in element.ChildNodes)
        {
            Walk(node, context);
        }
    }

    private void Walk(INode node, Context context)
    {
        _page.CheckCancellation();
        if (node is IText text)
        {
            Append(text.Data, context);
            return;
        }

        if (node is not IElement element || _page.IsDropped(element) || _skip.Contains(element))
        {
            return;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        var name = element.LocalName;
        switch (name)
        {
            case "br":
                Flush();
                _pendingAnchor = _page.IndexAfterTag(_page.IndexOf(element));
                return;
            case "img":
                WriteImage(element, context);
                return;
            case "table" when element is IHtmlTableElement table:
                WriteTable(table, context);
                return;
            case "hr":
                Flush();
                _pendingAnchor = null;
                return;
        }

        var inner = context with { Bold = HtmlTags.IsBold(element, context.Bold) };
        if (HtmlTags.HeadingLevel(name) is int level)
        {
            inner = inner with { Heading = level };
        }

        AttachmentBlock? attachment = null;
        if (name == "a" && element.GetAttribute("href") is { } href)
        {
            if (HtmlTags.IsAttachmentHref(href))
            {
                inner = inner with { InAttachment = true, ImageLink = HtmlTags.IsImageHref(href) };
                attachment = CreateAttachment(element, string.Empty);
            }
            else
            {
                inner = inner with { InLink = true };
            }
        }
        else if (HtmlTags.IsMsoListLabel(element))
        {
            inner = inner with { InLabel = true };
        }

        if (HtmlTags.IsBlock(name))
        {
            if (_portal && IsLinkList(element))
            {
                return;
            }

            Flush();
            var index = _page.IndexOf(element);
            _pendingAnchor = index;
            inner = inner with { BlockIndex = index };
            if (name is "pre" or "listing" or "xmp" or "plaintext")
            {
                inner = inner with { InPre = true };
                _preCursor = PreContentStart(index);
            }

            WalkChildren(element, inner);
            Flush();
            _pendingAnchor = null;
            return;
        }

        if (!_started && _pendingAnchor is null)
        {
            _pendingAnchor = _page.IndexOf(element);
        }

        WalkChildren(element, inner);
        if (attachment is not null && _emittedAttachments.Add(element))
        {
            var linkText = _page.VisibleText(element);
            _attachments.Add(attachment with { Text = linkText.Length > 0 ? linkText : FileName(attachment.Target) });
        }
    }

    private void Append(string data, Context context)
    {
        if (!context.InPre || !data.Contains('\n', StringComparison.Ordinal))
        {
            AppendRun(data, context);
            return;
        }

        // Preformatted text: each source line is a paragraph, located where the line starts.
        var lines = data.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                Flush();
                var newline = _page.Source.IndexOf('\n', Math.Min(_preCursor, _page.Source.Length));
                if (newline >= 0)
                {
                    _preCursor = newline + 1;
                    _pendingAnchor = _page.SkipBlank(_preCursor);
                }
                else
                {
                    _pendingAnchor = null;
                }
            }

            AppendRun(lines[i], context);
        }
    }

    /// <summary>Where a &lt;pre&gt;'s text starts in the source (the parser drops one newline right after the tag).</summary>
    private int PreContentStart(int tagIndex)
    {
        var s = _page.Source;
        var i = _page.EndOfTag(tagIndex);
        if (i < s.Length && s[i] == '\r')
        {
            i++;
        }

        if (i < s.Length && s[i] == '\n')
        {
            i++;
        }

        return i;
    }

    private void AppendRun(string data, Context context)
    {
        var visible = TextRules.VisibleLength(data);
        if (!_started)
        {
            if (visible == 0)
            {
                return;
            }

            _started = true;
            _anchor = _pendingAnchor ?? context.BlockIndex;
            _pendingAnchor = null;
            _heading = context.Heading;
        }

        // Raw text, white space not yet collapsed: the limit is met no later than the paragraph's text would meet it.
        if ((long)_label.Length + _text.Length + data.Length > _page.Limits.MaxParagraphCharacters)
        {
            throw Failures.Over(nameof(ReaderLimits.MaxParagraphCharacters), _page.Limits.MaxParagraphCharacters, "A paragraph is longer than the limit.");
        }

        (context.InLabel ? _label : _text).Append(data);
        if (context.Bold)
        {
            _boldChars += visible;
        }
        else
        {
            _plainChars += visible;
        }

        if (!context.InAttachment)
        {
            _nonAttachmentChars += visible;
            if (!context.InLink)
            {
                _nonLinkChars += visible;
            }
        }
    }

    private void Flush()
    {
        if (_started)
        {
            var label = TextRules.Collapse(_label.ToString());
            var body = TextRules.Collapse(_text.ToString());
            var text = label.Length == 0 ? body : label + body;
            var onlyAttachmentLinks = _nonAttachmentChars == 0 && _attachments.Count > 0;
            if (text.Length > 0 && !onlyAttachmentLinks && !(_portal && TextRules.IsChromeLine(text)))
            {
                _blocks.Add(new ParagraphBlock
                {
                    Text = text,
                    HeadingLevel = _heading,
                    IsBold = _plainChars == 0 && _boldChars > 0,
                    ListLabel = label.Length > 0 ? label : null,
                    Location = _page.LocationAt(_anchor),
                });
                _nonLinkLengths.Add(_nonLinkChars);
            }
        }

        _blocks.AddRange(_attachments);
        _attachments.Clear();
        _label.Clear();
        _text.Clear();
        _started = false;
        _heading = null;
        _boldChars = _plainChars = _nonLinkChars = _nonAttachmentChars = 0;
    }

    private void WriteImage(IElement image, Context context)
    {
        // Icons inside a link to a document are decoration; a linked picture is content.
        var tiny = HtmlTags.IntAttribute(image, "width") is <= 32 && HtmlTags.IntAttribute(image, "height") is <= 32;
        if ((context.InAttachment && !context.ImageLink) || tiny)
        {
            return;
        }

        Flush();
        var alt = image.GetAttribute("alt");
        var title = image.GetAttribute("title");
        var description = TextRules.Collapse(string.IsNullOrWhiteSpace(alt) ? title ?? string.Empty : alt);
        var index = _page.IndexOf(image);
        _blocks.Add(new ImageBlock
        {
            AltText = description.Length > 0 ? description : null,
            Source = image.GetAttribute("src"),
            Location = _page.LocationAt(index),
        });
        _pendingAnchor = _page.IndexAfterTag(index);
    }

    private void WriteTable(IHtmlTableElement table, Context context)
    {
        Flush();
        if (_tables.IsLayout(table, _skip))
        {
            // Page layout: its cells are just containers of paragraphs (and of any data table).
            if (_portal && IsLinkList(table))
            {
                return;
            }

            WalkChildren(table, context with { BlockIndex = _page.IndexOf(table) });
            Flush();
        }
        else
        {
            if (table.Caption is { } caption && !_page.IsDropped(caption))
            {
                _pendingAnchor = _page.IndexOf(caption);
                WalkChildren(caption, context with { BlockIndex = _page.IndexOf(caption), Bold = HtmlTags.IsBold(caption, context.Bold) });
                Flush();
            }

            _blocks.Add(_tables.Read(table));
        }

        _pendingAnchor = null;
    }

    /// <summary>A block of mostly navigation links (related articles, menus) in a portal page.</summary>
    private bool IsLinkList(IElement element)
    {
        var s = _page.StatsOf(element);
        return s.Links >= 3 && s.LinkText >= 10 && s.LinkText > 1.5 * s.Text && s.Headings == 0;
    }

    private AttachmentBlock CreateAttachment(IElement link, string text)
    {
        var target = link.GetAttribute("href") ?? string.Empty;
        return new AttachmentBlock
        {
            Text = text.Length > 0 ? text : FileName(target),
            Target = target,
            Location = _page.LocationOf(link),
        };
    }

    private static string FileName(string target)
    {
        var path = target.AsSpan().Trim();
        var cut = path.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            path = path[..cut];
        }

        var slash = path.LastIndexOfAny('/', '\\');
        return path[(slash + 1)..].ToString();
    }

    private readonly record struct Context(bool Bold, int? Heading, bool InLink, bool InAttachment, bool InLabel, int BlockIndex)
    {
        /// <summary>Inside a link to an image file.</summary>
        public bool ImageLink { get; init; }

        /// <summary>Inside preformatted text, where line breaks are kept.</summary>
        public bool InPre { get; init; }
    }
}
