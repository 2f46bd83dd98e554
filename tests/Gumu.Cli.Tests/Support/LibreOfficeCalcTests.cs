namespace Gumu.Cli.Tests.Support;

/// <summary>The Calc guard looks for the Calc component, not for any LibreOffice program.</summary>
public sealed class LibreOfficeCalcTests
{
    [Fact]
    public void A_program_without_the_Calc_library_beside_it_has_no_Calc()
    {
        var folder = Directory.CreateTempSubdirectory("gumu-calc-guard-");
        try
        {
            var program = Path.Combine(folder.FullName, "soffice");
            File.WriteAllText(program, string.Empty);
            File.WriteAllText(Path.Combine(folder.FullName, "libswlo.so"), string.Empty);

            LibreOfficeCalc.HasCalc(program).Should().BeFalse("Writer alone is installed");

            File.WriteAllText(Path.Combine(folder.FullName, "libsclo.so"), string.Empty);
            LibreOfficeCalc.HasCalc(program).Should().BeTrue();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_link_to_the_program_is_followed_to_the_program_folder()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("gumu-calc-guard-");
        try
        {
            var program = Directory.CreateDirectory(Path.Combine(folder.FullName, "program")).FullName;
            File.WriteAllText(Path.Combine(program, "soffice"), string.Empty);
            File.WriteAllText(Path.Combine(program, "libsclo.so"), string.Empty);
            var bin = Directory.CreateDirectory(Path.Combine(folder.FullName, "bin")).FullName;
            var link = Path.Combine(bin, "libreoffice");
            File.CreateSymbolicLink(link, Path.Combine("..", "program", "soffice"));

            LibreOfficeCalc.HasCalc(link).Should().BeTrue("the link leads to a program folder with Calc");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
