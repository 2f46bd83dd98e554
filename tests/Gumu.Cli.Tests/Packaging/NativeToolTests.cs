using System.Runtime.InteropServices;
using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Packaging;

/// <summary>The tool as users install it: `dotnet tool install` picks the native AOT build on linux-x64.</summary>
public sealed class NativeToolTests : IClassFixture<NativeToolTests.InstalledTool>
{
    private readonly InstalledTool _tool;

    public NativeToolTests(InstalledTool tool) => _tool = tool;

    [PackedFact]
    public void Installing_on_linux_x64_picks_the_native_package()
    {
        if (RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            return;
        }

        var store = Path.Combine(_tool.Folder, ".store");
        Directory.GetDirectories(store, "*", SearchOption.AllDirectories).Select(Path.GetFileName).Should().Contain("gumu.compliance.tool.linux-x64");
        Directory.GetFiles(store, "gumu.dll", SearchOption.AllDirectories).Should().BeEmpty("the native package carries a native program, no managed gumu.dll");
    }

    [PackedTheory]
    [InlineData("json", "zh")]
    [InlineData("json", "en")]
    [InlineData("sarif", "zh")]
    [InlineData("text", "zh")]
    [InlineData("text", "en")]
    public async Task The_native_tool_writes_the_same_bytes_as_the_JIT_build_on_the_samples(string format, string language)
    {
        using var work = new TempFolder("aot-parity");
        string[] arguments = ["check", "samples", "--format", format, "--lang", language, "--output"];

        var native = await BoundedProcess.RunAsync(_tool.Executable, [.. arguments, work.File("native")], TestPaths.Root, TimeSpan.FromMinutes(5));
        var jit = await BoundedProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "gumu.dll"), .. arguments, work.File("jit")], TestPaths.Root, TimeSpan.FromMinutes(5));

        native.ExitCode.Should().Be(jit.ExitCode, native.StandardError);
        native.StandardError.Should().Be(jit.StandardError);
        File.ReadAllBytes(work.File("native")).Should().Equal(File.ReadAllBytes(work.File("jit")));
    }

    /// <summary>The tool installed once from the packed packages into a private tool folder.</summary>
    public sealed class InstalledTool : IAsyncLifetime
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "gumu-cli-tests", "tool-" + Guid.NewGuid().ToString("N")[..8]);

        public string Executable => Path.Combine(Folder, OperatingSystem.IsWindows() ? "gumu.exe" : "gumu");

        public async Task InitializeAsync()
        {
            if (PackedPackages.Folder is null)
            {
                return;
            }

            var install = await BoundedProcess.RunAsync(
                "dotnet",
                ["tool", "install", "--tool-path", Folder, "--add-source", PackedPackages.Folder, "Gumu.Compliance.Tool", "--version", PackedPackages.Version],
                Path.GetTempPath(),
                TimeSpan.FromMinutes(5));
            install.ExitCode.Should().Be(0, install.StandardOutput + install.StandardError);
        }

        public Task DisposeAsync()
        {
            TempFolder.DeleteBestEffort(Folder);
            return Task.CompletedTask;
        }
    }
}
