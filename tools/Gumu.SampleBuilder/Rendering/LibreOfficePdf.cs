using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>
/// PDF renderings of DOCX samples, made once by LibreOffice (a real producer's PDF: its fonts,
/// its line breaking, its table borders and header rows repeated on each page) and committed.
/// A manifest beside this tool records the content hash of the DOCX each PDF was made from; a
/// PDF is made again only when its DOCX changed or it is missing, so a normal run needs no
/// LibreOffice and writes the same bytes.
/// </summary>
internal static class LibreOfficePdf
{
    public const string ManifestName = "pdf-renderings.sha256";

    /// <summary>
    /// The PDF for each DOCX: the existing one from <paramref name="outputRoot"/> when the manifest
    /// says it was made from the same content, otherwise a new one from LibreOffice (all in one
    /// process). Updates the manifest when it made new ones.
    /// </summary>
    /// <exception cref="InvalidOperationException">A PDF must be made and LibreOffice is not installed or failed.</exception>
    public static IReadOnlyDictionary<string, byte[]> Render(IReadOnlyList<(string PdfPath, byte[] Docx)> wanted, string outputRoot, string? manifestPath)
    {
        var manifest = ReadManifest(manifestPath);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var missing = new List<(string PdfPath, byte[] Docx, string Hash)>();
        foreach (var (pdfPath, docx) in wanted)
        {
            var hash = ContentHash(docx);
            var existing = Path.Combine(outputRoot, pdfPath);
            if (manifest.TryGetValue(pdfPath, out var recorded) && recorded == hash && File.Exists(existing))
            {
                result[pdfPath] = File.ReadAllBytes(existing);
            }
            else
            {
                missing.Add((pdfPath, docx, hash));
            }
        }

        if (missing.Count == 0)
        {
            return result;
        }

        var work = Directory.CreateTempSubdirectory("gumu-samples-pdf-");
        try
        {
            var inputs = new List<string>();
            foreach (var (pdfPath, docx, _) in missing)
            {
                // Unique names in one folder: LibreOffice names each output after its input.
                var name = Path.ChangeExtension(pdfPath.Replace('/', '_'), ".docx");
                var input = Path.Combine(work.FullName, name);
                File.WriteAllBytes(input, docx);
                inputs.Add(input);
            }

            Convert(inputs, work.FullName);
            foreach (var (pdfPath, _, hash) in missing)
            {
                var output = Path.Combine(work.FullName, "out", pdfPath.Replace('/', '_'));
                if (!File.Exists(output))
                {
                    throw new InvalidOperationException($"LibreOffice did not write {pdfPath}.");
                }

                result[pdfPath] = File.ReadAllBytes(output);
                manifest[pdfPath] = hash;
            }
        }
        finally
        {
            work.Delete(recursive: true);
        }

        if (manifestPath is not null)
        {
            File.WriteAllText(manifestPath, string.Concat(manifest.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value}  {p.Key}\n")));
        }

        return result;
    }

    /// <summary>The hash of a DOCX's entry names and uncompressed contents: independent of how zlib compressed them.</summary>
    public static string ContentHash(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(entry.FullName + "\n"));
            using var content = entry.Open();
            using var copy = new MemoryStream();
            content.CopyTo(copy);
            sha.AppendData(copy.ToArray());
        }

        return System.Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static Dictionary<string, string> ReadManifest(string? path)
    {
        var manifest = new Dictionary<string, string>(StringComparer.Ordinal);
        if (path is null || !File.Exists(path))
        {
            return manifest;
        }

        foreach (var line in File.ReadAllLines(path))
        {
            var parts = line.Split("  ", 2);
            if (parts.Length == 2)
            {
                manifest[parts[1].Trim()] = parts[0].Trim();
            }
        }

        return manifest;
    }

    private static void Convert(List<string> inputs, string work)
    {
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--headless", "--norestore", "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri, "--convert-to", "pdf", "--outdir", Path.Combine(work, "out")])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var input in inputs)
        {
            start.ArgumentList.Add(input);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("PDF samples must be made again, which needs LibreOffice (Debian: libreoffice-writer-nogui and fonts-wqy-microhei): " + e.Message, e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("LibreOffice did not finish converting the PDF samples within 5 minutes.");
            }

            Console.Error.Write(error.Result);
            _ = output.Result;
        }
    }
}
