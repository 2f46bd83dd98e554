using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Html;

/// <summary>
/// A parsed page and what the reader knows about it: the exact source text, line map, which
/// elements are dropped (invisible or portal chrome), per-element text statistics and document
/// order. Built once per read; not shared between threads.
/// </summary>
internal sealed class HtmlPage
{
    private static readonly HashSet<string> HardDropTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "nav", "select", "button",
        "textarea", "input", "option", "object", "embed", "applet", "svg", "math", "canvas", "audio", "video",
        "map", "head", "title", "meta", "link", "base", "xml",
    };

    private static readonly HashSet<string> SoftDropTags = new(StringComparer.Ordinal) { "header", "footer", "form", "aside" };

    private static readonly HashSet<string> ChromeTokens = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "menus", "mainmenu", "footer", "foot", "bottom", "breadcrumb", "breadcrumbs",
        "crumb", "crumbs", "share", "bdshare", "sidebar", "copyright", "friendlink", "friendlinks", "header",
    };

    private readonly HashSet<IElement> _hardDropped = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _softDropped = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, ElementStats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, (int Order, int End)> _order = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _ordered = [];
    private readonly Dictionary<IElement, bool> _hidden = new(ReferenceEqualityComparer.Instance);
    private int _nodeCounter;

    private readonly IReadOnlyDictionary<IElement, int> _positions;

    private HtmlPage(IHtmlDocument document, IReadOnlyDictionary<IElement, int> positions, string source, ReaderLimits limits, CancellationToken cancellationToken)
    {
        Document = document;
        _positions = positions;
        Source = source;
        Lines = new LineMap(source);
        Limits = limits;
        Token = cancellationToken;
        Body = document.Body ?? document.DocumentElement;
        IsWordExport = DetectWordExport(document);
    }

    /// <summary>The parsed document.</summary>
    public IHtmlDocument Document { get; }

    /// <summary>The exact decoded text the parser read (source indexes refer to it).</summary>
    public string Source { get; }

    /// <summary>Line starts of <see cref="Source"/>.</summary>
    public LineMap Lines { get; }

    /// <summary>The limits of this read.</summary>
    public ReaderLimits Limits { get; }

    /// <summary>The cancellation token of this read.</summary>
    public CancellationToken Token { get; }

    /// <summary>The body (or the root element when there is none).</summary>
    public IElement Body { get; }

    /// <summary>True for a page saved by Microsoft Word ("Save as Web Page"): no portal chrome.</summary>
    public bool IsWordExport { get; }

    /// <summary>Body elements that are not hard-dropped, in document order.</summary>
    public IReadOnlyList<IElement> Ordered => _ordered;

    /// <summary>Analyses a parsed document.</summary>
    public static HtmlPage Create(IHtmlDocument document, IReadOnlyDictionary<IElement, int> positions, string source, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var page = new HtmlPage(document, positions, source, limits, cancellationToken);
        page.Analyse();
        return page;
    }

    /// <summary>True when the element and its content are not part of the page's text.</summary>
    public bool IsDropped(IElement element) => _hardDropped.Contains(element) || _softDropped.Contains(element);

    /// <summary>True when the element or one of its ancestors is dropped.</summary>
    public bool IsInDropped(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (IsDropped(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the element is invisible or never content (script, nav, …).</summary>
    public bool IsHardDropped(IElement element) => _hardDropped.Contains(element);

    /// <summary>Text statistics of a kept body element (zero for anything else).</summary>
    public ElementStats StatsOf(IElement element) => _stats.TryGetValue(element, out var s) ? s : ElementStats.Zero;

    /// <summary>Document-order position of an element and of its last descendant (-1 when unknown).</summary>
    public (int Order, int End) OrderOf(IElement element) => _order.TryGetValue(element, out var o) ? o : (-1, -1);

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="element"/> or contains it.</summary>
    public bool Contains(IElement ancestor, IElement element)
    {
        var (a, aEnd) = OrderOf(ancestor);
        var (e, _) = OrderOf(element);
        if (a >= 0 && e >= 0)
        {
            return e >= a && e <= aEnd;
        }

        for (var x = element; x is not null; x = x.ParentElement)
        {
            if (ReferenceEquals(x, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The element's character index in <see cref="Source"/> (an implied element takes its nearest located ancestor's).</summary>
    public int IndexOf(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (_positions.TryGetValue(e, out var index))
            {
                return index;
            }
        }

        return 0;
    }

    /// <summary>The line/column location of a character index.</summary>
    public SourceLocation LocationAt(int index)
    {
        var (line, column) = Lines.Locate(index);
        return SourceLocation.AtLine(line, column);
    }

    /// <summary>The line/column location where an element's start tag is.</summary>
    public SourceLocation LocationOf(IElement element) => LocationAt(IndexOf(element));

    /// <summary>
    /// The index just past the start tag at <paramref name="index"/> (quotes respected) and any
    /// blank after it: where the text following a &lt;br&gt; or &lt;img&gt; begins.
    /// </summary>
    public int IndexAfterTag(int index) => SkipBlank(EndOfTag(index));

    /// <summary>The index just past the start tag at <paramref name="index"/> (quotes respected).</summary>
    public int EndOfTag(int index)
    {
        var s = Source;
        if (index < 0 || index >= s.Length || s[index] != '<')
        {
            return index;
        }

        var quote = '\0';
        var i = index + 1;
        for (; i < s.Length; i++)
        {
            var ch = s[i];
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    quote = '\0';
                }
            }
            else if (ch is '"' or '\'')
            {
                quote = ch;
            }
            else if (ch == '>')
            {
                i++;
                break;
            }
        }

        return i;
    }

    /// <summary>Skips whitespace and blank character references (&amp;nbsp; and kin) from <paramref name="index"/>.</summary>
    public int SkipBlank(int index)
    {
        var s = Source;
        while (index < s.Length)
        {
            if (char.IsWhiteSpace(s[index]))
            {
                index++;
                continue;
            }

            var skipped = false;
            if (s[index] == '&')
            {
                foreach (var entity in BlankEntities)
                {
                    if (string.Compare(s, index, entity, 0, entity.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        index += entity.Length;
                        skipped = true;
                        break;
                    }
                }
            }

            if (!skipped)
            {
                break;
            }
        }

        return index;
    }

    private static readonly string[] BlankEntities = ["&nbsp;", "&#160;", "&#xa0;", "&ensp;", "&emsp;", "&thinsp;", "&#12288;", "&#x3000;"];

    /// <summary>Throws when the read was cancelled (checked cheaply every few nodes).</summary>
    public void CheckCancellation()
    {
        if ((++_nodeCounter & 63) == 0)
        {
            Token.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The visible text of an element, whitespace collapsed; &lt;br&gt; and block boundaries count as line breaks.</summary>
    /// <param name="element">The element.</param>
    /// <param name="skipSoftDropped">Leave out portal chrome (header, footer, share bars…).</param>
    /// <param name="limit">Stop once more than this many visible characters are gathered (the result is then longer than the limit but incomplete).</param>
    public string VisibleText(IElement element, bool skipSoftDropped = true, int limit = int.MaxValue)
    {
        var sb = new StringBuilder();
        var visible = 0;
        AppendVisible(element);
        return TextRules.Collapse(sb.ToString());

        bool AppendVisible(IElement e)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var node in e.ChildNodes)
            {
                if (node is IText text)
                {
                    sb.Append(text.Data);
                    visible += TextRules.VisibleLength(text.Data);
                    if (visible > limit)
                    {
                        return true;
                    }
                }
                else if (node is IElement child && !_hardDropped.Contains(child) && !(skipSoftDropped && _softDropped.Contains(child)) && !IsHidden(child))
                {
                    var block = HtmlTags.IsBlock(child.LocalName);
                    if (block || child.LocalName == "br")
                    {
                        sb.Append('\n');
                    }

                    if (AppendVisible(child))
                    {
                        return true;
                    }

                    if (block)
                    {
                        sb.Append('\n');
                    }
                }
            }

            return false;
        }
    }

    /// <summary>The first visible characters of an element (up to <paramref name="max"/> non-whitespace ones).</summary>
    public string LeadingText(IElement element, int max)
    {
        var sb = new StringBuilder();
        var count = 0;
        Lead(element);
        return TextRules.Collapse(sb.ToString());

        bool Lead(IElement e)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            foreach (var node in e.ChildNodes)
            {
                if (node is IText text)
                {
                    sb.Append(text.Data);
                    count += TextRules.VisibleLength(text.Data);
                    if (count >= max)
                    {
                        return true;
                    }
                }
                else if (node is IElement child && !IsDropped(child) && Lead(child))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private void Analyse()
    {
        // Pass 1: hard drops, document order, depth check.
        Measure(Body, DepthOf(Body), inLink: false, recordOrder: true);

        // Portal chrome by tag or class/id, unless it holds much of the page's text or its headings.
        if (!IsWordExport)
        {
            var body = StatsOf(Body);
            foreach (var e in _ordered)
            {
                if (ReferenceEquals(e, Body) || !IsSoftChromeCandidate(e) || HasDroppedAncestor(e))
                {
                    continue;
                }

                var s = StatsOf(e);
                if (s.Headings == 0 && s.Text <= 0.4 * body.Text)
                {
                    _softDropped.Add(e);
                }
            }
        }

        // Pass 2: statistics without the soft-dropped chrome.
        if (_softDropped.Count > 0)
        {
            _stats.Clear();
            Measure(Body, DepthOf(Body), inLink: false, recordOrder: false);
        }
    }

    private bool HasDroppedAncestor(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (_softDropped.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    private ElementStats Measure(IElement element, int depth, bool inLink, bool recordOrder)
    {
        Token.ThrowIfCancellationRequested();
        if (depth > Limits.MaxNestingDepth)
        {
            throw Failures.TooDeep(Limits.MaxNestingDepth, depth);
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        var order = _ordered.Count;
        if (recordOrder)
        {
            _ordered.Add(element);
        }

        var link = HtmlTags.IsNavigationLink(element);
        var linkContext = inLink || link;
        double text = 0, linkText = 0;
        var links = link ? 1 : 0;
        var headings = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t)
            {
                var score = TextRules.Score(t.Data);
                if (linkContext)
                {
                    linkText += score;
                }
                else
                {
                    text += score;
                }
            }
            else if (node is IElement child)
            {
                if (recordOrder && IsHidden(child))
                {
                    _hardDropped.Add(child);
                }

                if (IsDropped(child))
                {
                    continue;
                }

                var c = Measure(child, depth + 1, linkContext, recordOrder);
                text += c.Text;
                linkText += c.LinkText;
                links += c.Links;
                headings += c.Headings;
            }
        }

        if (IsHeadingCandidate(element) && TextRules.StartsWithTopOrdinal(LeadingText(element, 8)))
        {
            headings++;
        }

        if (recordOrder)
        {
            _order[element] = (order, _ordered.Count - 1);
        }

        var stats = new ElementStats(text, linkText, links, headings);
        _stats[element] = stats;
        return stats;
    }

    private static bool IsHeadingCandidate(IElement element)
    {
        var name = element.LocalName;
        if (name is "p" or "li" or "dt" or "dd" || HtmlTags.HeadingLevel(name) is not null)
        {
            return true;
        }

        if (name != "div")
        {
            return false;
        }

        foreach (var child in element.Children)
        {
            if (HtmlTags.IsBlock(child.LocalName))
            {
                return false;
            }
        }

        return true;
    }

    private static int DepthOf(IElement element)
    {
        var n = 0;
        for (var e = element; e is not null; e = e.ParentElement)
        {
            n++;
        }

        return n;
    }

    // An element's style is parsed once per page, however often its text is gathered.
    private bool IsHidden(IElement element)
    {
        if (!_hidden.TryGetValue(element, out var hidden))
        {
            _hidden[element] = hidden = IsHiddenOrNeverContent(element);
        }

        return hidden;
    }

    private static bool IsHiddenOrNeverContent(IElement element)
    {
        if (HardDropTags.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var display = HtmlTags.StyleValue(element, "display");
        if (display == "none")
        {
            return true;
        }

        var visibility = HtmlTags.StyleValue(element, "visibility");
        return visibility == "hidden" || HtmlTags.StyleValue(element, "mso-hide") == "all";
    }

    private static bool IsSoftChromeCandidate(IElement element)
    {
        var name = element.LocalName;
        if (SoftDropTags.Contains(name))
        {
            // An article's own header holds its title and date, not site chrome.
            return name != "header" || !HasAncestor(element, "article", "main", "section");
        }

        return HasChromeToken(element.GetAttribute("class")) || HasChromeToken(element.GetAttribute("id"));
    }

    private static bool HasAncestor(IElement element, params ReadOnlySpan<string> names)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            foreach (var n in names)
            {
                if (e.LocalName == n)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasChromeToken(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var token in value.Split([' ', '\t', '\n', '\r', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            var t = token.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9').ToLowerInvariant();
            if (ChromeTokens.Contains(t) || t.StartsWith("bdshare", StringComparison.Ordinal) || t.StartsWith("breadcrumb", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DetectWordExport(IHtmlDocument document)
    {
        var root = document.DocumentElement;
        if (root is null)
        {
            return false;
        }

        foreach (var attribute in root.Attributes)
        {
            if (attribute.Value.StartsWith("urn:schemas-microsoft-com:office:", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("name");
            var content = meta.GetAttribute("content") ?? string.Empty;
            if ((string.Equals(name, "Generator", StringComparison.OrdinalIgnoreCase) && content.StartsWith("Microsoft Word", StringComparison.OrdinalIgnoreCase))
                || (string.Equals(name, "ProgId", StringComparison.OrdinalIgnoreCase) && content.StartsWith("Word.Document", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Text statistics of an element's visible subtree.</summary>
/// <param name="Text">Score of text outside navigation links (<see cref="TextRules.Score"/>).</param>
/// <param name="LinkText">Score of text inside navigation links (attachment links are not navigation).</param>
/// <param name="Links">Number of navigation links.</param>
/// <param name="Headings">Paragraph-like elements starting with a top-level Chinese ordinal ("一、").</param>
internal readonly record struct ElementStats(double Text, double LinkText, int Links, int Headings)
{
    /// <summary>No text.</summary>
    public static ElementStats Zero => default;
}
