using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gumu.Compliance;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Reporting;

/// <summary>
/// A SARIF 2.1.0 log (one run) for code-scanning dashboards such as GitHub's, written with
/// System.Text.Json, deterministically: the same results give the same bytes.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>tool.driver.rules</c> lists every rule of the catalog (plus any rule id a finding
/// carries that the catalog does not know), so dashboards can show a rule's help even before
/// it fires.</item>
/// <item><c>artifacts</c> lists every input file, with or without findings, with its format,
/// title, year and status in its property bag, so the log shows what was checked.</item>
/// <item>Every result has one location with a <c>physicalLocation</c> naming its file
/// (<c>uriBaseId</c> SRCROOT for relative paths). HTML and text findings carry a region
/// (startLine/startColumn). A DOCX paragraph or table cell has no line: SARIF requires a
/// region to start somewhere (startLine, charOffset or byteOffset; sarif-spec issue #462) and
/// GitHub rejects regions that do not, so such results have no region; the paragraph or
/// table/row/cell goes into <c>logicalLocations</c> (kind "element") and the location's
/// property bag, and is appended to the message text so a dashboard that shows only the
/// message and the file still tells the reader where to look.</item>
/// <item><c>partialFingerprints["gumu/v1"]</c> does not depend on lines or paragraph numbers,
/// so an alert survives edits elsewhere in the document (see <see cref="Fingerprint"/>).</item>
/// <item>At most <see cref="DefaultMaxResults"/> results (GitHub's limit per run). Beyond that
/// the errors are kept first, then warnings, then notes, each in document order; the run gets
/// a warning notification and <c>properties.truncated</c>; the artifacts' counts still cover
/// every finding. Use the JSON format for the complete list.</item>
/// </list>
/// </remarks>
internal sealed partial class SarifReportWriter : IReportWriter
{
    /// <summary>The schema the log declares.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Where the tool is documented (tool.driver.informationUri): GumuProjectUrl in Directory.Build.props.</summary>
    public static readonly string InformationUri = ProjectLinks.Home;

    /// <summary>Rule documentation: helpUri is this followed by "GM1001.md".</summary>
    public static readonly string RuleHelpBaseUri = ProjectLinks.RulePagesBase;

    /// <summary>GitHub code scanning accepts at most this many results per run.</summary>
    public const int DefaultMaxResults = 25_000;

    /// <summary>The partialFingerprints key.</summary>
    public const string FingerprintKey = FindingFingerprint.Version;

    /// <summary>The uriBaseId of relative paths: the folder gumu was run from.</summary>
    public const string SourceRoot = "SRCROOT";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // Chinese text stays readable; the output is a JSON file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly int _maxResults;

