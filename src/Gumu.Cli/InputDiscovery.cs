namespace Gumu.Cli;

/// <summary>One file to check: its path on disk and the path shown in the output.</summary>
internal sealed record InputFile(string FullPath, string DisplayPath);

/// <summary>
/// Expands the command line's paths into files: a file as given; a folder recursively, every
/// file in it (content decides the format, so other formats get GM0002 rather than silence),
/// hidden entries (names starting with ".") skipped, in ordinal path order.
/// </summary>
internal static class InputDiscovery
{
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(files, seen, Path.GetFullPath(path), path);
            }
            else if (Directory.Exists(path))
            {
                var root = Path.GetFullPath(path);
                var found = Directory.EnumerateFiles(root, "*", new EnumerationOptions
                    {
                        RecurseSubdirectories = true,
                        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                        IgnoreInaccessible = true,
                    })
                    .Select(f => (Full: f, Relative: Path.GetRelativePath(root, f)))
                    .Where(f => !f.Relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                    .OrderBy(f => f.Relative.Replace('\\', '/'), StringComparer.Ordinal);
                foreach (var (full, relative) in found)
                {
                    Add(files, seen, full, JoinDisplay(path, relative));
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }

    private static void Add(List<InputFile> files, HashSet<string> seen, string full, string display)
    {
        if (seen.Add(full))
        {
            files.Add(new InputFile(full, display.Replace('\\', '/')));
        }
    }

    private static string JoinDisplay(string folder, string relative)
    {
        var trimmed = folder.TrimEnd('/', '\\');
        return trimmed.Length == 0 ? relative : trimmed + "/" + relative;
    }
}
