using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Readers.Html;

/// <summary>A title found on the page.</summary>
/// <param name="Text">The title text.</param>
/// <param name="Element">The element holding it in the body (null for &lt;title&gt;).</param>
/// <param name="Location">Where it is.</param>
internal sealed record TitleInfo(string Text, IElement? Element, SourceLocation Location);

/// <summary>
/// Finds, in a portal page, the element that holds the report (the content container), the
/// report's title and the portal's metadata line.
/// </summary>
internal static partial class ContentLocator
{
    /// <summary>Share of the text a child must hold for the search to descend into it.</summary>
    private const double DescendShare = 0.7;

    /// <summary>Elements that hold blocks; the search never descends into a paragraph, list or heading.</summary>
    private static readonly HashSet<string> ContainerTags = new(StringComparer.Ordinal)
    {
        "div", "section", "article", "main", "td", "th", "center", "form", "font", "span", "header", "footer", "aside",
    };

    private static readonly HashSet<IElement> EmptySet = [];

    /// <summary>Elements that make a block content rather than a metadata line.</summary>
    private const string EmbeddedContent = "img, table, iframe, object, embed, video";

    /// <summary>Longest plausible title.</summary>
    private const int MaxTitleLength = 150;

    /// <summary>How far (in elements) into the container a title may sit.</summary>
    private const int MaxTitleDepthInContainer = 15;

