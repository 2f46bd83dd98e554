using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Configuration;

/// <summary>
/// The validated settings of one <c>gumu.json</c> file (docs/configuration.md). Every member is
/// optional: null (or an empty <see cref="Rules"/>) means the file does not set it, so the
/// command line or the rule set decides.
/// </summary>
internal sealed record GumuConfig
{
    /// <summary>No configuration file: every setting comes from the command line or the defaults.</summary>
    public static GumuConfig Empty { get; } = new();

    /// <summary>Full path of the file the settings were read from; null for <see cref="Empty"/>.</summary>
    public string? SourcePath { get; init; }

    /// <summary>"ruleSet" as written: "auto", a built-in rule set's name or a path to a rule-set file.</summary>
    public string? RuleSet { get; init; }

    /// <summary>"ruleSetsByYear": rule sets (names or paths) pinned to report years, used when the rule set is chosen per report.</summary>
    public IReadOnlyList<(YearKey Key, string Value)> RuleSetsByYear { get; init; } = [];

    /// <summary>"rules": severity by rule id; a null value switches the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> Rules { get; init; } = new Dictionary<string, Severity?>(StringComparer.Ordinal);

    /// <summary>"deadline": the publication deadline for GM4003, replacing the rule set's.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>"deadlines": publication deadlines by kind of issuing body, with {Y}/{Y+1} placeholders.</summary>
    public IReadOnlyDictionary<string, string> Deadlines { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>"lang": the language of messages.</summary>
    public Language? Language { get; init; }

    /// <summary>"soffice": the LibreOffice program that converts .doc/.wps files (full path); "" never converts; null looks on PATH.</summary>
    public string? Soffice { get; init; }

    /// <summary>The folder a relative "ruleSet" path is resolved against: the file's own folder.</summary>
    public string? BaseDirectory => SourcePath is null ? null : Path.GetDirectoryName(SourcePath);
}

/// <summary>
/// The command-line flags that compete with <c>gumu.json</c>. Null means the flag was not given;
/// a given flag always wins over the file.
/// </summary>
/// <param name="RuleSet"><c>--rules</c>: a built-in name or a rule-set file (relative to the current folder).</param>
/// <param name="Language"><c>--lang</c>.</param>
internal sealed record CommandLineSettings(string? RuleSet = null, Language? Language = null);

/// <summary>A key of "ruleSetsByYear": one year ("2018") or an inclusive range ("2019-2020").</summary>
/// <param name="Key">The key as written.</param>
/// <param name="From">The first year.</param>
/// <param name="To">The last year.</param>
internal sealed record YearKey(string Key, int From, int To)
{
    public static YearKey? Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 2 || !parts.All(p => p.Length == 4 && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var from = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var to = parts.Length == 2 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : from;
        return from is >= 1990 and <= 2100 && to >= from && to <= 2100 ? new YearKey(text, from, to) : null;
    }
}
