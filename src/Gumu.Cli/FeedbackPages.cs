using System.Globalization;
using Gumu.Compliance;
using Gumu.Compliance.Reporting;

namespace Gumu.Cli;

/// <summary>
/// <c>--format html --split</c>: one feedback page per checked file in the output folder, named
/// after the file, for the office to send back to the body that submitted it.
/// </summary>
internal static class FeedbackPages
{
    /// <summary>Writes the pages; returns the paths written, in input order.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<FileCheckResult> results, string folder, ReportWriterOptions options)
    {
        Directory.CreateDirectory(folder);
        var names = Names(results.Select(r => r.Path).ToList());
        var written = new List<string>(results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var path = Path.Combine(folder, names[i]);
            using (var file = File.Create(path))
            {
                ReportWriter.WriteFeedbackPage(results[i], file, options);
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>
    /// Page file names for the input paths, unique ignoring case (as on Windows) and safe on every
    /// file system: the file's name without its extension; where two share it, with the extension
    /// ("年报.docx.html"); where they still do, with the folder in front ("town-01_年报.docx.html");
    /// then "-2", "-3" ….
    /// </summary>
    internal static IReadOnlyList<string> Names(IReadOnlyList<string> paths)
    {
        var levels = paths.Select(p =>
        {
            var path = Normalise(p);
            var parent = Path.GetFileName(Path.GetDirectoryName(path) ?? string.Empty);
            var file = Safe(Path.GetFileName(path));
            return new[] { Safe(Path.GetFileNameWithoutExtension(path)), file, parent.Length > 0 ? Safe(parent) + "_" + file : file };
        }).ToList();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(paths.Count);
        foreach (var candidates in levels)
        {
            var level = 0;
            while (level < 2 && levels.Count(l => string.Equals(l[level], candidates[level], StringComparison.OrdinalIgnoreCase)) > 1)
            {
                level++;
            }

            var stem = candidates[level];
            var name = stem + ".html";
            for (var n = 2; !used.Add(name); n++)
            {
                name = stem + "-" + n.ToString(CultureInfo.InvariantCulture) + ".html";
            }

            names.Add(name);
        }

        return names;
    }

    /// <summary>
    /// The date the reports show as the check date: today, or the date of SOURCE_DATE_EPOCH
    /// (seconds since 1970, UTC) when set, so reproducible builds of a report give the same bytes.
    /// </summary>
    public static DateOnly CheckDate()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
            : DateOnly.FromDateTime(DateTime.Now);
    }

    private static string Normalise(string path) => path.Replace('\\', '/');

    private static string Safe(string name)
    {
        var chars = name.Select(c => c < ' ' || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? '_' : c).ToArray();
        var safe = new string(chars).Trim().TrimEnd('.');
        return safe.Length == 0 ? "report" : safe;
    }
}
