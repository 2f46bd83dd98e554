namespace Gumu.Cli.Tests.Support;

/// <summary>A fact about FIFOs, sockets or symbolic links as Unix has them; skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix FIFOs, sockets and symbolic links";
        }
    }
}

/// <summary>
/// A fact that runs gumu as the user nobody (setpriv(1)), for folder permissions: root reads any
/// folder whatever its mode. Skipped, with the reason, when not root or setpriv is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactAsNobodyAttribute : FactAttribute
{
    public FactAsNobodyAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix permissions";
        }
        else if (Environment.UserName != "root")
        {
            Skip = "runs gumu as nobody through setpriv, which needs root; as another user, root-only folders cannot be made";
        }
        else if (ProgramOnPath.Find("setpriv") is null)
        {
            Skip = "needs setpriv (util-linux) on PATH";
        }
    }
}
