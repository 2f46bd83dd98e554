namespace Gumu.Compliance.Findings;

/// <summary>What the catalog says about one rule id.</summary>
public sealed record RuleDescriptor
{
    /// <summary>Stable id, e.g. "GM2002".</summary>
    public required string Id { get; init; }

    /// <summary>Stable name, e.g. "narrative-table-mismatch".</summary>
    public required string Name { get; init; }

    /// <summary>Default severity.</summary>
    public required Severity DefaultSeverity { get; init; }

    /// <summary>One-line description (zh, en).</summary>
    public required LocalizedText Summary { get; init; }

    /// <summary>Message templates by variant key ("default" and rule-specific variants); placeholders are {name}.</summary>
    public required IReadOnlyDictionary<string, LocalizedText> Messages { get; init; }

    /// <summary>What the report's author should do about a finding (zh, en).</summary>
    public required LocalizedText Fix { get; init; }

    /// <summary>The category of the id's range: input (0xxx), structure (1xxx), figures (2xxx), review-litigation (3xxx), metadata (4xxx).</summary>
    public string Category => CategoryOf(Id);

    /// <summary>The category of an id's range, also for an id the catalog does not have.</summary>
    public static string CategoryOf(string id) => id is { Length: > 2 } ? id[2] switch
    {
        '0' => "input",
        '1' => "structure",
        '2' => "figures",
        '3' => "review-litigation",
        '4' => "metadata",
        _ => "other",
    }
        : "other";
}

/// <summary>A user-facing text in Simplified Chinese and English.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text in the given language.</summary>
    public string In(Language language) => language == Language.English ? En : Zh;
}