    /// <summary>
    /// The content container: starting at the body, descend into the child (cells of a layout table
    /// count as children of the table's parent) that holds at least 70% of the current element's
    /// running text (text outside navigation links, Han characters weighted), all of its
    /// "一、"-style headings and all of its data tables; stop when no child does. The table guard
    /// keeps a statistics table that sits in a sibling of the narrative (Word sections) inside.
    /// </summary>
    public static IElement FindContainer(HtmlPage page, TableReader tables)
    {
        var dataTables = DataTableOrders(page, tables);
        var current = page.Body;
        while (true)
        {
            page.Token.ThrowIfCancellationRequested();
            var stats = page.StatsOf(current);
            if (stats.Text <= 0)
            {
                return current;
            }

            IElement? best = null;
            var bestScore = -1.0;
            foreach (var candidate in Children(page, tables, current))
            {
                var score = page.StatsOf(candidate).Text;
                if (score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }

            if (best is null
                || bestScore < DescendShare * stats.Text
                || page.StatsOf(best).Headings != stats.Headings
                || CountWithin(page, dataTables, best) != CountWithin(page, dataTables, current))
            {
                return current;
            }

            current = best;
        }
    }

    /// <summary>Document-order positions of the data tables with some text (sorted).</summary>
    private static List<int> DataTableOrders(HtmlPage page, TableReader tables)
    {
        var orders = new List<int>();
        foreach (var element in page.Ordered)
        {
            if (element is IHtmlTableElement table && !page.IsInDropped(table) && table.Rows.Length >= 2
                && page.StatsOf(table).Text >= 4 && !tables.IsLayout(table, EmptySet) && !IsMetadataTable(page, table))
            {
                orders.Add(page.OrderOf(table).Order);
            }
        }

        return orders;
    }

    /// <summary>A portal's 索引号/发布机构/发布日期 table describes the page, it is not report content.</summary>
    private static bool IsMetadataTable(HtmlPage page, IHtmlTableElement table)
    {
        var text = page.VisibleText(table, limit: 600);
        return text.Length <= 600 && (text.Contains("索引号", StringComparison.Ordinal)
            || (text.Contains("发布机构", StringComparison.Ordinal) && text.Contains("日期", StringComparison.Ordinal)));
    }

    private static int CountWithin(HtmlPage page, List<int> orders, IElement element)
    {
        var (start, end) = page.OrderOf(element);
        var count = 0;
        foreach (var order in orders)
        {
            if (order >= start && order <= end)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The report title: an explicit title element (h1–h3, class/id containing "title") holding
    /// "报告" nearest the content; else the short line nearest the content holding "年度报告"; else
    /// an explicit title element close before the content; else &lt;title&gt; without the site name.
    /// </summary>
    public static TitleInfo? FindTitle(HtmlPage page, IElement container)
    {
        var (start, end) = page.OrderOf(container);
        (IElement Element, string Text, int Distance)? explicitWithReport = null, explicitOther = null, reportLine = null;

        foreach (var element in page.Ordered)
        {
            var (order, last) = page.OrderOf(element);
            if (order <= start && last >= end)
            {
                continue; // the container or one of its ancestors
            }

            int distance;
            if (order < start)
            {
                distance = start - order;
            }
            else if (order <= end)
            {
                distance = order - start;
                if (distance > MaxTitleDepthInContainer)
                {
                    continue;
                }
            }
            else
            {
                continue; // after the content
            }

            if (page.IsHardDropped(element) || IsInsideLink(element))
            {
                continue;
            }

            if (IsExplicitTitle(element))
            {
                var text = page.VisibleText(element, skipSoftDropped: false, MaxTitleLength);
                if (IsPlausibleTitle(text) && !IsMostlyLinks(page, element))
                {
                    if (text.Contains("报告", StringComparison.Ordinal))
                    {
                        Keep(ref explicitWithReport, element, text, distance);
                    }
                    else if (distance <= 30 && element.LocalName is not ("h2" or "h3") && !StartsWithNumbering(text))
                    {
                        Keep(ref explicitOther, element, text, distance);
                    }
                }
            }

            if (HasOwnTextContaining(element, "报告"))
            {
                var line = ClimbToLine(page, element, container, MaxTitleLength - 50);
                var text = page.VisibleText(line, skipSoftDropped: false, MaxTitleLength);
                if (IsPlausibleTitle(text) && TextRules.WithoutWhitespace(text).Contains("年度报告", StringComparison.Ordinal)
                    && !IsMostlyLinks(page, line) && !IsInsideLink(line))
                {
                    var (lineOrder, _) = page.OrderOf(line);
                    var lineDistance = lineOrder < start ? start - lineOrder : lineOrder - start;
                    Keep(ref reportLine, line, text, lineDistance);
                }
            }
        }

        var chosen = explicitWithReport ?? reportLine ?? explicitOther;
        if (chosen is { } c)
        {
            var element = Innermost(page, c.Element, c.Text);
            return new TitleInfo(c.Text, element, page.LocationOf(element));
        }

        return FromTitleElement(page);
    }

    /// <summary>The &lt;title&gt; element's text without the site name after "-", "_", "|".</summary>
    public static TitleInfo? FromTitleElement(HtmlPage page)
    {
        var titleElement = page.Document.Head?.QuerySelector("title") ?? page.Document.QuerySelector("title");
        if (titleElement is null)
        {
            return null;
        }

        var full = TextRules.Collapse(titleElement.TextContent);
        if (full.Length == 0)
        {
            return null;
        }

        string? best = null;
        foreach (var part in SiteSeparator().Split(full))
        {
            var p = part.Trim();
            if (p.Length == 0)
            {
                continue;
            }

            if (best is null || (p.Contains("报告", StringComparison.Ordinal) && (!best.Contains("报告", StringComparison.Ordinal) || p.Length > best.Length)))
            {
                best = p;
            }
        }

        return new TitleInfo(best ?? full, null, page.LocationOf(titleElement));
    }

    /// <summary>
    /// The portal metadata ("信息来源:… 发布日期:… 作者:…", or a 索引号/发布机构/发布日期 table) and
    /// the element holding it (null when it cannot be separated from the content).
    /// </summary>
    public static (DocumentMetadata Metadata, IElement? Line) FindMetadata(HtmlPage page, IElement container)
    {
        // Lines in dropped chrome (a sidebar's "发布时间:" items) only count when nothing else does.
        return Scan(page, container, includeDropped: false) ?? Scan(page, container, includeDropped: true) ?? (DocumentMetadata.Empty, null);
    }

    private static (DocumentMetadata Metadata, IElement? Line)? Scan(HtmlPage page, IElement container, bool includeDropped)
    {
        (DocumentMetadata, IElement?)? withoutDate = null;
        foreach (var element in page.Ordered)
        {
            if (!includeDropped && page.IsInDropped(element))
            {
                continue;
            }

            foreach (var node in element.ChildNodes)
            {
                if (node is not IText text || !MetaTrigger().IsMatch(text.Data))
                {
                    continue;
                }

                IElement? line;
                string lineText;
                if (page.Contains(element, container))
                {
                    // Loose text directly in the container: read it, but it stays in place.
                    line = null;
                    lineText = TextRules.Collapse(text.Data);
                }
                else
                {
                    if (page.VisibleText(element, skipSoftDropped: false, 300).Length > 300)
                    {
                        continue;
                    }

                    line = ClimbToMetadataLine(page, element, container);
                    lineText = page.VisibleText(line, skipSoftDropped: false);
                    if (line is not IHtmlTableElement && line.QuerySelector(EmbeddedContent) is not null)
                    {
                        line = null; // the line carries content too: read it, leave it in place
                    }
                }

                var metadata = ParseMetadata(page, lineText, element);
                if (metadata.PublicationDate is not null)
                {
                    return (metadata, line);
                }

                if (withoutDate is null && (metadata.Issuer is not null || metadata.Author is not null))
                {
                    withoutDate = (metadata, line);
                }
            }
        }

        return withoutDate;
    }

    /// <summary>Parses the labelled fields of a metadata line.</summary>
    internal static DocumentMetadata ParseMetadata(HtmlPage? page, string line, IElement? dateElement)
    {
        string? issuer = null, author = null;
        DateOnly? date = null;
        string? dateText = null;
        var datePriority = int.MaxValue;

        var matches = TextRules.MetaLabel().Matches(line);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var valueEnd = i + 1 < matches.Count ? matches[i + 1].Index : line.Length;
            var value = line[(m.Index + m.Length)..valueEnd].Trim(ValueTrim);
            var label = m.Groups[1].Value;
            switch (label)
            {
                case "信息来源" or "文章来源" or "稿件来源" or "来源" or "发布机构" or "发布单位" or "发文机关":
                    issuer ??= FirstToken(value);
                    break;
                case "作者":
                    author ??= FirstToken(value);
                    break;
                case "发布日期" or "发布时间" or "日期" or "时间":
                    var priority = label.StartsWith("发布", StringComparison.Ordinal) ? 0 : 1;
                    if (priority < datePriority && TextRules.TryParseLeadingDate(value, out var d, out var raw))
                    {
                        date = d;
                        dateText = raw;
                        datePriority = priority;
                    }

                    break;
            }
        }

        SourceLocation? dateLocation = null;
        if (date is not null && page is not null && dateElement is not null)
        {
            var from = page.IndexOf(dateElement);
            var window = Math.Min(page.Source.Length - from, 4000);
            var at = window > 0 ? page.Source.IndexOf(dateText!, from, window, StringComparison.Ordinal) : -1;
            dateLocation = page.LocationAt(at >= 0 ? at : from);
        }

        return new DocumentMetadata
        {
            PublicationDate = date,
            PublicationDateLocation = dateLocation,
            Issuer = issuer,
            Author = author,
        };
    }

    private static readonly char[] ValueTrim = [' ', '|', '｜', '丨', '/', '[', ']', '【', '】', '(', ')', '（', '）', ':', '：', '·', '-'];

    private static string? FirstToken(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        var token = (space >= 0 ? value[..space] : value).Trim(ValueTrim);
        return token.Length > 0 ? token : null;
    }

    private static IEnumerable<IElement> Children(HtmlPage page, TableReader tables, IElement element)
    {
        foreach (var child in element.Children)
        {
            if (page.IsDropped(child))
            {
                continue;
            }

            if (!ContainerTags.Contains(child.LocalName) && child is not IHtmlTableElement)
            {
                continue;
            }

            if (child is IHtmlTableElement table)
            {
                if (!tables.IsLayout(table, EmptySet))
                {
                    continue; // a data table is content, never a container
                }

                foreach (var row in table.Rows)
                {
                    foreach (var cell in row.Cells)
                    {
                        if (!page.IsDropped(cell))
                        {
                            yield return cell;
                        }
                    }
                }
            }
            else
            {
                yield return child;
            }
        }
    }

    /// <summary>
    /// Climbs from <paramref name="element"/> to the line it belongs to: out of inline elements
    /// (spans splitting a title) and out of wrappers it is the only child of, while the text stays
    /// within <paramref name="maxLength"/> and the climb stays outside the content container.
    /// </summary>
    private static IElement ClimbToLine(HtmlPage page, IElement element, IElement container, int maxLength)
    {
        var line = element;
        while (line.ParentElement is { } parent && CanClimbInto(page, parent, container)
            && (!HtmlTags.IsBlock(line.LocalName) || IsOnlyChild(page, line, parent))
            && page.VisibleText(parent, skipSoftDropped: false, maxLength).Length <= maxLength)
        {
            line = parent;
        }

        return line;
    }

    private static bool CanClimbInto(HtmlPage page, IElement parent, IElement container) =>
        !ReferenceEquals(parent, page.Body) && !page.Contains(parent, container) && !page.IsHardDropped(parent);

    private static bool IsOnlyChild(HtmlPage page, IElement child, IElement parent)
    {
        foreach (var sibling in parent.Children)
        {
            if (!ReferenceEquals(sibling, child) && sibling.LocalName != "br" && !page.IsHardDropped(sibling))
            {
                return false;
            }
        }

        return true;
    }

    private static IElement ClimbToMetadataLine(HtmlPage page, IElement element, IElement container)
    {
        // A 索引号/发布机构/发布日期 table: the whole table is metadata.
        for (var e = element; e is not null && !ReferenceEquals(e, page.Body) && !page.Contains(e, container); e = e.ParentElement)
        {
            if (e is IHtmlTableElement table)
            {
                if (table.QuerySelector("table") is null && page.VisibleText(table, skipSoftDropped: false, 600).Length <= 600)
                {
                    return table;
                }

                break;
            }
        }

        var line = ClimbToLine(page, element, container, 200);

        // Fields split over sibling blocks (<div>来源…</div><div>发布日期…</div>) share a short parent.
        if (line.ParentElement is { } parent && CanClimbInto(page, parent, container) && parent.Children.Length <= 6
            && parent.QuerySelector(EmbeddedContent) is null
            && page.VisibleText(parent, skipSoftDropped: false, 120).Length <= 120)
        {
            line = parent;
        }

        return line;
    }

    private static IElement Innermost(HtmlPage page, IElement element, string text)
    {
        var current = element;
        while (true)
        {
            IElement? only = null;
            var count = 0;
            foreach (var child in current.Children)
            {
                if (page.IsHardDropped(child) || child.LocalName == "br")
                {
                    continue;
                }

                count++;
                only = child;
            }

            if (count != 1 || page.VisibleText(only!, skipSoftDropped: false, text.Length) != text)
            {
                return current;
            }

            current = only!;
        }
    }

    private static void Keep(ref (IElement Element, string Text, int Distance)? slot, IElement element, string text, int distance)
    {
        if (slot is null || distance < slot.Value.Distance)
        {
            slot = (element, text, distance);
        }
    }

    private static bool IsExplicitTitle(IElement element)
    {
        if (element.LocalName is "h1" or "h2" or "h3")
        {
            return true;
        }

        return ContainsTitleWord(element.GetAttribute("class")) || ContainsTitleWord(element.GetAttribute("id"));
    }

    private static bool ContainsTitleWord(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (value.Contains("title", StringComparison.OrdinalIgnoreCase) || value.Contains("biaoti", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Abbreviations portals use: tit, bt (标题), wzbt (文章标题).
        foreach (var token in value.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Equals("tit", StringComparison.OrdinalIgnoreCase) || token.Equals("bt", StringComparison.OrdinalIgnoreCase)
                || token.Equals("wzbt", StringComparison.OrdinalIgnoreCase) || token.Equals("headline", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title is a short line, not a sentence, breadcrumb or chrome.</summary>
    private static bool IsPlausibleTitle(string text) =>
        text.Length is >= 4 and <= MaxTitleLength
        && text.IndexOfAny(SentencePunctuation) < 0
        && !PortalChrome.LooksLikeBreadcrumb(text)
        && !TextRules.IsChromeLine(text);

    private static readonly char[] SentencePunctuation = ['。', '；', '，', ';'];

    private static bool IsMostlyLinks(HtmlPage page, IElement element)
    {
        var s = page.StatsOf(element);
        return s.LinkText > 0 && s.LinkText >= s.Text;
    }

    private static bool IsInsideLink(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "a")
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithNumbering(string text) => NumberingStart().IsMatch(text);

    private static bool HasOwnTextContaining(IElement element, string value)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text && text.Data.Contains(value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*([一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|[0-9]+\s*[、.．])")]
    private static partial Regex NumberingStart();

    [GeneratedRegex(@"\s*(?:\||｜|_|——|--|—|\s-\s|-)\s*")]
    private static partial Regex SiteSeparator();

    [GeneratedRegex("发布日期|发布时间|信息来源|文章来源|来源[:：]|发布机构|作者[:：]|日期[:：]|时间[:：]")]
    private static partial Regex MetaTrigger();
}
