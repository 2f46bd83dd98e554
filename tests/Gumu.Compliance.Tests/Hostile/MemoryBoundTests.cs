using Xunit.Abstractions;

namespace Gumu.Compliance.Tests.Hostile;

/// <summary>
/// The memory budget of docs/limits.md: checking any single input within the limits peaks at
/// 512 MB of working set or less, and an input over a limit stops early with the GM0004 naming
/// it. Each input is checked alone in a fresh process (Gumu.MemoryProbe), so that the figure is
/// that input's. One class per format, so the three run side by side.
/// </summary>
public abstract class MemoryBoundTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>The documented budget.</summary>
    public const long BudgetBytes = 512L * 1024 * 1024;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gumu-hostile-");

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }

    protected async Task CheckWithinBudgetAsync(string name)
    {
        var input = HostileCorpus.Get(name);
        var path = HostileCorpus.WriteTo(_folder.FullName, input);

        var size = new FileInfo(path).Length;
        var result = await MemoryProbe.CheckAsync(path);
        File.Delete(path);
        output.WriteLine($"{name}: {size / (1024 * 1024)} MB file, peak working set {result.PeakWorkingSetMegabytes} MB, allocated {result.AllocatedBytes / (1024 * 1024)} MB, {string.Join(", ", result.Findings.Select(f => f.RuleId + " " + f.Message))}");

        var finding = result.Findings.Should().ContainSingle("{0} gets one finding", name).Subject;
        finding.RuleId.Should().Be(input.RuleId);
        if (input.Limit is not null)
        {
            finding.Properties.Should().Contain("limit", input.Limit);
        }

        result.PeakWorkingSetBytes.Should().BeLessThanOrEqualTo(BudgetBytes, "{0} peaked at {1} MB", name, result.PeakWorkingSetMegabytes);
    }
}

public sealed class TextMemoryBoundTests(ITestOutputHelper output) : MemoryBoundTests(output)
{
    public static TheoryData<string> Inputs() => [.. HostileCorpus.Text.Select(i => i.Name)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public Task Stays_within_the_budget(string name) => CheckWithinBudgetAsync(name);
}

public sealed class HtmlMemoryBoundTests(ITestOutputHelper output) : MemoryBoundTests(output)
{
    public static TheoryData<string> Inputs() => [.. HostileCorpus.Html.Select(i => i.Name)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public Task Stays_within_the_budget(string name) => CheckWithinBudgetAsync(name);
}

public sealed class DocxMemoryBoundTests(ITestOutputHelper output) : MemoryBoundTests(output)
{
    public static TheoryData<string> Inputs() => [.. HostileCorpus.Docx.Select(i => i.Name)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public Task Stays_within_the_budget(string name) => CheckWithinBudgetAsync(name);
}
