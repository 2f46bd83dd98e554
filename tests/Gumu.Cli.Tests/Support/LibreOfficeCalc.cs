namespace Gumu.Cli.Tests.Support;

/// <summary>
/// Finds a LibreOffice that can open spreadsheets. Debian ships Calc and Writer as separate
/// packages around one shared <c>soffice</c> program, so the program on PATH proves nothing:
/// the Calc library must sit in the program's folder (where libreoffice-calc installs it).
/// </summary>
internal static class LibreOfficeCalc
{
    private static readonly string[] CalcLibraries = ["libsclo.so", "sclo.dll", "libsclo.dylib"];

    /// <summary>The soffice (or libreoffice) program on PATH whose installation has Calc, or null.</summary>
    public static string? Locate()
    {
        foreach (var name in (string[])["soffice", "libreoffice"])
        {
            if (ProgramOnPath.Find(name) is { } program && HasCalc(program))
            {
                return program;
            }
        }

        return null;
    }

    /// <summary>True when the Calc library sits in the program folder of <paramref name="program"/> (symbolic links followed).</summary>
    public static bool HasCalc(string program)
    {
        try
        {
            var target = new FileInfo(program).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(program);
            var folder = Path.GetDirectoryName(target);
            return folder is not null && CalcLibraries.Any(library => File.Exists(Path.Combine(folder, library)));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

/// <summary>A fact that needs LibreOffice Calc; skipped with the reason where Calc is not installed, even if another LibreOffice component is.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiringLibreOfficeCalcAttribute : FactAttribute
{
    public FactRequiringLibreOfficeCalcAttribute()
    {
        if (LibreOfficeCalc.Locate() is null)
        {
            Skip = "needs LibreOffice Calc (soffice on PATH with its Calc component; Debian package libreoffice-calc, installed by .ci/run)";
        }
    }
}
