namespace Gumu.Compliance.Benchmarks;

/// <summary>
/// A folder of many report files made from the samples (every report under <c>samples/</c> in
/// every rendering, defect variants and other years included, plus the not-a-report inputs),
/// copied round-robin into subfolders of a temporary folder: a municipal batch.
/// </summary>
internal sealed class BatchCorpus : IDisposable
{
    private BatchCorpus(string folder, IReadOnlyList<string> files)
    {
        Folder = folder;
        Files = files;
    }

    /// <summary>The temporary folder.</summary>
    public string Folder { get; }

    /// <summary>The files, in the order a batch lists them.</summary>
    public IReadOnlyList<string> Files { get; }

    public static BatchCorpus Create(int count)
    {
        var samples = Path.Combine(SampleFiles.Root, "samples");
        var sources = Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".doc", StringComparison.Ordinal)) // LibreOffice conversion is not what this measures
            .Order(StringComparer.Ordinal)
            .ToList();
        var folder = Path.Combine(Path.GetTempPath(), "gumu-batch-" + Guid.NewGuid().ToString("N"));
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var source = sources[i % sources.Count];
            var target = Path.Combine(folder, (i / 100).ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
                i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + "-" + Path.GetFileName(source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            files.Add(target);
        }

        files.Sort(StringComparer.Ordinal);
        return new BatchCorpus(folder, files);
    }

    /// <summary>Parse-only of every file, one after another on one core (reading each from disk).</summary>
    public int ParseAll()
    {
        var total = 0;
        foreach (var file in Files)
        {
            var content = File.ReadAllBytes(file);
            total += Path.GetExtension(file) switch
            {
                ".html" or ".docx" or ".pdf" or ".txt" => SafeParse(file, content),
                _ => content.Length,
            };
        }

        return total;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    // A broken sample makes its parser throw: parse-only got as far as it could.
    private static int SafeParse(string file, byte[] content)
    {
        try
        {
            return Renderings.ParseOnly(file, content);
        }
#pragma warning disable CA1031
        catch (Exception)
#pragma warning restore CA1031
        {
            return 0;
        }
    }
}
