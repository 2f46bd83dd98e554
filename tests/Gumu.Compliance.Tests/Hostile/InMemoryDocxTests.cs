using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Hostile;

/// <summary>
/// A DOCX is read entirely in memory: with a temporary folder that does not exist (read-only,
/// full, or removed under a service account) it is still read, and it leaves nothing behind when
/// the process is killed.
/// </summary>
public sealed class InMemoryDocxTests
{
    [Fact]
    public async Task A_docx_is_read_without_a_usable_temporary_folder()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "gumu-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string> { ["TMPDIR"] = nowhere, ["TMP"] = nowhere, ["TEMP"] = nowhere };

        var result = await MemoryProbe.CheckAsync(Path.Combine(RepositoryPaths.Samples, "compliant", "lanxi-2018.docx"), environment);

        result.Format.Should().Be("docx");
        result.Findings.Should().BeEmpty();
        Directory.Exists(nowhere).Should().BeFalse();
    }
}
