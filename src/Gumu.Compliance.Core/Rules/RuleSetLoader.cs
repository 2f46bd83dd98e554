using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Gumu.Compliance.Rules;

/// <summary>
/// Loads rule sets: built-in ones by name (each loaded once per process), or a user's file. A
/// file may name another rule set in <c>extends</c> (a built-in name, or a path relative to the
/// file) and state only what differs; see <see cref="RuleSetMerge"/> for how the two combine.
/// </summary>
public static partial class RuleSetLoader
{
    /// <summary>The name that selects a rule set per document (<see cref="Selection.RuleSetSelector"/>).</summary>
    public const string Auto = "auto";

    private const int MaxExtendsDepth = 8;

    private static readonly ConcurrentDictionary<string, Lazy<RuleSet>> Cache = new(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyList<string>> Names = new(() =>
        EmbeddedRules.RuleSetNames().Where(n => !BuiltIn(n, allowAbstract: true).Abstract).ToList());

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    /// <summary>The names of the built-in rule sets that can check a report (abstract ones left out).</summary>
    public static IReadOnlyList<string> BuiltInNames => Names.Value;

    /// <summary>Every built-in rule set that can check a report, in name order.</summary>
    public static IReadOnlyList<RuleSet> BuiltInSets => [.. BuiltInNames.Select(n => BuiltIn(n))];

    /// <summary>A built-in rule set by name; loaded once per process.</summary>
    /// <exception cref="ArgumentException">No built-in rule set has that name.</exception>
    public static RuleSet BuiltIn(string name) => BuiltIn(name, allowAbstract: false);

    /// <summary>The shared parts every built-in rule set extends (title phrase, vocabulary of running text).</summary>
    internal static RuleSet Common => BuiltIn("common", allowAbstract: true);

    /// <summary>Reads a rule set from a JSON file; <c>extends</c> may name a built-in rule set or a file beside it.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid rule set.</exception>
    public static RuleSet FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        using var stream = File.OpenRead(full);
        return Load(stream, Path.GetDirectoryName(full));
    }

    /// <summary>Reads a rule set from JSON; <c>extends</c> may name a built-in rule set.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid rule set.</exception>
    public static RuleSet Load(Stream json) => Load(json, baseDirectory: null);

    private static RuleSet BuiltIn(string name, bool allowAbstract)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!EmbeddedRules.RuleSetNames().Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No built-in rule set is named '{name}'. Known: {string.Join(", ", BuiltInNames)}.", nameof(name));
        }

        var set = Cache.GetOrAdd(name, n => new Lazy<RuleSet>(() =>
        {
            using var stream = EmbeddedRules.Open(n + ".json");
            return Load(stream, baseDirectory: null);
        })).Value;
        return set.Abstract && !allowAbstract
            ? throw new ArgumentException($"'{name}' only carries shared parts for other rule sets; it cannot check a report.", nameof(name))
            : set;
    }

    private static RuleSet Load(Stream json, string? baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(json);
        var merged = Resolve(Parse(json, "the rule set"), baseDirectory, 0);
        RuleSetMerge.StripDirectives(merged);
        RuleSet set;
        try
        {
            set = merged.Deserialize(RulesJson.Default.RuleSet) ?? throw new InvalidDataException("The rule set is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The rule set '{merged["id"]}' is not valid{Where(merged, e.Path)}: {e.Message}", e);
        }

        RuleSetValidator.Validate(set);
        return set;
    }

    /// <summary>
    /// Where a JSON path points in the merged rule set, with the ids of the entries on the way
    /// (" at tables[0].rows[6].lable (table '二', row 'confirmation')"): list positions count the
    /// merged lists, so the ids are what lead a user to the entry in their own file.
    /// </summary>
    private static string Where(JsonNode root, string? path)
    {
        var ids = new List<string>();
        var shown = new System.Text.StringBuilder();
        JsonNode? node = root;
        var container = string.Empty;
        foreach (Match step in PathStep().Matches(path ?? string.Empty))
        {
            if (step.Groups["index"].Success)
            {
                var i = int.Parse(step.Groups["index"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                node = node is JsonArray array && i < array.Count ? array[i] : null;
                shown.Append('[').Append(i).Append(']');
                if (node is JsonObject entry && entry["id"] is JsonValue id && id.TryGetValue<string>(out var text))
                {
                    ids.Add($"{Singular(container)} '{text}'");
                }
            }
            else
            {
                container = step.Groups["name"].Value;
                node = (node as JsonObject)?[container];
                shown.Append(shown.Length == 0 ? string.Empty : ".").Append(container);
            }
        }

        return shown.Length == 0 ? string.Empty : $" at {shown}{(ids.Count > 0 ? $" ({string.Join(", ", ids)})" : string.Empty)}";
    }

    private static string Singular(string list) =>
        list.EndsWith("ies", StringComparison.Ordinal) ? list[..^3] + "y" : list.EndsWith('s') ? list[..^1] : list;

    [GeneratedRegex(@"\[(?<index>[0-9]{1,9})\]|\['(?<name>[^']*)'\]|(?<=^\$|[\]\w])\.(?<name>[^.\[\]]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PathStep();

    // The file's own object merged onto what it extends, recursively.
    private static JsonObject Resolve(JsonObject file, string? baseDirectory, int depth)
    {
        if (file["extends"] is not JsonValue extendsValue || !extendsValue.TryGetValue<string>(out var name))
        {
            return file;
        }

        if (depth >= MaxExtendsDepth)
        {
            throw new InvalidDataException($"Rule set '{file["id"]}': 'extends' goes deeper than {MaxExtendsDepth} levels (a cycle?).");
        }

        JsonObject parent;
        string? parentDirectory = null;
        if (EmbeddedRules.RuleSetNames().Contains(name, StringComparer.Ordinal))
        {
            using var stream = EmbeddedRules.Open(name + ".json");
            parent = Parse(stream, $"built-in rule set '{name}'");
        }
        else if (baseDirectory is not null && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.GetFullPath(Path.Combine(baseDirectory, name));
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"Rule set '{file["id"]}' extends '{name}', which does not exist ({path}).");
            }

            using var stream = File.OpenRead(path);
            parent = Parse(stream, path);
            parentDirectory = Path.GetDirectoryName(path);
        }
        else
        {
            throw new InvalidDataException($"Rule set '{file["id"]}' extends '{name}', which is neither a built-in rule set ({string.Join(", ", EmbeddedRules.RuleSetNames())}) nor a .json file beside it.");
        }

        var resolvedParent = Resolve(parent, parentDirectory ?? baseDirectory, depth + 1);
        return RuleSetMerge.Apply(resolvedParent, file);
    }

    private static JsonObject Parse(Stream json, string what)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: DocumentOptions) as JsonObject
                ?? throw new InvalidDataException($"{Capitalise(what)} is not a JSON object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{Capitalise(what)} is not valid JSON: {e.Message}", e);
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
