using System.Text.Json;
using Gumu.Cli.Configuration;
using Gumu.Cli.Tests.Docs;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Configuration;

/// <summary>docs/gumu.schema.json and docs/configuration.md describe exactly the keys and values the loader accepts.</summary>
public sealed class SchemaTests
{
    private static JsonDocument Schema() =>
        JsonDocument.Parse(File.ReadAllText(TestPaths.Schema)); // strict JSON: no comments, no trailing commas

    [Fact]
    public void The_schema_is_a_draft_2020_12_schema_of_a_closed_object()
    {
        using var schema = Schema();
        var root = schema.RootElement;

        root.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        root.GetProperty("type").GetString().Should().Be("object");
        root.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void The_schema_has_exactly_the_loader_s_keys_each_described()
    {
        using var schema = Schema();
        var properties = schema.RootElement.GetProperty("properties").EnumerateObject().ToList();

        properties.Select(p => p.Name).Should().Equal(GumuConfigLoader.Keys);
        properties.Should().AllSatisfy(p => p.Value.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace());
    }

    [Fact]
    public void The_schema_lists_every_rule_id_with_its_name_and_default_severity()
    {
        using var schema = Schema();
        var rules = schema.RootElement.GetProperty("properties").GetProperty("rules");

        rules.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
        var entries = rules.GetProperty("properties").EnumerateObject().ToList();
        entries.Select(e => e.Name).Should().Equal(RuleCatalog.Default.Rules.Select(r => r.Id));
        foreach (var entry in entries)
        {
            var rule = RuleCatalog.Default[entry.Name];
            entry.Value.GetProperty("description").GetString().Should()
                .Be($"{rule.Name} (default: {rule.DefaultSeverity.ToName()}): {rule.Summary.En}. See docs/rules/{rule.Id}.md.");
            entry.Value.GetProperty("$ref").GetString().Should()
                .Be(rule.Id.StartsWith("GM0", StringComparison.Ordinal) ? "#/$defs/inputSeverity" : "#/$defs/severity");
        }
    }

    [Fact]
    public void The_schema_s_values_are_the_loader_s_values()
    {
        using var schema = Schema();
        var root = schema.RootElement;

        Enum(root.GetProperty("$defs").GetProperty("severity")).Should().Equal(GumuConfigLoader.SeverityValues);
        Enum(root.GetProperty("$defs").GetProperty("inputSeverity")).Should().Equal(GumuConfigLoader.SeverityValues.Where(v => v != "off"));
        Enum(root.GetProperty("properties").GetProperty("lang")).Should().Equal(GumuConfigLoader.LanguageValues);
        Enum(root.GetProperty("properties").GetProperty("deadlines").GetProperty("propertyNames")).Should().Equal(GumuConfigLoader.IssuerKinds);
        root.GetProperty("properties").GetProperty("deadline").GetProperty("pattern").GetString().Should().Be("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    }

    [Fact]
    public void The_schema_s_examples_are_accepted_by_the_loader()
    {
        using var schema = Schema();
        var properties = schema.RootElement.GetProperty("properties");
        foreach (var key in new[] { "ruleSet", "deadline" })
        {
            foreach (var example in properties.GetProperty(key).GetProperty("examples").EnumerateArray())
            {
                var json = new Dictionary<string, string> { [key] = example.GetString()! };
                var act = () => GumuConfigLoader.Parse(JsonSerializer.Serialize(json), Path.Combine(Path.GetTempPath(), "gumu.json"));
                act.Should().NotThrow(key + " example " + example);
            }
        }

        foreach (var key in new[] { "ruleSetsByYear", "deadlines" })
        {
            foreach (var example in properties.GetProperty(key).GetProperty("examples").EnumerateArray())
            {
                var json = "{ \"" + key + "\": " + example.GetRawText() + " }";
                var act = () => GumuConfigLoader.Parse(json, Path.Combine(Path.GetTempPath(), "gumu.json"));
                act.Should().NotThrow(key + " example " + example.GetRawText());
            }
        }
    }

    [Theory]
    [InlineData("{ \"ruleSetsByYear\": { \"18\": \"yunnan-2018\" } }")]
    [InlineData("{ \"ruleSetsByYear\": { \"2018\": \"auto\" } }")]
    [InlineData("{ \"ruleSetsByYear\": { \"2018\": 2018 } }")]
    [InlineData("{ \"ruleSetsByYear\": [\"yunnan-2018\"] }")]
    [InlineData("{ \"ruleSet\": \"\" }")]
    [InlineData("{ \"deadlines\": { \"town\": \"{Y+1}-01-26\" } }")]
    [InlineData("{ \"deadlines\": { \"township\": \"2026/01/26\" } }")]
    public void What_the_schema_refuses_the_loader_refuses(string json)
    {
        var schema = Json.Schema.JsonSchema.FromFile(TestPaths.Schema);
        schema.Evaluate(System.Text.Json.Nodes.JsonNode.Parse(json)).IsValid.Should().BeFalse();

        var act = () => GumuConfigLoader.Parse(json, Path.Combine(Path.GetTempPath(), "gumu.json"));
        act.Should().Throw<GumuConfigException>();
    }

    [Fact]
    public void The_configuration_page_documents_every_key()
    {
        var page = File.ReadAllText(TestPaths.ConfigurationPage);
        var headings = Markdown.Lines(page).Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l[4..]).ToList();

        headings.Should().Equal(GumuConfigLoader.Keys, "each key has a section, in the loader's order");
        foreach (var key in GumuConfigLoader.Keys)
        {
            page.Should().Contain($"| [`{key}`](#", because: "the keys table lists " + key);
        }
    }

    [Fact]
    public void The_configuration_page_s_examples_are_valid_gumu_json()
    {
        var examples = Markdown.CodeBlocks(File.ReadAllText(TestPaths.ConfigurationPage), "jsonc");

        examples.Should().NotBeEmpty();
        foreach (var example in examples)
        {
            var act = () => GumuConfigLoader.Parse(example, Path.Combine(Path.GetTempPath(), "gumu.json"));
            act.Should().NotThrow(example);
        }
    }

    private static IEnumerable<string?> Enum(JsonElement element) =>
        element.GetProperty("enum").EnumerateArray().Select(v => v.GetString());
}
