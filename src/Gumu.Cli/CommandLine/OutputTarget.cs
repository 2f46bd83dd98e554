using Gumu.Compliance;

namespace Gumu.Cli.CommandLine;

/// <summary>
/// A file the run will write (<c>--output</c>, <c>--write-baseline</c>), opened before any input
/// is read, so that a missing folder, a file without write permission or a workbook still open
/// in Excel is one line and exit code 2 at once, not a stack trace after every file was checked.
/// The file is held open (not shared) until the run writes it; a file the run created is removed
/// again if the run ends without writing it.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly FileStream _stream;
    private readonly bool _created;
    private bool _written;

    private OutputTarget(string fullPath, FileStream stream, bool created)
    {
        FullPath = fullPath;
        _stream = stream;
        _created = created;
    }

    /// <summary>The file's full path.</summary>
    public string FullPath { get; }

    /// <summary>Opens <paramref name="path"/> for writing, or returns the one-line reason it cannot be.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="option">The option that named it, for the message.</param>
    /// <param name="language">The message language.</param>
    /// <param name="problem">Why the file cannot be written, when the result is null.</param>
    public static OutputTarget? TryOpen(string path, string option, Language language, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        problem = null;
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = UsageText.Of(language, $"{option} 的路径“{path}”无效。", $"{option}: '{path}' is not a valid path.");
            return null;
        }

        if (Directory.Exists(full))
        {
            problem = UsageText.Of(language, $"{option}：“{path}”是文件夹；请给出文件名。", $"{option}: '{path}' is a folder; give a file name.");
            return null;
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            problem = UsageText.Of(language, $"{option}：文件夹“{folder}”不存在。", $"{option}: the folder '{folder}' does not exist.");
            return null;
        }

        var existed = File.Exists(full);
        try
        {
            // Not truncated yet: a run that stops early leaves an existing report as it was.
            var stream = new FileStream(full, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None);
            return new OutputTarget(full, stream, !existed);
        }
        catch (UnauthorizedAccessException)
        {
            problem = UsageText.Of(language, $"{option}：没有写入“{path}”的权限。", $"{option}: no permission to write '{path}'.");
        }
        catch (IOException e)
        {
            problem = UsageText.Of(language,
                $"{option}：无法写入“{path}”，文件可能正被其他程序打开（如 Excel），请关闭后重试（{e.Message}）。",
                $"{option}: cannot write '{path}'; it may be open in another program such as Excel: close it and try again ({e.Message}).");
        }

        return null;
    }

    /// <summary>Replaces the file's content with what <paramref name="write"/> writes.</summary>
    public void Write(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        _stream.SetLength(0);
        write(_stream);
        _stream.Flush();
        _written = true;
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (_created && !_written)
        {
            try
            {
                File.Delete(FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: an empty file left behind is harmless.
            }
        }
    }
}
