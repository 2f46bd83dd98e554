using System.Text.RegularExpressions;

namespace Gumu.Compliance.Text;

/// <summary>Lines of a portal page's chrome that survive into the text a reader gives (a page saved or copied as text).</summary>
internal static partial class PortalChrome
{
    /// <summary>
    /// True when the text looks like a breadcrumb trail: it says where the reader is
    /// ("您当前所在位置：首页 > 政务公开 > …"), or starts at the home page, or joins two or more
    /// names with arrows ("政务公开 > 政府信息公开年报 > 2019年"). A lone '>' is not enough: titles
    /// and pasted markup hold them too.
    /// </summary>
    public static bool LooksLikeBreadcrumb(string text) =>
        LocationWords().IsMatch(text)
        || (text.TrimStart().StartsWith("首页", StringComparison.Ordinal) && Step().IsMatch(text))
        || Step().Count(text) >= 2;

    [GeneratedRegex("当前位置|您的位置|所在位置|现在的位置", RegexOptions.CultureInvariant)]
    private static partial Regex LocationWords();

    // One step of a trail: a name, an arrow, the next name (a year may end the trail).
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}\s*[>＞»→]\s*(?=[\p{IsCJKUnifiedIdeographs}0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Step();
}
