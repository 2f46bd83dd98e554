using System.Diagnostics;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Input;
using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Input;

/// <summary>Legacy .doc files read through a LibreOffice conversion, and the advice when LibreOffice is absent.</summary>
public sealed class LegacyConversionTests
{
    [FactRequiringLibreOfficeWriter]
    public async Task A_doc_saved_from_a_sample_gives_the_findings_of_the_docx_with_locations_in_the_converted_copy()
    {
        var docx = Path.Combine(RepositoryPaths.Samples, "structure", "lanxi-2018-section9-missing.docx");
        var doc = SaveAsDoc(docx);
        var checker = new ReportChecker();

        var fromDocx = await checker.CheckFileAsync(docx);
        var fromDoc = await checker.CheckAsync(new MemoryStream(doc), "lanxi.doc");

        fromDoc.Format.Should().Be("doc");
        fromDoc.Findings.Select(f => (f.RuleId, f.Section, f.Message)).Should().Equal(fromDocx.Findings.Select(f => (f.RuleId, f.Section, f.Message)));
        var location = fromDoc.Findings.Single().Location!;
        location.InConvertedCopy.Should().BeTrue();
        location.Format(Language.Chinese).Should().Be(fromDocx.Findings.Single().Location!.Format(Language.Chinese) + "（转换后的副本）");
    }

    [FactRequiringLibreOfficeWriter]
    public async Task A_doc_LibreOffice_cannot_load_is_GM0001_although_LibreOffice_exits_with_0_and_its_folder_is_gone_when_the_result_comes()
    {
        var legacy = Path.Combine(RepositoryPaths.Samples, "input", "legacy.doc");

        var result = await new ReportChecker().CheckFileAsync(legacy);

        result.Findings.Select(f => (f.RuleId, f.Message)).Should().Equal(
            ("GM0001", "旧版 Word/WPS 文件（.doc/.wps）无法用 LibreOffice 转换为 .docx，文件可能已损坏；请在 Word 或 WPS 中“另存为 .docx”后重新提交"));

        // The converter's folders in a root of this test's own, so that conversions elsewhere in
        // the run (or in other processes) cannot show up here.
        var root = Directory.CreateTempSubdirectory("gumu-conversion-root-");
        try
        {
            var converter = new LegacyConverter(LegacyConverter.Locate(null)!, TimeSpan.FromMinutes(3), root.FullName);
            var content = await File.ReadAllBytesAsync(legacy);
            var convert = () => converter.ConvertAsync(content, CancellationToken.None);

            (await convert.Should().ThrowAsync<ReportReadException>()).Which.RuleId.Should().Be("GM0001");
            root.EnumerateFileSystemInfos().Should().BeEmpty("the private folder and profile are removed before the file's result is given");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Without_LibreOffice_a_doc_is_GM0002_with_the_install_hint()
    {
        var checker = new ReportChecker(new ReportCheckerOptions { SofficePath = string.Empty });

        var result = await checker.CheckFileAsync(Path.Combine(RepositoryPaths.Samples, "input", "legacy.doc"));

        checker.LegacyConverterPath.Should().BeNull();
        result.Findings.Select(f => (f.RuleId, f.Message)).Should().Equal(
            ("GM0002", "这是旧版 Word/WPS 文件（.doc/.wps 格式），无法读取；请在 Word 或 WPS 中“另存为 .docx”后重新提交（在运行检查的电脑上安装 LibreOffice 后，gumu 可直接检查此类文件）"));
    }

    [Fact]
    public void A_configured_program_without_the_writer_component_is_not_used()
    {
        var folder = Directory.CreateTempSubdirectory("gumu-fake-soffice-");
        try
        {
            var fake = Path.Combine(folder.FullName, "soffice");
            File.WriteAllText(fake, "#!/bin/sh\nexit 0\n");

            LegacyConverter.Locate(fake).Should().BeNull();
            File.WriteAllText(Path.Combine(folder.FullName, "libswlo.so"), string.Empty);
            LegacyConverter.Locate(fake).Should().Be(fake);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The DOCX saved as Word 97–2003 by LibreOffice, in a private folder and profile.</summary>
    private static byte[] SaveAsDoc(string docx)
    {
        var work = Directory.CreateTempSubdirectory("gumu-doc-");
        try
        {
            var start = new ProcessStartInfo(LegacyConverter.Locate(null)!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in (string[])["--headless", "--norestore", "-env:UserInstallation=" + new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri, "--convert-to", "doc", "--outdir", work.FullName, docx])
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit(180_000).Should().BeTrue("LibreOffice converts one file within 3 minutes");
            return File.ReadAllBytes(Path.Combine(work.FullName, Path.ChangeExtension(Path.GetFileName(docx), ".doc")));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}

/// <summary>A fact that needs LibreOffice's Writer component (Debian: libreoffice-writer-nogui); skipped with the reason where it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiringLibreOfficeWriterAttribute : FactAttribute
{
    public FactRequiringLibreOfficeWriterAttribute()
    {
        if (LegacyConverter.Locate(null) is null)
        {
            Skip = "needs LibreOffice Writer (soffice on PATH with its Writer component; Debian package libreoffice-writer-nogui, installed by .ci/run)";
        }
    }
}
