namespace Gumu.Compliance.Benchmarks;

internal static class Program
{
    private static void Main() { }
}
