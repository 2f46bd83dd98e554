namespace Gumu.Compliance.Text;

/// <summary>Lines of a portal page's chrome that survive into the text a reader gives (a page saved or copied as text).</summary>
internal static class PortalChrome
{
    /// <summary>True when the text looks like a breadcrumb trail ("您当前所在位置：首页 > 政务公开 > …").</summary>
    public static bool LooksLikeBreadcrumb(string text) =>
        text.Contains('>', StringComparison.Ordinal) || text.Contains('＞', StringComparison.Ordinal)
        || text.Contains('»', StringComparison.Ordinal) || text.Contains('→', StringComparison.Ordinal)
        || text.Contains("当前位置", StringComparison.Ordinal) || text.Contains("您的位置", StringComparison.Ordinal)
        || text.Contains("所在位置", StringComparison.Ordinal);
}
