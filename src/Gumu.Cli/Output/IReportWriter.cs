using Gumu.Compliance;

namespace Gumu.Cli.Output;

/// <summary>Writes the results of a run in one output format.</summary>
internal interface IReportWriter
{
    /// <summary>Writes every file's results, in the order given, and the summary.</summary>
    void Write(TextWriter output, IReadOnlyList<FileCheckResult> results, RunInfo run);
}

/// <summary>What the writers need to know about the run.</summary>
internal sealed record RunInfo(string ToolVersion, Language Language);
