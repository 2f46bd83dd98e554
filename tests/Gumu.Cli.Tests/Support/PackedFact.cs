namespace Gumu.Cli.Tests.Support;

/// <summary>
/// The packages .ci/package-smoke packs (library packages, the tool's pointer package, its native
/// linux-x64 package and the fallbacks), in the folder GUMU_PACKAGES names. Packing compiles the
/// tool ahead of time, which takes minutes, so these tests run where .ci/run packs first (CI) and
/// are skipped by a plain <c>dotnet test</c>.
/// </summary>
internal static class PackedPackages
{
    public static string? Folder { get; } = Environment.GetEnvironmentVariable("GUMU_PACKAGES") is { Length: > 0 } folder && Directory.Exists(folder)
        ? Path.GetFullPath(folder)
        : null;

    public const string SkipReason = "needs the packed packages: run .ci/run, or `bash .ci/package-smoke DIR` and set GUMU_PACKAGES=DIR";

    public static string Require() => Folder ?? throw new InvalidOperationException(SkipReason);

    /// <summary>The version the packages were packed with, from the tool's pointer package.</summary>
    public static string Version => Path.GetFileNameWithoutExtension(
            Directory.GetFiles(Require(), "Gumu.Compliance.Tool.*.nupkg")
                .Select(Path.GetFileName)
                .Single(n => char.IsDigit(n!["Gumu.Compliance.Tool.".Length])))!
        ["Gumu.Compliance.Tool.".Length..];
}

/// <summary>A fact that needs the packed packages (see <see cref="PackedPackages"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PackedFactAttribute : FactAttribute
{
    public PackedFactAttribute()
    {
        if (PackedPackages.Folder is null)
        {
            Skip = PackedPackages.SkipReason;
        }
    }
}

/// <summary>A theory that needs the packed packages (see <see cref="PackedPackages"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PackedTheoryAttribute : TheoryAttribute
{
    public PackedTheoryAttribute()
    {
        if (PackedPackages.Folder is null)
        {
            Skip = PackedPackages.SkipReason;
        }
    }
}
