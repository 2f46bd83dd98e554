using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// The styles part reduced to what the reader needs: paragraph numbering, outline levels, heading
/// names, bold and hidden text, each resolved along the w:basedOn chain.
/// </summary>
internal sealed partial class StyleSheet
{
    /// <summary>Longest w:basedOn chain followed; longer chains and cycles are cut.</summary>
    private const int MaxChain = 32;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly OpenXmlElement? _defaultRunProperties;
    private readonly string? _defaultParagraphStyle;

    private StyleSheet(OpenXmlElement? styles)
    {
        if (styles is null)
        {
            return;
        }

        _defaultRunProperties = styles.Child("docDefaults").Child("rPrDefault").Child("rPr");
        foreach (var element in styles.ChildElements)
        {
            if (!element.Is("style") || element.Attr("styleId") is not { } id)
            {
                continue;
            }

            var style = new Style(
                id,
                element.Attr("type") ?? "paragraph",
                element.Child("name").Val(),
                element.Child("basedOn").Val(),
                element.Child("pPr"),
                element.Child("rPr"));
            _styles.TryAdd(id, style);
            if (style.Type == "paragraph" && element.Attr("default") is "1" or "true" or "on")
            {
                _defaultParagraphStyle ??= id;
            }
        }
    }

    /// <summary>Loads the styles part's root element (w:styles); null gives an empty sheet.</summary>
    public static StyleSheet Load(OpenXmlElement? styles) => new(styles);

    /// <summary>The paragraph's style id, or the document's default paragraph style.</summary>
    public string? ParagraphStyleOf(OpenXmlElement? paragraphProperties) =>
        paragraphProperties.Child("pStyle").Val() ?? _defaultParagraphStyle;

    /// <summary>The first w:numPr/w:numId along the style's chain, with the w:ilvl found beside it.</summary>
    public (int NumId, int? Level)? NumberingOf(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            var numPr = style.ParagraphProperties.Child("numPr");
            if (numPr.Child("numId").IntVal() is int numId)
            {
                return (numId, numPr.Child("ilvl").IntVal());
            }
        }

        return null;
    }

    /// <summary>The first w:outlineLvl along the style's chain.</summary>
    public int? OutlineLevelOf(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.ParagraphProperties.Child("outlineLvl").IntVal() is int level)
            {
                return level;
            }
        }

        return null;
    }

    /// <summary>1–9 when the style's id or name is "heading N" or "标题 N".</summary>
    public int? HeadingLevelFromName(string? styleId)
    {
        if (styleId is null || !_styles.TryGetValue(styleId, out var style))
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string?>)[style.Name, style.Id])
        {
            if (name is not null && HeadingName().Match(name) is { Success: true } match)
            {
                return match.Groups[1].Value[0] - '0';
            }
        }

        return null;
    }

    /// <summary>
    /// A run on/off property (w:b, w:vanish) as Word resolves it: direct formatting, then the run
    /// style's chain, then the paragraph style's chain, then the document defaults; false when
    /// nothing sets it. (Word toggles some properties between style levels; the first explicit
    /// value wins here, which is what real documents need.)
    /// </summary>
    public bool RunFlag(OpenXmlElement? runProperties, string? paragraphStyleId, string property)
    {
        if (runProperties.Child(property).OnOff() is bool direct)
        {
            return direct;
        }

        foreach (var style in Chain(runProperties.Child("rStyle").Val()))
        {
            if (style.RunProperties.Child(property).OnOff() is bool fromRunStyle)
            {
                return fromRunStyle;
            }
        }

        foreach (var style in Chain(paragraphStyleId))
        {
            if (style.RunProperties.Child(property).OnOff() is bool fromParagraphStyle)
            {
                return fromParagraphStyle;
            }
        }

        return _defaultRunProperties.Child(property).OnOff() ?? false;
    }

    /// <summary>The numbering style's own numId (for w:numStyleLink).</summary>
    public int? NumIdOfNumberingStyle(string styleId) =>
        _styles.TryGetValue(styleId, out var style) ? style.ParagraphProperties.Child("numPr").Child("numId").IntVal() : null;

    private IEnumerable<Style> Chain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Count < MaxChain && seen.Add(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn;
        }
    }

    [GeneratedRegex(@"^\s*(?:heading|标题)\s*([1-9])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    private sealed record Style(string Id, string Type, string? Name, string? BasedOn, OpenXmlElement? ParagraphProperties, OpenXmlElement? RunProperties);
}
