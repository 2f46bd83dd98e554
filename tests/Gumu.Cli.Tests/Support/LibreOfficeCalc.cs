namespace Gumu.Cli.Tests.Support;

/// <summary>
/// LibreOffice with its spreadsheet component. Debian packages Calc (<c>libreoffice-calc</c>)
/// apart from Writer, and <c>soffice</c> exists with either, so a spreadsheet test looks for
/// Calc's own library beside the program, not for a <c>libreoffice</c> program.
/// </summary>
internal static class LibreOfficeCalc
{
    /// <summary>The soffice program when Calc is installed with it, else null.</summary>
    public static string? Program { get; } = Locate();

    public static string SkipReason =>
        "LibreOffice Calc is not installed (soffice without the Calc component, or no soffice); install it with: apt-get install -y libreoffice-calc";

    private static string? Locate()
    {
        var soffice = ProgramOnPath.Find("soffice", "libreoffice");
        if (soffice is null)
        {
            return null;
        }

        // /usr/bin/soffice links to /usr/lib/libreoffice/program/soffice, where the components live.
        var target = new FileInfo(soffice).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? soffice;
        var program = Path.GetDirectoryName(target)!;
        string[] calc = ["libsclo.so", "sclo.dll", "libsclo.dylib", "scalc", "scalc.exe"];
        return calc.Any(name => File.Exists(Path.Combine(program, name))) ? soffice : null;
    }
}

/// <summary>A fact that needs LibreOffice Calc: skipped, with the reason, when the Calc component is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CalcFactAttribute : FactAttribute
{
    public CalcFactAttribute()
    {
        if (LibreOfficeCalc.Program is null)
        {
            Skip = LibreOfficeCalc.SkipReason;
        }
    }
}
