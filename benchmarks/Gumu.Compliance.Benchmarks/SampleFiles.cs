namespace Gumu.Compliance.Benchmarks;

internal static class SampleFiles
{
    public static string Root { get; } = FindRoot();

    public static byte[] Read(string relative) => File.ReadAllBytes(Path.Combine(Root, "samples", relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gumu.Compliance.sln")))
            {
                return dir.FullName;
            }
        }

        // BenchmarkDotNet runs the benchmark from a generated folder below bin/; fall back to the working folder.
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gumu.Compliance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find Gumu.Compliance.sln");
    }
}
