using System.Text.Json.Nodes;
using System.Xml.Linq;
using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Packaging;

/// <summary>The project's home is one MSBuild property; the SARIF log's links follow it.</summary>
public sealed class ProjectUrlTests
{
    internal static string ProjectUrl { get; } = XDocument.Load(Path.Combine(TestPaths.Root, "Directory.Build.props"))
        .Descendants("GumuProjectUrl").Single().Value.Trim();

    [Fact]
    public void The_canonical_home_is_a_real_https_address()
    {
        ProjectUrl.Should().StartWith("https://").And.NotContain("example.invalid").And.NotEndWith("/");
    }

    [Fact]
    public async Task Sarif_links_to_the_tool_and_its_rule_pages_come_from_the_one_property()
    {
        var (_, stdout, _) = await GumuTool.RunAsync("check", Path.Combine("samples", "compliant", "lanxi-2018.txt"), "--format", "sarif");

        var driver = JsonNode.Parse(stdout)!["runs"]![0]!["tool"]!["driver"]!;
        ((string?)driver["informationUri"]).Should().Be(ProjectUrl);
        driver["rules"]!.AsArray().Select(r => (string?)r!["helpUri"])
            .Should().OnlyContain(u => u!.StartsWith(ProjectUrl + "/blob/main/docs/rules/GM", StringComparison.Ordinal));
    }
}
