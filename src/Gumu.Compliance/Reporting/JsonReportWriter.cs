using System.Text.Encodings.Web;
using System.Text.Json;
using Gumu.Compliance;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Reporting;

/// <summary>The JSON document of contract.md (schemaVersion 1), written deterministically.</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // Chinese text stays readable; the output is a JSON file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(Stream output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run)
    {
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        Write(writer, results, run);
    }

    private static void Write(TextWriter output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteStartObject("tool");
            json.WriteString("name", "gumu");
            json.WriteString("version", run.ToolVersion);
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var result in results)
            {
                WriteFile(json, result);
            }

            json.WriteEndArray();
            var s = RunSummary.Of(results);
            json.WriteStartObject("summary");
            json.WriteNumber("files", s.Files);
            json.WriteNumber("errors", s.Errors);
            json.WriteNumber("warnings", s.Warnings);
            json.WriteNumber("infos", s.Infos);

            // Only with a baseline, so that output without one keeps the contract's exact shape.
            if (s.Suppressed > 0)
            {
                json.WriteNumber("suppressed", s.Suppressed);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.WriteLine();
    }

    private static void WriteFile(Utf8JsonWriter json, FileCheckResult result)
    {
        json.WriteStartObject();
        json.WriteString("path", result.Path);
        json.WriteString("format", result.Format);
        WriteStringOrNull(json, "ruleSet", result.RuleSet);
        if (result.RuleSetReason is { } reason)
        {
            json.WriteString("ruleSetReason", reason);
        }

        WriteStringOrNull(json, "title", result.Title);
        if (result.Year is int year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }

        json.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("name", finding.Name);
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("message", finding.Message);
        if (finding.Section is int section)
        {
            json.WriteNumber("section", section);
        }
        else
        {
            json.WriteNull("section");
        }

        if (finding.Location is { } location)
        {
            json.WritePropertyName("location");
            WriteLocation(json, location);
        }
        else
        {
            json.WriteNull("location");
        }

        WriteStringOrNull(json, "evidence", finding.Evidence);
        json.WriteStartObject("properties");
        foreach (var (key, value) in finding.Properties)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    internal static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteStartObject();
        WriteOptional(json, "page", location.Page);
        WriteOptional(json, "line", location.Line);
        WriteOptional(json, "column", location.Column);
        WriteOptional(json, "paragraph", location.Paragraph);
        WriteOptional(json, "table", location.Table);
        WriteOptional(json, "row", location.Row);
        WriteOptional(json, "cell", location.Cell);
        if (location.InConvertedCopy)
        {
            json.WriteBoolean("convertedCopy", true);
        }

        json.WriteEndObject();
    }

    internal static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
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
                json.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v)
        {
            json.WriteNumber(name, v);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
