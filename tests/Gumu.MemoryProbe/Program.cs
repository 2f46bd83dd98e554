using System.Diagnostics;
using System.Text.Json;
using Gumu.Compliance;

// gumu-memory-probe FILE: checks FILE with the default options, the way `gumu check` does, but
// with no time limit (what is measured is memory; a busy machine must not turn an input within
// the limits into a GM0004 timeout), and prints one JSON object: the findings (rule id, message) and the process's peak working set and
// total allocated bytes. Exit code 0 unless the probe itself failed.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Gumu.MemoryProbe FILE");
    return 2;
}

var result = await new ReportChecker(ReportCheckerOptions.Default with { PerFileTimeout = null }).CheckFileAsync(args[0]).ConfigureAwait(false);
using var process = Process.GetCurrentProcess();
process.Refresh();
var report = new
{
    format = result.Format,
    findings = result.Findings.Select(f => new { ruleId = f.RuleId, message = f.Message, properties = f.Properties.ToDictionary(p => p.Key, p => p.Value?.ToString()) }),
    peakWorkingSetBytes = process.PeakWorkingSet64,
    allocatedBytes = GC.GetTotalAllocatedBytes(precise: true),
};
Console.WriteLine(JsonSerializer.Serialize(report));
return 0;
