using Gumu.Compliance;

namespace Gumu.Cli.Output;

/// <summary>Writes the results of a run in one output format.</summary>
internal interface IReportWriter
{
    /// <summary>True for binary formats that need --output (they are not written to a terminal).</summary>
    bool IsBinary => false;

    /// <summary>Writes every file's results, in the order given, and the summary. Does not close the stream.</summary>
    void Write(Stream output, IReadOnlyList<FileCheckResult> results, RunInfo run);
}

/// <summary>What the writers need to know about the run.</summary>
internal sealed record RunInfo(string ToolVersion, Language Language);
