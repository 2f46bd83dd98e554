using System.Reflection;

namespace Gumu.Compliance.Reporting;

/// <summary>Settings of <see cref="ReportWriter.Write"/>.</summary>
public sealed record ReportWriterOptions
{
    // Before Default: static initialisers run in textual order.
    private static readonly string LibraryVersion = VersionOf(typeof(ReportWriterOptions).Assembly);

    /// <summary>Chinese text, this library's version, no check date.</summary>
    public static ReportWriterOptions Default { get; } = new();

    /// <summary>The language of the report's own text (headings, labels, summary). Findings keep the language they were checked in.</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>The version the report names as the tool's ("gumu 0.1.0"); defaults to this library's version.</summary>
    public string ToolVersion { get; init; } = LibraryVersion;

    /// <summary>
    /// The date of the check, shown in the HTML and XLSX summaries; null (the default) leaves it
    /// out, so the same results always give the same bytes.
    /// </summary>
    public DateOnly? CheckDate { get; init; }

    private static string VersionOf(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
