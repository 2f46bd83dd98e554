using System.Text.Json.Nodes;

namespace Gumu.Compliance.Rules;

/// <summary>
/// How a rule-set file that <c>extends</c> another combines with it, on the JSON level before the
/// rule set is read: objects merge key by key; a list whose entries all carry an <c>id</c>
/// (sections, tables, rows, columns, relations, quantities) merges entry by entry — an entry with
/// a known id is merged into the inherited one, <c>"$replace": true</c> replaces it instead,
/// <c>"$remove": true</c> removes it, and a new id is appended; any other value replaces the
/// inherited one. <c>abstract</c> is never inherited. Keys starting with <c>$</c> are directives
/// and comments and are removed before reading.
/// </summary>
internal static class RuleSetMerge
{
    public static JsonObject Apply(JsonObject parent, JsonObject child)
    {
        var result = (JsonObject)parent.DeepClone();
        result.Remove("abstract");
        MergeInto(result, child, child["id"]?.ToString() ?? "?");
        return result;
    }

    /// <summary>Removes every key that starts with '$', at every depth.</summary>
    public static void StripDirectives(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).Where(k => k.StartsWith('$')).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var (_, value) in obj)
                {
                    StripDirectives(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    StripDirectives(item);
                }

                break;
        }
    }

    private static void MergeInto(JsonObject target, JsonObject source, string setId)
    {
        foreach (var (key, value) in source)
        {
            if (key is "$comment" or "$replace" or "$remove")
            {
                continue;
            }

            var existing = target[key];
            if (existing is JsonObject targetObject && value is JsonObject sourceObject)
            {
                MergeInto(targetObject, sourceObject, setId);
            }
            else if (existing is JsonArray targetArray && value is JsonArray sourceArray && HasIds(targetArray) && HasIds(sourceArray))
            {
                target[key] = MergeById(targetArray, sourceArray, setId, key);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    private static JsonArray MergeById(JsonArray inherited, JsonArray own, string setId, string listName)
    {
        var items = inherited.Select(n => (JsonObject)n!.DeepClone()).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in own)
        {
            var id = node!["id"]!.ToString();
            if (!seen.Add(id))
            {
                throw new InvalidDataException($"Rule set '{setId}': {listName} entry '{id}' appears twice.");
            }
        }

        foreach (var node in own)
        {
            var entry = (JsonObject)node!;
            var id = entry["id"]!.ToString();
            var index = items.FindIndex(i => i["id"]!.ToString() == id);
            if (IsTrue(entry, "$remove"))
            {
                if (index < 0)
                {
                    throw new InvalidDataException($"Rule set '{setId}': {listName} entry '{id}' is marked $remove, but the rule set it extends has no such entry.");
                }

                items.RemoveAt(index);
            }
            else if (index < 0 || IsTrue(entry, "$replace"))
            {
                var copy = (JsonObject)entry.DeepClone();
                copy.Remove("$replace");
                if (index < 0)
                {
                    items.Add(copy);
                }
                else
                {
                    items[index] = copy;
                }
            }
            else
            {
                MergeInto(items[index], entry, setId);
            }
        }

        var result = new JsonArray();
        foreach (var item in items)
        {
            result.Add(item);
        }

        return result;
    }

    private static bool HasIds(JsonArray array) =>
        array.Count > 0 && array.All(n => n is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out _));

    private static bool IsTrue(JsonObject entry, string key) =>
        entry[key] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
