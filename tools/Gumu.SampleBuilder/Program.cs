namespace Gumu.SampleBuilder;

internal static class Program
{
    private static void Main() { }
}
