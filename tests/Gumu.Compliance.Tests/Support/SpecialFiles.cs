using System.Diagnostics;

namespace Gumu.Compliance.Tests.Support;

/// <summary>Makes the special files a batch folder can hold (Unix only).</summary>
internal static class SpecialFiles
{
    /// <summary>Creates a named pipe with mkfifo(1); nothing ever writes to it, so opening it for reading would block forever.</summary>
    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("mkfifo did not start");
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException("mkfifo failed for " + path);
        }
    }
}
