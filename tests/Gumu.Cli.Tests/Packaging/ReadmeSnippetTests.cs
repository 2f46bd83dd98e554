using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Packaging;

/// <summary>
/// The README's embedding snippets compile as pasted into a new project that references the
/// packed packages, and every package carries the metadata NuGet shows.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private static readonly string[] LibraryPackages =
    [
        "Gumu.Compliance", "Gumu.Compliance.Core", "Gumu.Compliance.Readers.Html", "Gumu.Compliance.Readers.Docx",
        "Gumu.Compliance.Readers.Pdf", "Gumu.Compliance.DependencyInjection",
    ];

    public static TheoryData<int> Snippets()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < EmbeddingSnippets().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void The_embedding_section_shows_a_library_snippet_and_an_ASP_NET_Core_snippet()
    {
        var snippets = EmbeddingSnippets();

        snippets.Should().HaveCount(2);
        snippets[0].Should().Contain("new ReportChecker(").And.Contain("CheckText(").And.Contain("LocationText");
        snippets[1].Should().Contain("AddGumuCompliance(");
        File.ReadAllText(Path.Combine(TestPaths.Root, "src", "Gumu.Compliance", "PACKAGE.md")).Should().Contain(snippets[0], "the package's README shows the same snippet");
    }

    [PackedTheory]
    [MemberData(nameof(Snippets))]
    public async Task A_README_snippet_builds_against_the_packed_packages(int index)
    {
        var snippet = EmbeddingSnippets()[index];
        using var work = new TempFolder("readme-snippet");
        var web = snippet.Contains("WebApplication.", StringComparison.Ordinal);
        var package = snippet.Contains("AddGumuCompliance", StringComparison.Ordinal) ? "Gumu.Compliance.DependencyInjection" : "Gumu.Compliance";
        File.WriteAllText(work.File("Snippet.csproj"), $"""
            <Project Sdk="{(web ? "Microsoft.NET.Sdk.Web" : "Microsoft.NET.Sdk")}">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{package}" Version="{PackedPackages.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(work.File("Program.cs"), snippet);

        // A private package folder, so a Gumu package of the same version restored earlier is never
        // used instead of the packed one; the machine's package folder only supplies the others.
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var fallback = Directory.Exists(cache) && !Directory.EnumerateDirectories(cache, "gumu.*").Any() ? cache : "";
        var build = await BoundedProcess.RunAsync(
            "dotnet",
            ["build", "-nologo", "-p:RestoreAdditionalProjectSources=" + PackedPackages.Require(), "-p:RestorePackagesPath=" + work.File("packages"), "-p:RestoreFallbackFolders=" + fallback],
            work.Path,
            TimeSpan.FromMinutes(8));

        build.ExitCode.Should().Be(0, build.StandardOutput + build.StandardError);
    }

    [PackedFact]
    public void Every_package_names_the_project_home_licence_icon_readme_and_has_symbols()
    {
        var folder = PackedPackages.Require();
        var version = PackedPackages.Version;
        foreach (var id in LibraryPackages.Append("Gumu.Compliance.Tool"))
        {
            using var package = ZipFile.OpenRead(Path.Combine(folder, $"{id}.{version}.nupkg"));
            var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            string Element(string name) => nuspec.Descendants().Single(e => e.Name.LocalName == name).Value;
            var repository = nuspec.Descendants().Single(e => e.Name.LocalName == "repository");

            Element("projectUrl").Should().Be(ProjectUrlTests.ProjectUrl, id);
            repository.Attribute("url")!.Value.Should().Be(ProjectUrlTests.ProjectUrl, id);
            Element("license").Should().Be("MIT", id);
            Element("icon").Should().Be("icon.png", id);
            Element("readme").Should().Be("README.md", id);
            Element("tags").Should().Contain("政府信息公开", id);
            package.Entries.Select(e => e.FullName).Should().Contain(["icon.png", "README.md", "LICENSE"], id);
        }

        foreach (var id in LibraryPackages)
        {
            File.Exists(Path.Combine(folder, $"{id}.{version}.snupkg")).Should().BeTrue($"{id} ships its symbols");
        }
    }

    /// <summary>The C# blocks of the README's "Embedding the library" section, as a reader would copy them.</summary>
    private static List<string> EmbeddingSnippets()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("## Embedding the library", StringComparison.Ordinal);
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        return [.. CSharpBlock().Matches(section).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
