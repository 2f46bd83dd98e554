using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance;

/// <summary>
/// The stable identity of a finding, shared by SARIF's <c>partialFingerprints</c> and the
/// baseline file (<c>gumu check --write-baseline</c>): the same finding gets the same
/// fingerprint across runs, languages and edits elsewhere in the document.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>The version of the definition; SARIF uses it as the partialFingerprints key.</summary>
    public const string Version = "gumu/v1";

    /// <summary>
    /// The fingerprint of one finding: the first 32 hex digits of SHA-256 over rule id, file path
    /// ('/'-separated, as the caller normalises it), section, evidence with whitespace collapsed,
    /// and the finding's property values (the same in every language, unlike the message).
    /// Lines, columns and paragraph numbers are left out, so inserting text above a finding does
    /// not change it; input-level findings (GM0xxx) use only rule and path, since their details
    /// can name machine-specific things.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <param name="path">The file's path as the output names it.</param>
    /// <returns>32 lower-case hex digits.</returns>
    public static string Of(Finding finding, string path)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(path);
        var text = new StringBuilder();
        text.Append(Version).Append('\u001f')
            .Append(finding.RuleId).Append('\u001f')
            .Append(path).Append('\u001f');
        if (!finding.RuleId.StartsWith("GM0", StringComparison.Ordinal))
        {
            text.Append(finding.Section?.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
                .Append(CollapseWhitespace(finding.Evidence)).Append('\u001f')
                .Append(CanonicalValues(finding));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(WellFormed(text.ToString())));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>
    /// The fingerprints of a file's findings, in order: <see cref="Of"/> followed by ":n" for the
    /// n-th finding of the file with that hash, so repeated identical findings stay distinct.
    /// </summary>
    /// <param name="findings">The file's findings, in document order.</param>
    /// <param name="path">The file's path as the output names it.</param>
    /// <returns>One fingerprint per finding, e.g. "3f…9a:1".</returns>
    public static IReadOnlyList<string> ForFile(IEnumerable<Finding> findings, string path)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var fingerprints = new List<string>();
        foreach (var finding in findings)
        {
            var hash = Of(finding, path);
            var n = occurrences.GetValueOrDefault(hash) + 1;
            occurrences[hash] = n;
            fingerprints.Add(string.Create(CultureInfo.InvariantCulture, $"{hash}:{n}"));
        }

        return fingerprints;
    }

    private static string CollapseWhitespace(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string CanonicalValues(Finding finding)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var (key, value) in finding.Properties)
            {
                json.WritePropertyName(WellFormed(key));
                WriteValue(json, value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // The same canonical form the JSON output gives property values.
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(WellFormed(s));
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(WellFormed(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
                break;
        }
    }

    // Lone surrogates (from damaged documents) become U+FFFD, so the text can be encoded.
    private static string WellFormed(string text)
    {
        StringBuilder? fixedText = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                fixedText?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                fixedText ??= new StringBuilder(text, 0, i, text.Length);
                fixedText.Append('\uFFFD');
            }
            else
            {
                fixedText?.Append(c);
            }
        }

        return fixedText?.ToString() ?? text;
    }
}
