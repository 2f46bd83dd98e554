using System.Diagnostics;
using System.Text.Json;

namespace Gumu.Compliance.Tests.Hostile;

/// <summary>What the probe process reported for one file.</summary>
internal sealed record ProbeResult(string Format, IReadOnlyList<ProbeFinding> Findings, long PeakWorkingSetBytes, long AllocatedBytes)
{
    public long PeakWorkingSetMegabytes => PeakWorkingSetBytes / (1024 * 1024);
}

/// <summary>A finding as the probe printed it.</summary>
internal sealed record ProbeFinding(string RuleId, string Message, IReadOnlyDictionary<string, string?> Properties);

/// <summary>
/// Runs Gumu.MemoryProbe (built beside the tests) on one file: the check runs alone in a fresh
/// process, so its peak working set is that input's and nothing else's.
/// </summary>
internal static class MemoryProbe
{
    public static async Task<ProbeResult> CheckAsync(string file, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Gumu.MemoryProbe.dll"));
        start.ArgumentList.Add(file);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the probe did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // A hang guard, not a timing assertion: far above the per-file time limit of 60 s.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the probe did not finish on " + file);
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the probe failed ({process.ExitCode}): {await stderr}");
        }

        using var json = JsonDocument.Parse(await stdout);
        var root = json.RootElement;
        return new ProbeResult(
            root.GetProperty("format").GetString()!,
            [.. root.GetProperty("findings").EnumerateArray().Select(f => new ProbeFinding(
                f.GetProperty("ruleId").GetString()!,
                f.GetProperty("message").GetString()!,
                f.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString())))],
            root.GetProperty("peakWorkingSetBytes").GetInt64(),
            root.GetProperty("allocatedBytes").GetInt64());
    }
}
