using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// Name-based access to WordprocessingML. The reader matches elements by namespace and local name
/// rather than by SDK class, so content the SDK does not type (w:smartTag is one) is read the same
/// way as content it does.
/// </summary>
internal static class WordXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public const string V = "urn:schemas-microsoft-com:vml";
    public const string O = "urn:schemas-microsoft-com:office:office";
    public const string M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public const string Chart = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public static bool Is(this OpenXmlElement element, string localName, string ns = W) =>
        element.NamespaceUri == ns && element.LocalName == localName;

    public static OpenXmlElement? Child(this OpenXmlElement? element, string localName, string ns = W)
    {
        if (element is null)
        {
            return null;
        }

        foreach (var child in element.ChildElements)
        {
            if (child.Is(localName, ns))
            {
                return child;
            }
        }

        return null;
    }

    public static string? Attr(this OpenXmlElement? element, string localName, string ns = W)
    {
        if (element is null)
        {
            return null;
        }

        foreach (var attribute in element.GetAttributes())
        {
            if (attribute.LocalName == localName && attribute.NamespaceUri == ns)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The w:val attribute.</summary>
    public static string? Val(this OpenXmlElement? element) => element.Attr("val");

    public static int? IntVal(this OpenXmlElement? element) =>
        int.TryParse(element.Val(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// An on/off property (w:b, w:vanish): null when the element is absent, true when present
    /// without a value or with true/1/on, false for false/0/off.
    /// </summary>
    public static bool? OnOff(this OpenXmlElement? element)
    {
        if (element is null)
        {
            return null;
        }

        return element.Val() switch
        {
            null => true,
            "false" or "0" or "off" => false,
            _ => true,
        };
    }

    /// <summary>Collapses every run of white space to one space and trims the ends.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
