using System.Globalization;
using AngleSharp.Dom;

namespace Gumu.Compliance.Readers.Html;

/// <summary>What the reader needs to know about element names, attributes and inline styles.</summary>
internal static class HtmlTags
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "html", "body", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
        "pre", "section", "article", "main", "aside", "header", "footer", "center", "address", "figure", "figcaption",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "hr", "form", "fieldset", "legend", "details",
        "summary", "menu", "dir", "noframes", "listing", "xmp", "plaintext", "hgroup",
    };

    private static readonly string[] AttachmentExtensions =
        [".xls", ".xlsx", ".et", ".doc", ".docx", ".wps", ".pdf", ".zip", ".rar", ".jpg", ".jpeg", ".png", ".gif"];

    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif"];

    /// <summary>True for elements that start a new line (paragraph boundary).</summary>
    public static bool IsBlock(string localName) => BlockTags.Contains(localName);

    /// <summary>1–6 for h1–h6.</summary>
    public static int? HeadingLevel(string localName) =>
        localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6' ? localName[1] - '0' : null;

    /// <summary>True when an href points at an attached file (query string and fragment ignored).</summary>
    public static bool IsAttachmentHref(string? href) => EndsWithAny(href, AttachmentExtensions);

    /// <summary>True when an href points at an image file.</summary>
    public static bool IsImageHref(string? href) => EndsWithAny(href, ImageExtensions);

    /// <summary>True for an &lt;a href&gt; that is not an attachment link (navigation, chrome, cross-reference).</summary>
    public static bool IsNavigationLink(IElement element) =>
        element.LocalName == "a" && element.GetAttribute("href") is { } href && !IsAttachmentHref(href);

    /// <summary>True for an &lt;a href&gt; to an attached file.</summary>
    public static bool IsAttachmentLink(IElement element) =>
        element.LocalName == "a" && IsAttachmentHref(element.GetAttribute("href"));

    /// <summary>The value of one inline style property, lower-cased, without !important; null when absent.</summary>
    public static string? StyleValue(IElement element, string property)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return null;
        }

        // Spans, not Split: this runs several times per element, and Word pages give every
        // element a long style attribute.
        var declarations = style.AsSpan();
        string? value = null;
        foreach (var range in declarations.Split(';'))
        {
            var declaration = declarations[range];
            var colon = declaration.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            if (declaration[..colon].Trim().Equals(property, StringComparison.OrdinalIgnoreCase))
            {
                var v = declaration[(colon + 1)..].Trim();
                var important = v.IndexOf("!important", StringComparison.OrdinalIgnoreCase);
                if (important >= 0)
                {
                    v = v[..important].Trim();
                }

                value = v.ToString().ToLowerInvariant();
            }
        }

        return value;
    }

    /// <summary>
    /// Whether text inside <paramref name="element"/> is bold, given whether its parent's is: an
    /// inline font-weight wins, then &lt;b&gt;/&lt;strong&gt;/&lt;th&gt;/&lt;h1–6&gt;, else inherited.
    /// (<c>mso-bidi-font-weight</c> is not font-weight.)
    /// </summary>
    public static bool IsBold(IElement element, bool inherited)
    {
        var weight = StyleValue(element, "font-weight");
        if (weight is not null)
        {
            if (weight is "bold" or "bolder")
            {
                return true;
            }

            if (weight is "normal" or "lighter")
            {
                return false;
            }

            if (int.TryParse(weight, NumberStyles.Integer, CultureInfo.InvariantCulture, out var numeric))
            {
                return numeric >= 600;
            }
        }

        return element.LocalName is "b" or "strong" or "th" || HeadingLevel(element.LocalName) is not null || inherited;
    }

    /// <summary>True for Word's list-number span (<c>style='mso-list:Ignore'</c>) that carries a rendered list label.</summary>
    public static bool IsMsoListLabel(IElement element) =>
        element.LocalName == "span" && StyleValue(element, "mso-list") == "ignore";

    /// <summary>A positive integer attribute (width/height/rowspan…), or null.</summary>
    public static int? IntAttribute(IElement element, string name)
    {
        var value = element.GetAttribute(name);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var span = value.AsSpan().Trim();
        var digits = 0;
        while (digits < span.Length && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        return digits > 0 && int.TryParse(span[..Math.Min(digits, 9)], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static bool EndsWithAny(string? href, string[] extensions)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return false;
        }

        var path = href.AsSpan().Trim();
        var cut = path.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            path = path[..cut];
        }

        foreach (var extension in extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
