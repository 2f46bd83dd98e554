namespace Gumu.Compliance.Tests.Support;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root => Gumu.Compliance.Testing.RepositoryRoot.Folder;

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
