using Gumu.Compliance.Documents;
using Gumu.Compliance.Input;

namespace Gumu.Cli;

/// <summary>
/// One entry of the run: a file to check (its path on disk and the path shown in the output), or
/// an entry that is reported without being read (<see cref="Problem"/>).
/// </summary>
internal sealed record InputFile(string FullPath, string DisplayPath)
{
    /// <summary>Why the entry is not read: a link leaving the folder, a link loop, a folder that cannot be listed.</summary>
    public ReportReadException? Problem { get; init; }

    /// <summary>The "format" shown for an entry with a <see cref="Problem"/> ("link", "folder").</summary>
    public string ProblemFormat { get; init; } = "unknown";
}

/// <summary>
/// Expands the command line's paths into the entries of a run: a file as given; a folder
/// recursively, every file in it (content decides the format, so other formats get GM0002
/// rather than silence), hidden entries (names starting with ".") skipped, in ordinal path order.
/// </summary>
/// <remarks>
/// <para>
/// Nothing is opened here, and nothing found is left out silently: a FIFO, socket or device is
/// listed like a file and the checker reports it (GM0002) without opening it; a sub-folder that
/// cannot be listed is one GM0001 entry naming it.
/// </para>
/// <para>
/// Symbolic links are judged by where they resolve, so that a folder cannot make the run read
/// outside itself or walk forever. A link that leaves the folder given on the command line, a
/// link to its own folder or one above it (a loop), and a link that resolves nowhere are each
/// one entry with a GM0001 finding on the link. A link to a file or folder inside the folder is
/// followed, but every file is checked once, by its resolved path: a file reached both directly
/// and through links is listed under its own path (or, when only links reach it, under the first
/// link in path order), and a folder already walked is not walked again. The same holds across
/// command-line paths: the first path that reaches a file lists it.
/// </para>
/// </remarks>
internal static class InputDiscovery
{
    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            switch (FileSystemProbe.KindOf(path, followLinks: true))
            {
                case FileEntryKind.Missing:
                    missing.Add(path);
                    break;
                case FileEntryKind.Directory:
                    foreach (var entry in new FolderWalk(path).Run())
                    {
                        if (entry.Identity is null || seen.Add(entry.Identity))
                        {
                            files.Add(entry.File);
                        }
                    }

                    break;
                default:
                    // A file named on the command line is checked whatever it is and wherever a link takes it.
                    var full = Path.GetFullPath(path);
                    if (seen.Add(FileSystemProbe.RealPath(full) ?? full))
                    {
                        files.Add(new InputFile(full, path.Replace('\\', '/')));
                    }

                    break;
            }
        }

        return (files, missing);
    }

    /// <summary>An entry found in a folder; <see cref="Identity"/> is the resolved path of a file to check, null for a problem entry.</summary>
    private sealed record FoundEntry(string Relative, InputFile File, string? Identity, bool ViaLink);

    /// <summary>One folder given on the command line, walked without recursion (a deep tree cannot exhaust the stack).</summary>
    private sealed class FolderWalk(string root)
    {
        private readonly List<FoundEntry> _found = [];
        private readonly HashSet<string> _walked = new(StringComparer.Ordinal);
        private readonly List<(string Relative, string FullPath, string Target)> _folderLinks = [];
        private readonly string _rootReal = FileSystemProbe.RealPath(root) ?? Path.GetFullPath(root);

        public IEnumerable<FoundEntry> Run()
        {
            Walk(Path.GetFullPath(root), _rootReal, string.Empty);

            // Folder links last, so that a folder reached both ways is walked under its own path;
            // links to folders walked already add nothing.
            for (var i = 0; i < _folderLinks.Count; i++)
            {
                var (relative, full, target) = _folderLinks[i];
                if (!_walked.Contains(target))
                {
                    Walk(full, target, relative);
                }
            }

            // A file reached directly is listed under its own path; links to it add nothing.
            var direct = _found.Where(e => e.Identity is not null && !e.ViaLink).Select(e => e.Identity!).ToHashSet(StringComparer.Ordinal);
            return _found
                .Where(e => !(e.ViaLink && e.Identity is not null && direct.Contains(e.Identity)))
                .OrderBy(e => e.Relative, StringComparer.Ordinal);
        }

        private void Walk(string startFull, string startReal, string startRelative)
        {
            var pending = new Stack<(string Full, string Real, string Relative, bool ViaLink)>();
            pending.Push((startFull, startReal, startRelative, startRelative.Length > 0));
            while (pending.TryPop(out var folder))
            {
                if (!_walked.Add(folder.Real))
                {
                    continue;
                }

                List<FileSystemInfo> children;
                try
                {
                    children = [.. new DirectoryInfo(folder.Full).EnumerateFileSystemInfos("*", new EnumerationOptions
                    {
                        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                        IgnoreInaccessible = false,
                        RecurseSubdirectories = false,
                    })];
                }
                catch (Exception e) when (e is UnauthorizedAccessException or IOException)
                {
                    Add(folder.Relative, folder.Full, "folder", new ReportReadException(
                        ReadFailures.Unreadable, "folder-unreadable", e.Message, [new("reason", e.Message)]));
                    continue;
                }

                foreach (var child in children)
                {
                    if (child.Name.StartsWith('.'))
                    {
                        continue;
                    }

                    var relative = folder.Relative.Length == 0 ? child.Name : folder.Relative + "/" + child.Name;
                    if (child.LinkTarget is not null)
                    {
                        AddLink(child, relative, folder.Real);
                    }
                    else if (child is DirectoryInfo)
                    {
                        pending.Push((child.FullName, Path.Join(folder.Real, child.Name), relative, folder.ViaLink));
                    }
                    else
                    {
                        _found.Add(new FoundEntry(relative, new InputFile(child.FullName, Display(relative)), Path.Join(folder.Real, child.Name), folder.ViaLink));
                    }
                }
            }
        }

        private void AddLink(FileSystemInfo link, string relative, string folderReal)
        {
            var target = FileSystemProbe.RealPath(link.FullName);
            if (target is null)
            {
                var loop = LinkChainLoops(link.FullName);
                Add(relative, link.FullName, "link", new ReportReadException(
                    ReadFailures.Unreadable,
                    loop ? "link-loop" : "link-broken",
                    loop ? "The link's chain of links loops." : "The link's target does not exist.",
                    [new("target", link.LinkTarget)]));
                return;
            }

            if (!IsInside(target, _rootReal))
            {
                Add(relative, link.FullName, "link", new ReportReadException(
                    ReadFailures.Unreadable, "link-outside", "The link leaves the folder being checked.", [new("target", target)]));
                return;
            }

            if (FileSystemProbe.KindOf(target, followLinks: false) == FileEntryKind.Directory)
            {
                if (IsInside(folderReal, target))
                {
                    Add(relative, link.FullName, "link", new ReportReadException(
                        ReadFailures.Unreadable, "link-loop", "The link points to its own folder or one above it.", [new("target", target)]));
                }
                else
                {
                    _folderLinks.Add((relative, link.FullName, target));
                }

                return;
            }

            _found.Add(new FoundEntry(relative, new InputFile(link.FullName, Display(relative)), target, ViaLink: true));
        }

        private void Add(string relative, string full, string format, ReportReadException problem) =>
            _found.Add(new FoundEntry(relative, new InputFile(full, Display(relative)) { Problem = problem, ProblemFormat = format }, null, false));

        private string Display(string relative)
        {
            var trimmed = root.Replace('\\', '/').TrimEnd('/');
            if (relative.Length == 0)
            {
                return root.Replace('\\', '/');
            }

            return trimmed.Length == 0 ? "/" + relative : trimmed + "/" + relative;
        }

        /// <summary>True when following the chain of links from <paramref name="path"/> comes back to a link already met.</summary>
        private static bool LinkChainLoops(string path)
        {
            var met = new HashSet<string>(StringComparer.Ordinal);
            var current = path;
            while (met.Add(current))
            {
                var info = new FileInfo(current);
                if (info.LinkTarget is not { } next)
                {
                    return false;
                }

                current = Path.GetFullPath(next, Path.GetDirectoryName(current) ?? "/");
            }

            return true;
        }

        private static bool IsInside(string path, string folder) =>
            path == folder
            || (path.StartsWith(folder, StringComparison.Ordinal)
                && (folder.EndsWith(Path.DirectorySeparatorChar) || path[folder.Length] == Path.DirectorySeparatorChar));
    }
}
