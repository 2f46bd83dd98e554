namespace Gumu.Cli.Tests.Support;

/// <summary>Looks programs up on PATH the way a shell would.</summary>
internal static class ProgramOnPath
{
    /// <summary>The full path of the first of <paramref name="names"/> found on PATH, or null.</summary>
    public static string? Find(params string[] names)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : [string.Empty];
        foreach (var name in names)
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var extension in extensions)
                {
                    var candidate = Path.Combine(dir, name + extension);
                    if (File.Exists(candidate) && IsExecutable(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    private static bool IsExecutable(string file) =>
        OperatingSystem.IsWindows()
        || (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}

/// <summary>
/// A fact that needs an external program: skipped (not passed) with the reason when none of
/// the given names is on PATH, e.g. <c>[FactRequiringProgram("libreoffice", "soffice")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiringProgramAttribute : FactAttribute
{
    public FactRequiringProgramAttribute(params string[] programs)
    {
        Programs = programs;
        if (ProgramOnPath.Find(programs) is null)
        {
            Skip = $"needs {string.Join(" or ", programs)} on PATH (not installed here); see .ci/run for the package";
        }
    }

    public IReadOnlyList<string> Programs { get; }
}
