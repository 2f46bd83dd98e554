namespace Gumu.Compliance.Testing;

/// <summary>The checkout's root folder (the one holding Gumu.Compliance.sln), found from the test's output folder. Linked into every test project.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
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

    public static string Folder => Root.Value;
}
