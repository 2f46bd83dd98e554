using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;
using Json.Schema;

namespace Gumu.Cli.Tests.RuleSets;

/// <summary>
/// rules/rule-set.schema.json accepts every rule-set file of the repository and describes exactly
/// the keys the loader reads: the properties of <see cref="RuleSet"/> and the records under it.
/// </summary>
public sealed class RuleSetSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(TestPaths.RuleSetSchema));

    private static readonly JsonDocumentOptions RuleFileOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Every rule-set file under rules/ (the catalog and the schema are other kinds of file).</summary>
    public static TheoryData<string> RuleFiles() => new(RuleFileNames());

    /// <summary>The user-written rule-set files of tests/fixtures-rulesets that are meant to be valid.</summary>
    public static TheoryData<string> UserRuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.RuleSetFixtures, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void The_schema_is_a_draft_2020_12_schema_of_a_closed_object()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestPaths.RuleSetSchema)); // strict JSON
        var root = schema.RootElement;

        root.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        root.GetProperty("type").GetString().Should().Be("object");
        root.GetProperty("additionalProperties").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public void There_are_rule_files_to_validate()
    {
        RuleFileNames().Should().Contain(["common.json", "yunnan-2018.json", "national-2019.json", "national-2021.json"]);
    }

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void Every_rule_file_in_rules_is_valid(string file)
    {
        Problems(ParseFile(Path.Combine(TestPaths.Rules, file))).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(UserRuleFiles))]
    public void Every_user_rule_file_of_the_fixtures_is_valid(string file)
    {
        Problems(ParseFile(Path.Combine(TestPaths.RuleSetFixtures, file))).Should().BeEmpty();
    }

    [Fact]
    public void A_derived_file_needs_only_id_and_name()
    {
        var file = """{ "id": "mine", "extends": "national-2021", "name": { "zh": "我的", "en": "mine" } }""";

        Problems(JsonNode.Parse(file)!).Should().BeEmpty();
    }

    [Fact]
    public void A_derived_file_may_name_only_the_id_of_an_entry_it_changes_or_removes()
    {
        var file = """
            {
              "id": "mine", "extends": "national-2021", "name": { "zh": "我的", "en": "mine" },
              "tables": [ { "id": "三", "relations": [ { "id": "legal-subtotal", "$remove": true } ], "rows": [ { "id": "R1", "aliases": ["新收申请"] } ] } ]
            }
            """;

        Problems(JsonNode.Parse(file)!).Should().BeEmpty();
    }

    [Fact]
    public void A_replaced_entry_must_be_complete()
    {
        var file = """
            { "id": "mine", "extends": "national-2021", "name": { "zh": "我的", "en": "mine" },
              "tables": [ { "id": "三", "$replace": true, "rows": [] } ] }
            """;

        Problems(JsonNode.Parse(file)!).Should().Contain(p => p.StartsWith("/tables/0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("titlePhrase")]
    [InlineData("sections")]
    [InlineData("name")]
    public void A_standalone_file_must_be_complete(string key)
    {
        var file = JsonNode.Parse("""
            { "id": "mine", "name": { "zh": "我的", "en": "mine" }, "titlePhrase": "政府信息公开工作年度报告",
              "sections": [ { "number": 1, "title": "总体情况" } ] }
            """)!.AsObject();
        Problems(file).Should().BeEmpty("the complete file is valid");

        file.Remove(key);

        Problems(file).Should().NotBeEmpty("a file without extends needs {0}", key);
    }

    [Fact]
    public void A_standalone_table_needs_its_columns_and_rows()
    {
        var file = """
            { "id": "mine", "name": { "zh": "我的", "en": "mine" }, "titlePhrase": "政府信息公开工作年度报告",
              "sections": [ { "number": 1, "title": "总体情况" } ],
              "tables": [ { "id": "一", "name": { "zh": "表", "en": "table" }, "section": 1 } ] }
            """;

        Problems(JsonNode.Parse(file)!).Should().Contain(p => p.StartsWith("/tables/0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "id": "mine", "extends": "national-2021", "name": { "zh": "我的", "en": "mine" }, "titlephrase": "x" }""", "/titlephrase")]
    [InlineData("""{ "id": "mine", "extends": "national-2021", "name": { "zh": "我的", "en": "mine" }, "tables": [ { "id": "三", "rows": [ { "id": "R9", "lable": "x" } ] } ] }""", "/tables/0/rows/0")]
    [InlineData("""{ "id": "mine", "extends": "national-2021", "name": { "zh": "我的", "en": "mine" }, "tables": [ { "id": "三", "relations": [ { "id": "x", "forEach": "columns" } ] } ] }""", "/tables/0/relations/0/forEach")]
    [InlineData("""{ "id": "mine", "extends": "national-2021", "name": { "zh": "我的", "en": "mine" }, "severities": { "GM1003": "warn" } }""", "/severities/GM1003")]
    [InlineData("""{ "id": "mine", "extends": "national-2021", "name": { "zh": "我的", "en": "mine" }, "deadline": "2022-1-31" }""", "/deadline")]
    public void Mistakes_the_loader_refuses_are_schema_errors_at_their_place(string file, string location)
    {
        Problems(JsonNode.Parse(file)!).Should().Contain(p => p.StartsWith(location + ":", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(typeof(RuleSet))]
    [InlineData(typeof(DetectionSpec))]
    [InlineData(typeof(YearRange))]
    [InlineData(typeof(SectionSpec))]
    [InlineData(typeof(TableSpec))]
    [InlineData(typeof(TableColumnSpec))]
    [InlineData(typeof(TableRowSpec))]
    [InlineData(typeof(TableBlockSpec))]
    [InlineData(typeof(TableRelationSpec))]
    [InlineData(typeof(NarrativeSpec))]
    [InlineData(typeof(NarrativeQuantitySpec))]
    [InlineData(typeof(OutcomeKindSpec))]
    [InlineData(typeof(ProceedingSpec))]
    [InlineData(typeof(OutcomeRowSpec))]
    [InlineData(typeof(RequiredStatementSpec))]
    [InlineData(typeof(LocalizedText))]
    public void The_records_the_loader_reads_are_listed_here(Type type)
    {
        ModelTypes().Should().Contain(type);
    }

    [Fact]
    public void Every_record_under_RuleSet_has_a_definition_and_no_definition_is_left_over()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestPaths.RuleSetSchema));
        var definitions = schema.RootElement.GetProperty("$defs").EnumerateObject()
            .Where(d => d.Value.TryGetProperty("properties", out _))
            .Select(d => d.Name);

        definitions.Should().BeEquivalentTo(ModelTypes().Where(t => t != typeof(RuleSet)).Select(t => t.Name));
    }

    [Fact]
    public void Every_property_of_the_model_is_in_the_schema_and_every_key_of_the_schema_in_the_model()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestPaths.RuleSetSchema));
        foreach (var type in ModelTypes())
        {
            var definition = Definition(schema.RootElement, type);
            var keys = definition.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(k => !k.StartsWith('$'));

            keys.Should().BeEquivalentTo(JsonProperties(type).Select(p => p.Name), "the schema's {0} has the keys of {1}", DefinitionName(type), type.Name);
            definition.GetProperty("additionalProperties").GetBoolean().Should().BeFalse("{0} is a closed object", DefinitionName(type));
        }
    }

    [Fact]
    public void Every_key_of_the_schema_is_described()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestPaths.RuleSetSchema));
        foreach (var type in ModelTypes())
        {
            foreach (var property in Definition(schema.RootElement, type).GetProperty("properties").EnumerateObject())
            {
                Description(schema.RootElement, property.Value).Should().NotBeNullOrWhiteSpace("{0}.{1} is described", DefinitionName(type), property.Name);
            }
        }
    }

    [Fact]
    public void A_key_accepts_null_exactly_when_the_model_allows_null()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestPaths.RuleSetSchema));
        foreach (var type in ModelTypes())
        {
            var properties = Definition(schema.RootElement, type).GetProperty("properties");
            foreach (var (name, nullable) in JsonProperties(type))
            {
                AcceptsNull(properties.GetProperty(name)).Should().Be(nullable, "{0}.{1} is {2} in the model", type.Name, name, nullable ? "nullable" : "not nullable");
            }
        }
    }

    [Fact]
    public void A_complete_entry_has_the_model_s_required_members()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestPaths.RuleSetSchema));
        var root = schema.RootElement;
        foreach (var type in ModelTypes().Where(t => t != typeof(RuleSet)))
        {
            var definition = Definition(root, type);

            // Entries of lists that merge by id may be partial in a derived file, unless marked $replace.
            var complete = definition.GetProperty("properties").TryGetProperty("$replace", out _)
                ? definition.GetProperty("then").GetProperty("required")
                : definition.TryGetProperty("required", out var required) ? required : default;
            Names(complete).Should().BeEquivalentTo(RequiredMembers(type), "a complete {0} has the model's required members", type.Name);
        }

        var standalone = root.GetProperty("else");
        Names(standalone.GetProperty("required")).Should().Contain(RequiredMembers(typeof(RuleSet)));
        var overlay = standalone.GetProperty("properties");
        var tables = overlay.GetProperty("tables").GetProperty("items");
        Names(overlay.GetProperty("sections").GetProperty("items").GetProperty("required")).Should().BeEquivalentTo(RequiredMembers(typeof(SectionSpec)));
        Names(tables.GetProperty("required")).Should().BeEquivalentTo(RequiredMembers(typeof(TableSpec)));
        Names(tables.GetProperty("properties").GetProperty("columns").GetProperty("items").GetProperty("required")).Should().BeEquivalentTo(RequiredMembers(typeof(TableColumnSpec)));
        Names(tables.GetProperty("properties").GetProperty("rows").GetProperty("items").GetProperty("required")).Should().BeEquivalentTo(RequiredMembers(typeof(TableRowSpec)));
        Names(tables.GetProperty("properties").GetProperty("relations").GetProperty("items").GetProperty("required")).Should().BeEquivalentTo(RequiredMembers(typeof(TableRelationSpec)));
        Names(overlay.GetProperty("narrative").GetProperty("properties").GetProperty("quantities").GetProperty("items").GetProperty("required"))
            .Should().BeEquivalentTo(RequiredMembers(typeof(NarrativeQuantitySpec)));
    }

    private static List<string> RuleFileNames() =>
        Directory.EnumerateFiles(TestPaths.Rules, "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != "catalog.json" && !name.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Schema errors as "instance location: message", empty when the instance is valid.</summary>
    internal static IReadOnlyList<string> Problems(JsonNode instance)
    {
        EvaluationResults result;

        // One evaluation at a time: test classes run in parallel, and a schema shared between
        // threads gave sporadic false passes.
        lock (Schema)
        {
            result = Schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        }

        return result.IsValid
            ? []
            : result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
    }

    internal static JsonNode ParseFile(string path) => JsonNode.Parse(File.ReadAllText(path), documentOptions: RuleFileOptions)!;

    /// <summary>RuleSet and every record reachable from its properties, as the loader reads them.</summary>
    private static List<Type> ModelTypes()
    {
        var found = new List<Type>();
        var pending = new Queue<Type>([typeof(RuleSet)]);
        while (pending.TryDequeue(out var type))
        {
            if (found.Contains(type))
            {
                continue;
            }

            found.Add(type);
            foreach (var property in ReadProperties(type))
            {
                if (ModelType(property.PropertyType) is { } nested)
                {
                    pending.Enqueue(nested);
                }
            }
        }

        return found;
    }

    // A record of the model behind a property's type: the type itself, or a list's element type.
    private static Type? ModelType(Type type)
    {
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : type;
        return element.IsClass && element.Namespace is { } ns && ns.StartsWith("Gumu.Compliance", StringComparison.Ordinal) ? element : null;
    }

    // The properties the loader fills: marked [JsonInclude] (their setters are internal) or with a
    // public setter, and not [JsonIgnore]d.
    private static IEnumerable<PropertyInfo> ReadProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0
                && p.GetCustomAttribute<JsonIgnoreAttribute>() is null
                && (p.GetCustomAttribute<JsonIncludeAttribute>() is not null || p.SetMethod is { IsPublic: true }));

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static IEnumerable<(string Name, bool Nullable)> JsonProperties(Type type)
    {
        var positional = PositionalParameters(type);
        var properties = positional.Count > 0
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => positional.Contains(p.Name))
            : ReadProperties(type);
        return properties.Select(p => (JsonName(p), Nullability.Create(p).ReadState == NullabilityState.Nullable));
    }

    // The parameters of a positional record's constructor (LocalizedText): every one is required.
    private static HashSet<string> PositionalParameters(Type type)
    {
        var constructors = type.GetConstructors();
        return constructors.Any(c => c.GetParameters().Length == 0)
            ? []
            : constructors.OrderByDescending(c => c.GetParameters().Length).First().GetParameters().Select(p => char.ToUpperInvariant(p.Name![0]) + p.Name[1..]).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> RequiredMembers(Type type)
    {
        var positional = PositionalParameters(type);
        return positional.Count > 0
            ? positional.Select(JsonNamingPolicy.CamelCase.ConvertName)
            : ReadProperties(type)
                .Where(p => p.GetCustomAttribute<JsonRequiredAttribute>() is not null || p.GetCustomAttribute<RequiredMemberAttribute>() is not null)
                .Select(JsonName);
    }

    private static string DefinitionName(Type type) => type == typeof(RuleSet) ? "root" : "$defs/" + type.Name;

    private static JsonElement Definition(JsonElement root, Type type) =>
        type == typeof(RuleSet) ? root : root.GetProperty("$defs").GetProperty(type.Name);

    // A property's own description, or that of the definition it refers to.
    private static string? Description(JsonElement root, JsonElement property)
    {
        if (property.TryGetProperty("description", out var description))
        {
            return description.GetString();
        }

        return property.TryGetProperty("$ref", out var reference) && reference.GetString() is { } target && target.StartsWith("#/$defs/", StringComparison.Ordinal)
            ? Description(root, root.GetProperty("$defs").GetProperty(target["#/$defs/".Length..]))
            : null;
    }

    private static bool AcceptsNull(JsonElement property)
    {
        if (property.TryGetProperty("type", out var type))
        {
            return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == "null") : type.GetString() == "null";
        }

        if (property.TryGetProperty("enum", out var values))
        {
            return values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.Null);
        }

        return property.TryGetProperty("oneOf", out var options) && options.EnumerateArray().Any(AcceptsNull);
    }

    private static IEnumerable<string> Names(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().Select(e => e.GetString()!) : [];
}
