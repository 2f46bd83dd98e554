using Gumu.Cli.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Gumu.Cli;

/// <summary>The files of a run after glob expansion and "ignore", and the arguments that named nothing.</summary>
/// <param name="Files">The files to check, in input order.</param>
/// <param name="Missing">Paths that name no file or folder.</param>
/// <param name="UnmatchedGlobs">Glob arguments that match no file.</param>
internal sealed record InputSelection(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing, IReadOnlyList<string> UnmatchedGlobs);

/// <summary>
/// The layer around <see cref="InputDiscovery"/> that the shell does not provide on Windows and
/// that gumu.json asks for: path arguments with <c>*</c> or <c>**</c> are expanded (in ordinal
/// order, hidden names skipped, like a folder), and files found in folders or by a glob are left
/// out when they match gumu.json's "ignore" or are the run's own files (the configuration, the
/// baseline, the report being written). A file named on the command line is always checked.
/// </summary>
internal static class InputSelector
{
    public static InputSelection Select(IReadOnlyList<string> paths, PathGlobs ignore, string baseDirectory, IReadOnlyCollection<string> ownFiles)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(ignore);
        var expanded = new List<string>();
        var unmatched = new List<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (IsGlob(path))
            {
                var found = ExpandGlob(path);
                if (found.Count == 0)
                {
                    unmatched.Add(path);
                }

                expanded.AddRange(found);
            }
            else
            {
                if (File.Exists(path))
                {
                    named.Add(Path.GetFullPath(path));
                }

                expanded.Add(path);
            }
        }

        var own = ownFiles.ToHashSet(StringComparer.Ordinal);
        var (files, missing) = InputDiscovery.Expand(expanded);
        var kept = files
            .Where(f => named.Contains(f.FullPath) || !(own.Contains(f.FullPath) || ignore.Matches(baseDirectory, f.FullPath, f.DisplayPath)))
            .ToList();
        return new InputSelection(kept, missing, unmatched);
    }

    /// <summary>An argument is a glob when it has a <c>*</c> and names no existing file or folder.</summary>
    internal static bool IsGlob(string path) =>
        path.Contains('*', StringComparison.Ordinal) && !File.Exists(path) && !Directory.Exists(path);

    private static List<string> ExpandGlob(string glob)
    {
        var segments = glob.Replace('\\', '/').Split('/');
        var first = Array.FindIndex(segments, s => s.Contains('*', StringComparison.Ordinal));
        var prefix = string.Join('/', segments[..first]);
        var folder = first == 0 ? "." : prefix.Length == 0 || prefix.EndsWith(':') ? prefix + "/" : prefix;
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // Like the shell the user would have on Linux or macOS: letter case counts except on Windows.
        var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[first..]));
        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(folder))).Files
            .Select(f => f.Path.Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(p => first == 0 ? p : folder.TrimEnd('/') + "/" + p)
            .ToList();
    }
}
