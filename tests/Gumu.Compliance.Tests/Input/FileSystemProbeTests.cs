using Gumu.Compliance.Input;
using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Input;

public sealed class FileSystemProbeTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("gumu-probe-");

    public void Dispose() => _folder.Delete(recursive: true);

    [UnixFact]
    public void Kinds_are_told_without_opening_and_links_only_followed_when_asked()
    {
        var file = Path.Combine(_folder.FullName, "a.txt");
        File.WriteAllText(file, "x");
        var fifo = Path.Combine(_folder.FullName, "pipe");
        SpecialFiles.MakeFifo(fifo);
        var link = Path.Combine(_folder.FullName, "link");
        File.CreateSymbolicLink(link, "a.txt");

        FileSystemProbe.KindOf(file, followLinks: false).Should().Be(FileEntryKind.Regular);
        FileSystemProbe.KindOf(fifo, followLinks: true).Should().Be(FileEntryKind.Fifo);
        FileSystemProbe.KindOf("/dev/null", followLinks: true).Should().Be(FileEntryKind.Device);
        FileSystemProbe.KindOf(_folder.FullName, followLinks: true).Should().Be(FileEntryKind.Directory);
        FileSystemProbe.KindOf(link, followLinks: false).Should().Be(FileEntryKind.SymbolicLink);
        FileSystemProbe.KindOf(link, followLinks: true).Should().Be(FileEntryKind.Regular);
        FileSystemProbe.KindOf(Path.Combine(_folder.FullName, "none"), followLinks: true).Should().Be(FileEntryKind.Missing);
    }

    [UnixFact]
    public void The_managed_resolution_used_on_windows_agrees_with_the_system()
    {
        var real = Directory.CreateDirectory(Path.Combine(_folder.FullName, "real")).FullName;
        File.WriteAllText(Path.Combine(real, "file.txt"), "x");
        Directory.CreateSymbolicLink(Path.Combine(_folder.FullName, "l1"), "real");
        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "l2"), "l1/file.txt");
        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "loop-a"), "loop-b");
        File.CreateSymbolicLink(Path.Combine(_folder.FullName, "loop-b"), "loop-a");
        var system = FileSystemProbe.RealPath(_folder.FullName)!;

        foreach (var name in new[] { "l2", "l1", "l1/../l2", "loop-a", "none" })
        {
            var path = Path.Combine(_folder.FullName, name);
            FileSystemProbe.ManagedRealPath(path).Should().Be(FileSystemProbe.RealPath(path), name);
        }

        FileSystemProbe.RealPath(Path.Combine(_folder.FullName, "l2")).Should().Be(Path.Combine(system, "real", "file.txt"));
    }
}
