using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gumu.Cli.CommandLine;
using Gumu.Compliance;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Cli;

/// <summary>
/// <c>gumu rules [--lang zh|en] [--format text|json]</c>: every rule of the catalog with its id,
/// name, default severity and one-line summary, in id order.
/// </summary>
internal static class RulesCommand
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",

        // Chinese summaries stay readable; the output is JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(Language usage = Language.Chinese)
    {
        var lang = new Option<string>("--lang")
        {
            Description = "说明的语言 / language of the summaries: zh, en",
            DefaultValueFactory = _ => "zh",
        };
        UsageText.AcceptOnly(lang, usage, "zh", "en");
        var format = new Option<string>("--format")
        {
            Description = "输出格式 / output format: text, json",
            DefaultValueFactory = _ => "text",
        };
        UsageText.AcceptOnly(format, usage, "text", "json");

        var command = new Command("rules", "列出所有规则 / list every rule: id, name, default severity, summary") { lang, format };
        command.SetAction(parse =>
        {
            var language = parse.GetValue(lang) == "en" ? Language.English : Language.Chinese;
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                WriteJson(output, RuleCatalog.Default, language);
            }
            else
            {
                WriteText(output, RuleCatalog.Default, language);
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>The category of a rule id, from its range (contract.md): input, structure, figures, review-litigation, dates-metadata.</summary>
    public static string Category(string ruleId) => ruleId.Length >= 3 ? ruleId[2] switch
    {
        '0' => "input",
        '1' => "structure",
        '2' => "figures",
        '3' => "review-litigation",
        '4' => "dates-metadata",
        _ => "other",
    } : "other";

    /// <summary>One line per rule: id, name and severity in aligned columns, then the summary.</summary>
    public static void WriteText(TextWriter output, RuleCatalog catalog, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(catalog);
        var nameWidth = catalog.Rules.Max(r => r.Name.Length);
        var line = new StringBuilder();
        foreach (var rule in catalog.Rules)
        {
            line.Clear()
                .Append(rule.Id).Append("  ")
                .Append(rule.Name.PadRight(nameWidth)).Append("  ")
                .Append(rule.DefaultSeverity.ToName().PadRight("warning".Length)).Append("  ")
                .Append(rule.Summary.In(language));
            output.Write(line.ToString());
            output.Write('\n');
        }
    }

    /// <summary>
    /// <c>{ "schemaVersion": 1, "rules": [ { "id", "name", "category", "defaultSeverity", "summary" } ] }</c>,
    /// the summary in the chosen language.
    /// </summary>
    public static void WriteJson(TextWriter output, RuleCatalog catalog, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(catalog);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("language", language == Language.English ? "en" : "zh");
            json.WriteStartArray("rules");
            foreach (var rule in catalog.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Name);
                json.WriteString("category", Category(rule.Id));
                json.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
                json.WriteString("summary", rule.Summary.In(language));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }
}
