namespace Gumu.Cli.Tests.Support;

/// <summary>
/// A new folder under the system temp folder, deleted on dispose unless GUMU_KEEP_TEST_OUTPUT is
/// set (then it stays for a person to look at, e.g. the report screenshot).
/// </summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string name)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gumu-cli-tests", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
    }

    public static bool Keep => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GUMU_KEEP_TEST_OUTPUT"));

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (!Keep)
        {
            DeleteBestEffort(Path);
        }
    }

    /// <summary>Deletes a folder, retrying briefly: a browser may still be closing files in it.</summary>
    public static void DeleteBestEffort(string path)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
