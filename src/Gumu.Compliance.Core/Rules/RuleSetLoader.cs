using System.Collections.Concurrent;
using System.Text.Json;

namespace Gumu.Compliance.Rules;

/// <summary>Loads rule sets: built-in ones by name (cached), or a user's file.</summary>
public static class RuleSetLoader
{
    private static readonly ConcurrentDictionary<string, Lazy<RuleSet>> Cache = new(StringComparer.Ordinal);

    /// <summary>The names of the built-in rule sets.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = EmbeddedRules.RuleSetNames().ToList();

    /// <summary>The default rule set's name.</summary>
    public const string DefaultName = "yunnan-2018";

    /// <summary>A built-in rule set by name; loaded once per process.</summary>
    /// <exception cref="ArgumentException">No built-in rule set has that name.</exception>
    public static RuleSet BuiltIn(string name)
    {
        if (!BuiltInNames.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No built-in rule set is named '{name}'. Known: {string.Join(", ", BuiltInNames)}.", nameof(name));
        }

        return Cache.GetOrAdd(name, n => new Lazy<RuleSet>(() =>
        {
            using var stream = EmbeddedRules.Open(n + ".json");
            return Load(stream);
        })).Value;
    }

    /// <summary>Reads a rule set from a JSON file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid rule set.</exception>
    public static RuleSet FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads a rule set from JSON.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid rule set.</exception>
    public static RuleSet Load(Stream json)
    {
        try
        {
            var set = JsonSerializer.Deserialize<RuleSet>(json, RulesJson.Options)
                ?? throw new InvalidDataException("The rule set is empty.");
            RuleSetValidator.Validate(set);
            return set;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The rule set is not valid JSON: {e.Message}", e);
        }
    }
}
