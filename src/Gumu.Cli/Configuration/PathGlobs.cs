using Gumu.Compliance.Findings;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Gumu.Cli.Configuration;

/// <summary>
/// The glob patterns of gumu.json's "ignore" and "overrides[].files" (docs/configuration.md),
/// matched with Microsoft.Extensions.FileSystemGlobbing, like .gitignore: a pattern without "/"
/// ("*.jpg", "附件*") matches a file or folder name at any depth; a pattern with "/" ("乡镇/**/*.docx",
/// "**/附件*") is relative to the configuration file's folder; a leading "/" anchors a name to
/// that folder. A pattern that matches a folder matches everything in it. Letter case is ignored,
/// as Windows does. Only <c>*</c> and <c>**</c> are wildcards.
/// </summary>
internal sealed class PathGlobs
{
    private static readonly string VirtualRoot = Path.GetFullPath(Path.DirectorySeparatorChar.ToString());

    private readonly Matcher _names = new(StringComparison.OrdinalIgnoreCase);
    private readonly Matcher _paths = new(StringComparison.OrdinalIgnoreCase);
    private readonly bool _anyNames;
    private readonly bool _anyPaths;

    public PathGlobs(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        foreach (var raw in patterns)
        {
            var pattern = raw.Replace('\\', '/').TrimEnd('/');
            if (pattern.StartsWith('/'))
            {
                _paths.AddInclude(pattern[1..]);
                _paths.AddInclude(pattern[1..] + "/**");
                _anyPaths = true;
            }
            else if (pattern.Contains('/', StringComparison.Ordinal))
            {
                _paths.AddInclude(pattern);
                _paths.AddInclude(pattern + "/**");
                _anyPaths = true;
            }
            else
            {
                _names.AddInclude(pattern);
                _anyNames = true;
            }
        }
    }

    /// <summary>True when no pattern was given.</summary>
    public bool IsEmpty => !_anyNames && !_anyPaths;

    /// <summary>
    /// Whether a file matches: <paramref name="fullPath"/> is taken relative to
    /// <paramref name="baseDirectory"/>; for a file outside that folder only the name patterns
    /// apply, to the names in <paramref name="displayPath"/>.
    /// </summary>
    public bool Matches(string baseDirectory, string? fullPath, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        var relative = fullPath is null ? null : Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
        var inside = relative is not null && relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        var names = (inside ? relative! : displayPath.Replace('\\', '/')).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (_anyNames && names.Any(name => name is not "." and not ".." && _names.Match(VirtualRoot, name).HasMatches))
        {
            return true;
        }

        return inside && _anyPaths && _paths.Match(VirtualRoot, relative!).HasMatches;
    }

    /// <summary>What is wrong with a pattern, or null when it is usable.</summary>
    public static LocalizedText? Problem(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var normalized = pattern.Replace('\\', '/');
        if (string.IsNullOrWhiteSpace(pattern) || normalized.Trim('/').Length == 0)
        {
            return new LocalizedText("模式为空", "the pattern is empty");
        }

        if (pattern.StartsWith('!'))
        {
            return new LocalizedText(
                "不支持以 ! 开头的例外模式；请改写其他模式，使其不包含该文件",
                "patterns starting with ! (exceptions) are not supported; narrow the other patterns instead");
        }

        if (normalized.IndexOfAny(['?', '[', ']', '{', '}']) >= 0)
        {
            return new LocalizedText(
                $"“{pattern}”含有不支持的通配符；只能用 *（一层中的任意字符）和 **（任意层文件夹）",
                $"\"{pattern}\" has an unsupported wildcard; only * (any characters within a name) and ** (any folders) are supported");
        }

        if (normalized.Split('/').Contains("..") || (normalized.Length >= 2 && normalized[1] == ':'))
        {
            return new LocalizedText(
                $"“{pattern}”指向配置文件所在文件夹之外；模式是相对于该文件夹的",
                $"\"{pattern}\" points outside the configuration file's folder; patterns are relative to that folder");
        }

        return null;
    }
}
