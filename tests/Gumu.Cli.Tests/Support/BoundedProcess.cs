using System.ComponentModel;
using System.Diagnostics;

namespace Gumu.Cli.Tests.Support;

/// <summary>What one process run printed.</summary>
internal sealed record ProcessRun(int ExitCode, string StandardOutput, string StandardError);

/// <summary>Runs a program with a hard time limit; on expiry its whole process tree is killed.</summary>
internal static class BoundedProcess
{
    public static async Task<ProcessRun> RunAsync(string executable, IEnumerable<string> arguments, string workFolder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workFolder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + executable);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);

            // A child that outlives the main process could hold the pipes open: same limit.
            await Task.WhenAll(stdout, stderr).WaitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw new TimeoutException($"{executable} did not finish within {timeout.TotalSeconds} s and was killed; arguments: {string.Join(' ', start.ArgumentList)}");
        }

        return new ProcessRun(process.ExitCode, await stdout, await stderr);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (Win32Exception)
        {
            // Already gone or not ours to kill.
        }
    }
}
