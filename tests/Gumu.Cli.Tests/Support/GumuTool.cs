using System.Diagnostics;
using System.Text;

namespace Gumu.Cli.Tests.Support;

/// <summary>Runs the built <c>gumu</c> tool as a separate process, as users do, with a time limit.</summary>
internal static class GumuTool
{
    public static string Root => TestPaths.Root;

    public static string Samples => TestPaths.Samples;

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunInAsync(string workingDirectory, params string[] args) =>
        RunWithInputAsync(workingDirectory, null, args);

    /// <summary>Runs gumu with <paramref name="input"/> as its standard input (closed at once when null).</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunWithInputAsync(string workingDirectory, byte[]? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gumu.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("gumu did not start");
        if (input is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(input);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("gumu " + string.Join(' ', args) + " did not finish in 3 minutes");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) => RunInAsync(Root, args);
}
