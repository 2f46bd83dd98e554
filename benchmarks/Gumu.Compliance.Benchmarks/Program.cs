using BenchmarkDotNet.Running;

namespace Gumu.Compliance.Benchmarks;

/// <summary>
/// Run with: <c>dotnet run -c Release --project benchmarks/Gumu.Compliance.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quick look). Results go to BenchmarkDotNet.Artifacts/.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
