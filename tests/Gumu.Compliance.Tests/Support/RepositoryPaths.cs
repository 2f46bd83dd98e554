namespace Gumu.Compliance.Tests.Support;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gumu.Compliance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Gumu.Compliance.sln) above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared/corpus/real-excerpts beside the checkout, or null when it is not there.</summary>
    public static string? RealExcerpts
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "real-excerpts"));
            return Directory.Exists(path) ? path : null;
        }
    }
}
