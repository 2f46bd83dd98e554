using System.Globalization;
using BenchmarkDotNet.Running;

namespace Gumu.Compliance.Benchmarks;

/// <summary>
/// Run with: <c>dotnet run -c Release --project benchmarks/Gumu.Compliance.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quick look). Results go to BenchmarkDotNet.Artifacts/.
/// <c>-- paired [iterations]</c> prints a quick interleaved Stopwatch comparison instead.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "paired")
        {
            PairedTimer.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40);
            return;
        }

        if (args.Length > 2 && args[0] == "batch")
        {
            PairedTimer.Batch(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length > 3 && args[0] == "loop")
        {
            PairedTimer.Loop(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
