using System.Text;
using Gumu.Cli.Configuration;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Tests.Configuration;

public sealed class GumuConfigLoaderTests
{
    private static readonly string SomeFile = Path.Combine(Path.GetTempPath(), "cfg", "gumu.json");

    [Fact]
    public void Loads_every_key()
    {
        var config = GumuConfigLoader.Parse(
            """
            {
              "$schema": "docs/gumu.schema.json",
              "ruleSet": "yunnan-2018",
              "rules": { "GM1003": "off", "GM1005": "error", "GM2005": "info", "GM0002": "warning" },
              "deadline": "2019-01-31",
              "lang": "en"
            }
            """,
            SomeFile);

        config.SourcePath.Should().Be(Path.GetFullPath(SomeFile));
        config.BaseDirectory.Should().Be(Path.GetDirectoryName(Path.GetFullPath(SomeFile)));
        config.RuleSet.Should().Be("yunnan-2018");
        config.Rules.Should().BeEquivalentTo(new Dictionary<string, Severity?>
        {
            ["GM1003"] = null,
            ["GM1005"] = Severity.Error,
            ["GM2005"] = Severity.Info,
            ["GM0002"] = Severity.Warning,
        });
        config.Deadline.Should().Be(new DateOnly(2019, 1, 31));
        config.Language.Should().Be(Language.English);
    }

    [Fact]
    public void An_empty_object_sets_nothing()
    {
        var config = GumuConfigLoader.Parse("{}", SomeFile);

        config.RuleSet.Should().BeNull();
        config.Rules.Should().BeEmpty();
        config.Deadline.Should().BeNull();
        config.Language.Should().BeNull();
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var config = GumuConfigLoader.Parse(
            """
            // 石门乡: our own deadline
            {
              /* block comment */
              "deadline": "2019-02-15", // trailing comment
              "rules": { "GM1003": "off", },
            }
            """,
            SomeFile);

        config.Deadline.Should().Be(new DateOnly(2019, 2, 15));
        config.Rules.Should().ContainKey("GM1003").WhoseValue.Should().BeNull();
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{ \"lang\": \"zh\" }")];

        GumuConfigLoader.Parse(bytes, SomeFile).Language.Should().Be(Language.Chinese);
    }

    [Fact]
    public void Load_reads_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("gumu.json", "{ \"lang\": \"en\" }");

        var config = GumuConfigLoader.Load(path);

        config.Language.Should().Be(Language.English);
        config.SourcePath.Should().Be(path);
    }

    [Fact]
    public void Find_returns_null_when_the_folder_has_no_gumu_json()
    {
        using var folder = new TempFolder();

        GumuConfigLoader.Find(folder.Path).Should().BeNull();
    }

    [Fact]
    public void Find_reads_gumu_json_of_the_folder()
    {
        using var folder = new TempFolder();
        folder.Write("gumu.json", "{ \"rules\": { \"GM1003\": \"off\" } }");

        var config = GumuConfigLoader.Find(folder.Path);

        config.Should().NotBeNull();
        config!.SourcePath.Should().Be(folder.Combine("gumu.json"));
    }

    [Fact]
    public void Find_does_not_search_parent_folders()
    {
        using var folder = new TempFolder();
        folder.Write("gumu.json", "{}");
        Directory.CreateDirectory(folder.Combine("reports"));

        GumuConfigLoader.Find(folder.Combine("reports")).Should().BeNull();
    }

    [Fact]
    public void Find_reports_a_broken_file_rather_than_ignoring_it()
    {
        using var folder = new TempFolder();
        folder.Write("gumu.json", "{ \"lang\": \"fr\" }");

        var act = () => GumuConfigLoader.Find(folder.Path);

        act.Should().Throw<GumuConfigException>().Which.Key.Should().Be("lang");
    }

    [Fact]
    public void Resolve_without_config_option_uses_gumu_json_of_the_current_folder()
    {
        using var folder = new TempFolder();
        folder.Write("gumu.json", "{ \"lang\": \"en\" }");

        GumuConfigLoader.Resolve(null, folder.Path).Language.Should().Be(Language.English);
    }

    [Fact]
    public void Resolve_without_any_file_gives_the_empty_configuration()
    {
        using var folder = new TempFolder();

        GumuConfigLoader.Resolve(null, folder.Path).Should().BeSameAs(GumuConfig.Empty);
    }

    [Fact]
    public void Resolve_with_config_option_reads_that_file_relative_to_the_current_folder_and_ignores_gumu_json()
    {
        using var folder = new TempFolder();
        folder.Write("gumu.json", "{ \"lang\": \"zh\" }");
        var other = folder.Write(Path.Combine("settings", "strict.json"), "{ \"lang\": \"en\" }");

        var config = GumuConfigLoader.Resolve(Path.Combine("settings", "strict.json"), folder.Path);

        config.Language.Should().Be(Language.English);
        config.SourcePath.Should().Be(other);
    }

    [Fact]
    public void Resolve_with_a_config_option_that_names_no_file_is_an_error()
    {
        using var folder = new TempFolder();

        var act = () => GumuConfigLoader.Resolve("missing.json", folder.Path);

        var error = act.Should().Throw<GumuConfigException>().Which;
        error.Origin.Should().Be(folder.Combine("missing.json"));
        error.Key.Should().BeNull();
        error.Format(Language.English).Should().Be(folder.Combine("missing.json") + ": the configuration file does not exist");
        error.Format(Language.Chinese).Should().Be(folder.Combine("missing.json") + ": 找不到配置文件");
    }
}
