using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Rules;

/// <summary>
/// Every rule id the tool knows (rules/catalog.json): name, default severity, summary and message
/// templates. Loaded once; immutable and safe to share.
/// </summary>
public sealed class RuleCatalog
{
    private static readonly Lazy<RuleCatalog> BuiltIn = new(() =>
        Load(EmbeddedRules.Open("catalog.json")));

    private readonly FrozenDictionary<string, RuleDescriptor> _rules;

    private readonly FrozenDictionary<string, LocalizedText> _texts;

    private RuleCatalog(IReadOnlyList<RuleDescriptor> rules, IReadOnlyDictionary<string, LocalizedText> texts)
    {
        Rules = rules;
        _rules = rules.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _texts = texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The catalog shipped with the library.</summary>
    public static RuleCatalog Default => BuiltIn.Value;

    /// <summary>All rules in id order.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The rule with the given id.</summary>
    /// <exception cref="KeyNotFoundException">The id is not in the catalog.</exception>
    public RuleDescriptor this[string id] => _rules[id];

    /// <summary>True when the id is known.</summary>
    public bool Contains(string id) => _rules.ContainsKey(id);

    /// <summary>A user-facing phrase that is not a rule's message ("reason.year", "list.separator").</summary>
    /// <exception cref="KeyNotFoundException">The catalog has no such text.</exception>
    public string Text(string key, Language language) =>
        _texts.TryGetValue(key, out var text) ? text.In(language) : throw new KeyNotFoundException($"The catalog has no text '{key}'.");

    /// <summary>A phrase with its {placeholders} filled.</summary>
    public string FormatText(string key, Language language, IReadOnlyList<KeyValuePair<string, object?>> values) =>
        Fill(Text(key, language), values);

    /// <summary>
    /// Fills a message template's {placeholders} from the given values; an unknown placeholder is
    /// left as written so a missing value shows rather than vanishes.
    /// </summary>
    public string FormatMessage(string ruleId, string variant, Language language, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        var rule = this[ruleId];
        if (!rule.Messages.TryGetValue(variant, out var template) && !rule.Messages.TryGetValue("default", out template))
        {
            throw new KeyNotFoundException($"Rule {ruleId} has no message '{variant}'.");
        }

        return Fill(template.In(language), values);
    }

    private static string Fill(string template, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (key, value) in values)
            {
                if (name.SequenceEqual(key))
                {
                    builder.Append(FormatValue(value));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                builder.Append(template, open, close - open + 1);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>Formats a property value for a message (invariant culture; lists joined with "、").</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        decimal d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join("、", list.Cast<object?>().Select(FormatValue)),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Reads a catalog from JSON.</summary>
    public static RuleCatalog Load(Stream json)
    {
        var file = JsonSerializer.Deserialize(json, RulesJson.Default.RuleCatalogFile)
            ?? throw new InvalidDataException("The rule catalog is empty.");
        var rules = file.Rules
            .Select(r => new RuleDescriptor
            {
                Id = r.Id,
                Name = r.Name,
                DefaultSeverity = SeverityNames.TryParse(r.Severity, out var s)
                    ? s
                    : throw new InvalidDataException($"Rule {r.Id}: unknown severity '{r.Severity}'."),
                Summary = r.Summary,
                Messages = r.Messages,
                Fix = r.Fix,
            })
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return new RuleCatalog(rules, file.Texts ?? new Dictionary<string, LocalizedText>());
    }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record RuleCatalogFile
{
    public Dictionary<string, LocalizedText>? Texts { get; init; }

    public required IReadOnlyList<RuleCatalogEntry> Rules { get; init; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record RuleCatalogEntry
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Severity { get; init; }

    public required LocalizedText Summary { get; init; }

    public required Dictionary<string, LocalizedText> Messages { get; init; }

    public required LocalizedText Fix { get; init; }
}
