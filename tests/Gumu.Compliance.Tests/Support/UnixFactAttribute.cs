namespace Gumu.Compliance.Tests.Support;

/// <summary>A fact about FIFOs, devices or symbolic links as Unix has them; skipped on Windows.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix FIFOs, devices and symbolic links";
        }
    }
}
