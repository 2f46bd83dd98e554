using System.Runtime.InteropServices;

namespace Gumu.Compliance.Input;

/// <summary>What a path names on disk, as far as reading it goes.</summary>
internal enum FileEntryKind
{
    /// <summary>Nothing (or a link whose target cannot be resolved, when links are followed).</summary>
    Missing,

    /// <summary>A regular file: the only kind that is ever opened.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>A named pipe: opening it blocks until a writer appears.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A character or block device (/dev/zero never ends, a terminal blocks).</summary>
    Device,

    /// <summary>Anything else the system reports.</summary>
    Other,
}

/// <summary>
/// Asks the file system what a path is without opening it. .NET tells files from folders but
/// not a FIFO, socket or device from a regular file, and opening a FIFO blocks until a writer
/// appears; on Unix the runtime's own native shim (libSystem.Native, present wherever .NET runs
/// on Unix) answers with the file mode. Its FileStatus record starts with two 32-bit fields,
/// Flags and Mode, in every runtime version; the rest is left alone, in a buffer larger than
/// any version's record. On Windows, where none of these kinds can be met in a folder, the
/// managed attributes are enough.
/// </summary>
internal static partial class FileSystemProbe
{
    private const int FileTypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularType = 0x8000;
    private const int LinkType = 0xA000;
    private const int SocketType = 0xC000;

    /// <summary>What <paramref name="path"/> is; links are followed when <paramref name="followLinks"/> is true.</summary>
    public static FileEntryKind KindOf(string path, bool followLinks)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return ManagedKindOf(path, followLinks);
        }

        var status = default(FileStatus);
        try
        {
            var result = followLinks ? Stat(path, out status) : LStat(path, out status);
            if (result != 0)
            {
                return FileEntryKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return ManagedKindOf(path, followLinks);
        }

        return (status.Mode & FileTypeMask) switch
        {
            RegularType => FileEntryKind.Regular,
            DirectoryType => FileEntryKind.Directory,
            LinkType => FileEntryKind.SymbolicLink,
            FifoType => FileEntryKind.Fifo,
            SocketType => FileEntryKind.Socket,
            CharacterDeviceType or BlockDeviceType => FileEntryKind.Device,
            _ => FileEntryKind.Other,
        };
    }

    /// <summary>
    /// The absolute path with every symbolic link resolved, or null when it cannot be resolved
    /// (missing, a link loop, no permission on a folder on the way).
    /// </summary>
    public static string? RealPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                var resolved = NativeRealPath(path);
                if (resolved == 0)
                {
                    return null;
                }

                try
                {
                    return Marshal.PtrToStringUTF8(resolved);
                }
                finally
                {
                    Marshal.FreeHGlobal(resolved);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Fall through to the managed resolution.
            }
        }

        return ManagedRealPath(path);
    }

    /// <summary>The culture-neutral name of a kind that is not read, for messages and the "format" of a result.</summary>
    public static string FormatName(FileEntryKind kind) => kind switch
    {
        FileEntryKind.Directory => "folder",
        FileEntryKind.Fifo => "fifo",
        FileEntryKind.Socket => "socket",
        FileEntryKind.Device => "device",
        FileEntryKind.SymbolicLink => "link",
        _ => "other",
    };

    private static FileEntryKind ManagedKindOf(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists)
        {
            return FileEntryKind.Missing;
        }

        if (info.LinkTarget is not null)
        {
            if (!followLinks)
            {
                return FileEntryKind.SymbolicLink;
            }

            try
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }
            catch (IOException)
            {
                return FileEntryKind.Missing;
            }

            if (!info.Exists)
            {
                return FileEntryKind.Missing;
            }
        }

        return info is DirectoryInfo ? FileEntryKind.Directory : FileEntryKind.Regular;
    }

    // Resolves links component by component; enough for Windows, where the native shim is absent.
    internal static string? ManagedRealPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var current = root;
            var remaining = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
            var hops = 0;
            while (remaining.TryDequeue(out var part))
            {
                var next = Path.Combine(current, part);
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (!info.Exists && info.LinkTarget is null)
                {
                    return null;
                }

                if (info.LinkTarget is { } target)
                {
                    // 40 hops is where Linux gives up with ELOOP.
                    if (++hops > 40)
                    {
                        return null;
                    }

                    var resolved = Path.GetFullPath(target, current);
                    var rest = remaining.ToArray();
                    var resolvedRoot = Path.GetPathRoot(resolved) ?? string.Empty;
                    current = resolvedRoot;
                    remaining = new Queue<string>(resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                    continue;
                }

                current = next;
            }

            return current;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, out FileStatus status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_RealPath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint NativeRealPath(string path);

    /// <summary>The leading fields of the shim's FileStatus, in a buffer larger than the whole record.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
