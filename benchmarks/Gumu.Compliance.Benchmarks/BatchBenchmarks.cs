using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace Gumu.Compliance.Benchmarks;

/// <summary>
/// A batch of 2,000 mixed files (<see cref="BatchCorpus"/>): parse-only of every file one after
/// another on one core (the baseline), and <c>gumu check FOLDER --format json</c> on all cores,
/// run as the installed tool runs (the Release build of src/Gumu.Cli, start-up included). Issue
/// 10's batch efficiency is ParseOnly ÷ (cores × Batch).
/// </summary>
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private BatchCorpus _corpus = null!;
    private string _gumu = "";

    [Params(2000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BatchCorpus.Create(Files);
        _gumu = Gumu.Locate();
    }

    [GlobalCleanup]
    public void Cleanup() => _corpus.Dispose();

    [Benchmark(Baseline = true)]
    public int ParseOnlyOneCore() => _corpus.ParseAll();

    [Benchmark]
    public int Batch() => Gumu.Check(_gumu, _corpus.Folder);
}

/// <summary>Runs the CLI as a separate process.</summary>
internal static class Gumu
{
    /// <summary>The Release build of the CLI (build it first: <c>dotnet build -c Release src/Gumu.Cli</c>).</summary>
    public static string Locate()
    {
        var dll = Path.Combine(SampleFiles.Root, "src", "Gumu.Cli", "bin", "Release", "net10.0", "gumu.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException("Build the CLI first: dotnet build -c Release src/Gumu.Cli (" + dll + " is missing).");
    }

    /// <summary>Checks a folder with JSON output to a temporary file; returns the exit code.</summary>
    public static int Check(string gumu, string folder)
    {
        var output = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { gumu, "check", folder, "--format", "json", "--output", output })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode is 0 or 1 ? process.ExitCode : throw new InvalidOperationException("gumu exited with " + process.ExitCode);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
