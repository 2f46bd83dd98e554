using System.Text;
using Gumu.SampleBuilder.Rendering;

namespace Gumu.SampleBuilder;

/// <summary>
/// Writes the sample reports: <c>dotnet run --project tools/Gumu.SampleBuilder -- [output-folder] [--docs FILE]</c>.
/// The output is byte-identical on every run.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var output = "samples";
        string? docs = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--docs" when i + 1 < args.Length:
                    docs = args[++i];
                    break;
                case "-h" or "--help":
                    Console.WriteLine("usage: Gumu.SampleBuilder [output-folder (default ./samples)] [--docs FILE (write the samples page)]");
                    return 0;
                case var arg when !arg.StartsWith('-'):
                    output = arg;
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument: {args[i]}");
                    return 2;
            }
        }

        var root = Path.GetFullPath(output);
        IReadOnlyList<Sample> samples;
        try
        {
            samples = SampleCatalog.Build(docx => LibreOfficePdf.Render(docx, root, ManifestPath()));
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        foreach (var sample in samples)
        {
            var path = Path.Combine(root, sample.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, sample.Content.ToArray());
            Console.WriteLine($"{sample.Path,-60} {sample.Content.Length,8:N0} bytes  {sample.ExpectedRules}");
        }

        // The checker reports every file it finds, so a leftover from an older run would be a sample too.
        var written = samples.Select(s => Path.Combine(root, s.Path)).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !written.Contains(f)).Order(StringComparer.Ordinal).ToList();
        foreach (var file in stale)
        {
            Console.Error.WriteLine($"not a generated sample (remove it): {Path.GetRelativePath(root, file)}");
        }

        if (docs is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(docs))!);
            File.WriteAllText(docs, SamplesPage.Render(samples), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            Console.WriteLine($"wrote {docs}");
        }

        return stale.Count == 0 ? 0 : 1;
    }

    /// <summary>The PDF manifest beside this tool's sources, found from the current folder up to the repository root.</summary>
    private static string? ManifestPath()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gumu.Compliance.sln")))
            {
                return Path.Combine(dir.FullName, "tools", "Gumu.SampleBuilder", LibreOfficePdf.ManifestName);
            }
        }

        return null;
    }
}
