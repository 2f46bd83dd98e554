namespace Gumu.Compliance.Rules;

/// <summary>Access to the rule files embedded from <c>rules/</c>.</summary>
internal static class EmbeddedRules
{
    private const string Prefix = "Gumu.Compliance.Rules.";

    public static Stream Open(string fileName) =>
        typeof(EmbeddedRules).Assembly.GetManifestResourceStream(Prefix + fileName)
        ?? throw new FileNotFoundException($"Embedded rule file '{fileName}' is missing.", fileName);

    public static IEnumerable<string> RuleSetNames() =>
        typeof(EmbeddedRules).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length])
            .Where(n => n != "catalog")
            .Order(StringComparer.Ordinal);
}
