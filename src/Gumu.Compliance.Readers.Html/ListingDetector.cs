using AngleSharp.Dom;

namespace Gumu.Compliance.Readers.Html;

/// <summary>
/// Recognises a portal listing page (a column of report titles with dates) that holds no report:
/// at least <see cref="MinItems"/> link items carrying a date, no attachment link outside them,
/// and less than <see cref="MaxRunningText"/> characters of running text (paragraphs with at
/// least <see cref="MinSentence"/> characters outside links).
/// </summary>
internal static class ListingDetector
{
    /// <summary>Dated link items that make a page a listing candidate.</summary>
    public const int MinItems = 8;

    /// <summary>Running text (visible characters) below which a candidate is a listing.</summary>
    public const int MaxRunningText = 200;

    /// <summary>Characters outside links that make a paragraph running text rather than a list item.</summary>
    public const int MinSentence = 30;

    private const int MaxItemLength = 200;

    /// <summary>Returns the number of dated link items when the page is a listing, else null.</summary>
    public static int? Detect(HtmlPage page)
    {
        var items = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        var looseAttachments = 0;
        foreach (var element in page.Ordered)
        {
            page.CheckCancellation();
            if (element.LocalName != "a" || element.GetAttribute("href") is null || page.IsInDropped(element))
            {
                continue;
            }

            var item = ItemOf(element);
            var itemText = item is null ? string.Empty : page.VisibleText(item, limit: MaxItemLength);
            if (item is not null && itemText.Length <= MaxItemLength && TextRules.ContainsDate(itemText))
            {
                items.Add(item);
            }
            else if (HtmlTags.IsAttachmentLink(element))
            {
                looseAttachments++;
            }
        }

        if (items.Count < MinItems || looseAttachments > 0)
        {
            return null;
        }

        var writer = new BlockWriter(page, new TableReader(page), portal: true, skip: []);
        writer.Write(page.Body);
        var running = 0;
        foreach (var length in writer.ParagraphNonLinkLengths)
        {
            if (length >= MinSentence)
            {
                running += length;
            }
        }

        return running < MaxRunningText ? items.Count : null;
    }

    private static IElement? ItemOf(IElement link)
    {
        for (var e = link; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (e.LocalName is "li" or "tr" or "dd" or "dt" or "p" or "div")
            {
                return e;
            }
        }

        return null;
    }
}