    /// <summary>Creates a writer that writes at most <paramref name="maxResults"/> results.</summary>
    public SarifReportWriter(int maxResults = DefaultMaxResults)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxResults, 0);
        _maxResults = maxResults;
    }

    public void Write(Stream output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(run);

        var model = RunModel.Build(results, _maxResults);
        using (var json = new Utf8JsonWriter(output, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            WriteRun(json, model, run);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteRun(Utf8JsonWriter json, RunModel model, ReportWriterOptions run)
    {
        var english = run.Language == Language.English;
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "gumu");
        json.WriteString("fullName", "gumu " + run.ToolVersion);
        json.WriteString("version", run.ToolVersion);
        if (SemanticVersion().IsMatch(run.ToolVersion))
        {
            json.WriteString("semanticVersion", run.ToolVersion);
        }

        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in model.Rules)
        {
            WriteRule(json, rule, run.Language);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        if (model.Truncated)
        {
            json.WriteStartArray("toolExecutionNotifications");
            json.WriteStartObject();
            json.WriteString("level", "warning");
            WriteMessage(json, "message", english
                ? string.Create(CultureInfo.InvariantCulture, $"Too many results: {model.TotalResults} found, only {model.Results.Count} written (errors first, then warnings, then notes). Use --format json for all of them.")
                : string.Create(CultureInfo.InvariantCulture, $"结果过多：共 {model.TotalResults} 条，只写入了 {model.Results.Count} 条（先错误、再警告、再提示）；完整结果请用 --format json 输出。"));
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteString("language", english ? "en-US" : "zh-CN");
        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        WriteMessage(json, "description", english
            ? "The folder gumu was run from; relative input paths are relative to it."
            : "运行 gumu 时的当前文件夹；相对路径均相对于此文件夹。");
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("artifacts");
        foreach (var artifact in model.Artifacts)
        {
            WriteArtifact(json, artifact);
        }

        json.WriteEndArray();

        json.WriteStartArray("results");
        foreach (var result in model.Results)
        {
            WriteResult(json, model, result, run.Language);
        }

        json.WriteEndArray();

        json.WriteStartObject("properties");
        json.WriteStartObject("summary");
        var s = model.Summary;
        json.WriteNumber("files", s.Files);
        json.WriteNumber("passed", s.Passed);
        json.WriteNumber("withErrors", s.WithErrors);
        json.WriteNumber("unreadable", s.Unreadable);
        json.WriteNumber("errors", s.Errors);
        json.WriteNumber("warnings", s.Warnings);
        json.WriteNumber("infos", s.Infos);
        if (s.Suppressed > 0)
        {
            json.WriteNumber("suppressed", s.Suppressed);
        }

        json.WriteEndObject();
        json.WriteBoolean("truncated", model.Truncated);
        json.WriteNumber("resultsTotal", model.TotalResults);
        json.WriteNumber("resultsWritten", model.Results.Count);
        json.WriteEndObject();

        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleEntry rule, Language language)
    {
        var english = language == Language.English;
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        var summary = rule.Descriptor?.Summary.In(language) ?? rule.Name;
        WriteMessage(json, "shortDescription", summary);
        var level = Level(rule.DefaultSeverity);
        WriteMessage(json, "fullDescription", english
            ? $"{summary}. Rule {rule.Id} {rule.Name}; default level: {level}."
            : $"{summary}。规则 {rule.Id} {rule.Name}；默认级别：{SeverityZh(rule.DefaultSeverity)}。");
        var fix = RuleHelp.Fix(rule.Id, language);
        WriteMessage(json, "help", english
            ? $"What it checks: {summary}. How to fix: {fix}"
            : $"检查内容：{summary}。修改方法：{fix}");
        json.WriteString("helpUri", RuleHelpBaseUri + Uri.EscapeDataString(rule.Id) + ".md");
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", level);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("gumu");
        json.WriteStringValue(RuleHelp.Category(rule.Id));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, ArtifactEntry artifact)
    {
        var file = artifact.File;
        json.WriteStartObject();
        WriteArtifactLocation(json, "location", artifact, index: false);
        json.WriteStartArray("roles");
        json.WriteStringValue("analysisTarget");
        json.WriteEndArray();
        if (MimeType(file.Format) is { } mime)
        {
            json.WriteString("mimeType", mime);
        }

        json.WriteStartObject("properties");
        json.WriteString("format", OutputText.WellFormed(file.Format));
        if (file.RuleSet is { } ruleSet)
        {
            json.WriteString("ruleSet", OutputText.WellFormed(ruleSet));
        }

        if (file.RuleSetReason is { } reason)
        {
            json.WriteString("ruleSetReason", OutputText.WellFormed(reason));
        }

        if (file.Title is { } title)
        {
            json.WriteString("title", OutputText.WellFormed(title));
        }

        if (file.Year is int year)
        {
            json.WriteNumber("year", year);
        }

        json.WriteString("status", file.IsUnreadable ? "unreadable" : file.HasErrors ? "errors" : "passed");
        json.WriteNumber("errors", file.Findings.Count(f => f.Severity == Severity.Error));
        json.WriteNumber("warnings", file.Findings.Count(f => f.Severity == Severity.Warning));
        json.WriteNumber("infos", file.Findings.Count(f => f.Severity == Severity.Info));
        if (file.Suppressed.Count > 0)
        {
            json.WriteNumber("suppressed", file.Suppressed.Count);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, RunModel model, ResultEntry result, Language language)
    {
        var finding = result.Finding;
        var location = finding.Location;
        // A PDF line is counted on its page, not in the file: no SARIF region, the page goes into the logical location.
        var hasLine = location?.Line is int line && line >= 1 && location.Page is null;
        var where = location?.Format(language);
        var element = location is null ? null : location.Page is null ? (location with { Line = null, Column = null }).Format(language) : where;

        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", model.RuleIndex[finding.RuleId]);
        json.WriteString("level", Level(finding.Severity));

        var message = OutputText.WellFormed(finding.Message.Length > 0 ? finding.Message : finding.Name);
        if (!hasLine && !string.IsNullOrEmpty(where))
        {
            message += language == Language.English ? $" (at {where})" : $"（位置：{where}）";
        }

        WriteMessage(json, "message", message);

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, "artifactLocation", result.Artifact, index: true);
        if (hasLine)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", location!.Line!.Value);
            if (location.Column is int column && column >= 1)
            {
                json.WriteNumber("startColumn", column);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        if (location is not null)
        {
            if (LogicalName(location) is { } logical)
            {
                json.WriteStartArray("logicalLocations");
                json.WriteStartObject();
                json.WriteString("name", logical.Name);
                json.WriteString("fullyQualifiedName", logical.FullyQualifiedName);
                json.WriteString("kind", "element");
                json.WriteEndObject();
                json.WriteEndArray();
            }

            if (!string.IsNullOrEmpty(element))
            {
                WriteMessage(json, "message", element);
            }

            json.WritePropertyName("properties");
            JsonReportWriter.WriteLocation(json, location);
        }

        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, result.Fingerprint);
        json.WriteEndObject();

        // A baseline accepted it: dashboards show it as suppressed, not as an open alert.
        if (result.Suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        if (finding.Section is int section)
        {
            json.WriteNumber("section", section);
        }

        if (finding.Evidence is { } evidence)
        {
            json.WriteString("evidence", OutputText.WellFormed(evidence));
        }

        json.WriteStartObject("values");
        foreach (var (key, value) in finding.Properties)
        {
            json.WritePropertyName(OutputText.WellFormed(key));
            JsonReportWriter.WriteValue(json, WellFormedValue(value));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string name, ArtifactEntry artifact, bool index)
    {
        json.WriteStartObject(name);
        json.WriteString("uri", artifact.Uri);
        if (artifact.Relative)
        {
            json.WriteString("uriBaseId", SourceRoot);
        }

        if (index)
        {
            json.WriteNumber("index", artifact.Index);
        }

        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", OutputText.WellFormed(text));
        json.WriteEndObject();
    }

    private static object? WellFormedValue(object? value) => value switch
    {
        string s => OutputText.WellFormed(s),
        System.Collections.IEnumerable list when value is not string => list.Cast<object?>().Select(WellFormedValue).ToList(),
        _ => value,
    };

    /// <summary>SARIF's level for a severity: error → error, warning → warning, info → note.</summary>
    internal static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string SeverityZh(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static string? MimeType(string format) => format switch
    {
        "html" => "text/html",
        "text" => "text/plain",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "doc" => "application/msword",
        "pdf" => "application/pdf",
        _ => null,
    };

    private static (string Name, string FullyQualifiedName)? LogicalName(SourceLocation location)
    {
        var c = CultureInfo.InvariantCulture;
        var page = location.Page is int p ? string.Create(c, $"page[{p}]") : null;
        if (location.Table is int table)
        {
            var path = new StringBuilder();
            if (page is not null && location.Row is null)
            {
                path.Append(page).Append('/');
            }

            path.Append(c, $"table[{table}]");
            var name = path.ToString();
            if (location.Row is int row)
            {
                name = string.Create(c, $"row[{row}]");
                path.Append('/').Append(name);
            }

            if (location.Cell is int cell)
            {
                name = string.Create(c, $"cell[{cell}]");
                path.Append('/').Append(name);
            }

            return (name, path.ToString());
        }

        if (location.Paragraph is int paragraph)
        {
            var name = string.Create(c, $"paragraph[{paragraph}]");
            return (name, name);
        }

        if (page is not null)
        {
            var name = location.Line is int line ? string.Create(c, $"line[{line}]") : page;
            return (name, location.Line is null ? page : page + "/" + name);
        }

        return null;
    }

    /// <summary>The partialFingerprints value of a finding, shared with the baseline: see <see cref="FindingFingerprint.Of"/>.</summary>
    internal static string Fingerprint(Finding finding, string path) => FindingFingerprint.Of(finding, path);

    /// <summary>
    /// The artifact URI of a path: relative paths become relative URI references (each segment
    /// percent-encoded as UTF-8, "./" dropped) meant to be resolved against SRCROOT; absolute
    /// paths become file: URIs.
    /// </summary>
    internal static (string Uri, bool Relative, string Normalized) ToUri(string path)
    {
        var p = Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
        if (p.StartsWith("//", StringComparison.Ordinal))
        {
            return ("file://" + EscapeSegments(p[2..]), false, p);
        }

        if (p.StartsWith('/'))
        {
            return ("file:///" + EscapeSegments(p[1..]), false, p);
        }

        if (p.Length >= 2 && char.IsAsciiLetter(p[0]) && p[1] == ':' && (p.Length == 2 || p[2] == '/'))
        {
            return ("file:///" + p[..2] + EscapeSegments(p[2..]), false, p);
        }

        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..].TrimStart('/');
        }

        return (EscapeSegments(p), true, p);
    }

    private static string EscapeSegments(string path) =>
        string.Join('/', path.Split('/').Select(segment => Uri.EscapeDataString(OutputText.WellFormed(segment))));

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SemanticVersion();

    private sealed record RuleEntry(string Id, string Name, Severity DefaultSeverity, RuleDescriptor? Descriptor);

    private sealed record ArtifactEntry(int Index, FileCheckResult File, string Uri, bool Relative, string Normalized);

    private sealed record ResultEntry(Finding Finding, ArtifactEntry Artifact, string Fingerprint, bool Suppressed = false);

    /// <summary>What the run holds, worked out before writing: rules, artifacts, the results kept and their fingerprints.</summary>
    private sealed class RunModel
    {
        public required List<RuleEntry> Rules { get; init; }

        public required Dictionary<string, int> RuleIndex { get; init; }

        public required List<ArtifactEntry> Artifacts { get; init; }

        public required List<ResultEntry> Results { get; init; }

        public required int TotalResults { get; init; }

        public required RunSummary Summary { get; init; }

        public bool Truncated => Results.Count < TotalResults;

        public static RunModel Build(IReadOnlyList<FileCheckResult> results, int maxResults)
        {
            var catalog = RuleCatalog.Default;
            var rules = catalog.Rules.Select(r => new RuleEntry(r.Id, r.Name, r.DefaultSeverity, r)).ToList();
            var unknown = new SortedDictionary<string, RuleEntry>(StringComparer.Ordinal);
            foreach (var finding in results.SelectMany(r => r.Findings.Concat(r.Suppressed)))
            {
                if (!catalog.Contains(finding.RuleId) && !unknown.ContainsKey(finding.RuleId))
                {
                    unknown.Add(finding.RuleId, new RuleEntry(finding.RuleId, finding.Name, finding.Severity, null));
                }
            }

            rules.AddRange(unknown.Values);
            var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < rules.Count; i++)
            {
                ruleIndex[rules[i].Id] = i;
            }

            var artifacts = new List<ArtifactEntry>(results.Count);
            var byUri = new Dictionary<string, ArtifactEntry>(StringComparer.Ordinal);
            var all = new List<ResultEntry>();
            foreach (var file in results)
            {
                var (uri, relative, normalized) = ToUri(file.Path);
                if (!byUri.TryGetValue(uri, out var artifact))
                {
                    artifact = new ArtifactEntry(artifacts.Count, file, uri, relative, normalized);
                    artifacts.Add(artifact);
                    byUri.Add(uri, artifact);
                }

                // The suppressed findings after the file's findings, counting on from them: a
                // finding keeps the fingerprint it had before the baseline accepted it.
                var fingerprints = FindingFingerprint.ForFile(file.Findings.Concat(file.Suppressed), normalized);
                for (var i = 0; i < file.Findings.Count; i++)
                {
                    all.Add(new ResultEntry(file.Findings[i], artifact, fingerprints[i]));
                }

                for (var i = 0; i < file.Suppressed.Count; i++)
                {
                    all.Add(new ResultEntry(file.Suppressed[i], artifact, fingerprints[file.Findings.Count + i], Suppressed: true));
                }
            }

            var kept = all;
            if (all.Count > maxResults)
            {
                var keep = Enumerable.Range(0, all.Count)
                    .OrderBy(i => all[i].Suppressed)
                    .ThenBy(i => all[i].Finding.Severity)
                    .ThenBy(i => i)
                    .Take(maxResults)
                    .Order()
                    .ToList();
                kept = keep.Select(i => all[i]).ToList();
            }

            return new RunModel
            {
                Rules = rules,
                RuleIndex = ruleIndex,
                Artifacts = artifacts,
                Results = kept,
                TotalResults = all.Count,
                Summary = RunSummary.Of(results),
            };
        }
    }
}
