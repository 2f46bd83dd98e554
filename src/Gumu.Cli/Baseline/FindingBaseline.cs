using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gumu.Cli.Configuration;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Baseline;

/// <summary>
/// A baseline file (<c>gumu-baseline.json</c>, docs/configuration.md#baseline): the findings a
/// run accepted, by file and fingerprint (<see cref="FindingFingerprint"/>), so later runs report
/// only new findings. Paths are relative to the baseline file's folder, so the baseline works
/// wherever gumu is started from; a fingerprint ignores lines and paragraph numbers, so editing a
/// report elsewhere keeps its accepted findings accepted.
/// </summary>
internal sealed class FindingBaseline
{
    /// <summary>The file looked for beside gumu.json (or in the current folder) when --baseline is not given.</summary>
    public const string FileName = "gumu-baseline.json";

    /// <summary>The format version written and read.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 8 };

    private readonly HashSet<(string Path, string Fingerprint)> _accepted;

    private FindingBaseline(string sourcePath, HashSet<(string, string)> accepted)
    {
        SourcePath = sourcePath;
        _accepted = accepted;
    }

    /// <summary>The baseline file's full path.</summary>
    public string SourcePath { get; }

    /// <summary>The folder the baseline's paths are relative to: the file's own.</summary>
    public string Folder => Path.GetDirectoryName(SourcePath)!;

    /// <summary>How many findings the file accepts.</summary>
    public int Count => _accepted.Count;

    /// <summary>
    /// The baseline for a run: <paramref name="given"/> (<c>--baseline</c>, must exist), else
    /// <see cref="FileName"/> beside the configuration file, else in the current folder, else none.
    /// </summary>
    /// <exception cref="GumuConfigException">The file is missing (when given), unreadable or not valid.</exception>
    public static FindingBaseline? Resolve(string? given, GumuConfig config, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (given is not null)
        {
            return Load(Path.GetFullPath(given, currentDirectory));
        }

        var beside = Path.Combine(config.BaseDirectory ?? Path.GetFullPath(currentDirectory), FileName);
        return File.Exists(beside) ? Load(beside) : null;
    }

    /// <summary>Reads and validates a baseline file.</summary>
    /// <exception cref="GumuConfigException">The file is missing, unreadable or not valid.</exception>
    public static FindingBaseline Load(string path)
    {
        var full = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new GumuConfigException(full, null, new LocalizedText("找不到基线文件", "the baseline file does not exist"), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GumuConfigException(full, null, new LocalizedText("无法读取基线文件：" + e.Message, "the baseline file cannot be read: " + e.Message), e);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, JsonOptions);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            throw new GumuConfigException(full, null, new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"不是有效的 JSON（第 {line} 行附近）；请用 --write-baseline 重新生成"),
                "not valid JSON: " + e.Message + "; write it again with --write-baseline"), e);
        }

        using (document)
        {
            return Read(document.RootElement, full);
        }
    }

    /// <summary>Moves each file's findings that the baseline accepts from Findings to Suppressed.</summary>
    public FileCheckResult Apply(FileCheckResult result, string? fullPath)
    {
        ArgumentNullException.ThrowIfNull(result);
        var path = PathOf(Folder, fullPath, result.Path);
        var fingerprints = FindingFingerprint.ForFile(result.Findings, path);
        var kept = new List<Finding>();
        var suppressed = new List<Finding>(result.Suppressed);
        for (var i = 0; i < result.Findings.Count; i++)
        {
            (_accepted.Contains((path, fingerprints[i])) ? suppressed : kept).Add(result.Findings[i]);
        }

        return suppressed.Count == result.Suppressed.Count ? result : result with { Findings = kept, Suppressed = suppressed };
    }

    /// <summary>The baseline that accepts every finding (reported and already suppressed) of the results.</summary>
    /// <param name="sourcePath">The baseline file's full path: paths are relative to its folder.</param>
    /// <param name="results">Each result with its file's full path (null for standard input without a name).</param>
    public static FindingBaseline Of(string sourcePath, IEnumerable<(FileCheckResult Result, string? FullPath)> results) =>
        new(sourcePath, Entries(Path.GetDirectoryName(sourcePath)!, results).Select(e => (e.Path, e.Fingerprint)).ToHashSet());

    /// <summary>Writes the baseline of every finding (reported and already suppressed) of the results.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="folder">The baseline file's folder: paths are written relative to it.</param>
    /// <param name="results">Each result with its file's full path (null for standard input without a name).</param>
    public static void Write(Stream output, string folder, IEnumerable<(FileCheckResult Result, string? FullPath)> results)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteStartArray("findings");
        foreach (var (path, ruleId, fingerprint) in Entries(folder, results))
        {
            json.WriteStartObject();
            json.WriteString("path", path);
            json.WriteString("ruleId", ruleId);
            json.WriteString("fingerprint", fingerprint);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    private static IEnumerable<(string Path, string RuleId, string Fingerprint)> Entries(string folder, IEnumerable<(FileCheckResult Result, string? FullPath)> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var (result, fullPath) in results)
        {
            var path = PathOf(folder, fullPath, result.Path);
            var findings = result.Findings.Concat(result.Suppressed).ToList();
            var fingerprints = FindingFingerprint.ForFile(findings, path);
            for (var i = 0; i < findings.Count; i++)
            {
                yield return (path, findings[i].RuleId, fingerprints[i]);
            }
        }
    }

    /// <summary>A file's path in a baseline: relative to its folder, '/'-separated.</summary>
    internal static string PathOf(string folder, string? fullPath, string displayPath) =>
        (fullPath is null ? displayPath : Path.GetRelativePath(folder, fullPath)).Replace('\\', '/');

    private static FindingBaseline Read(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(source, null, "最外层应为 JSON 对象 {…}", "the top level must be a JSON object {…}");
        }

        int? version = null;
        var accepted = new HashSet<(string, string)>();
        var sawFindings = false;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "version":
                    if (!property.Value.TryGetInt32(out var v) || v != FormatVersion)
                    {
                        throw Invalid(source, "version",
                            $"不支持的版本 {property.Value.GetRawText()}；此版本的 gumu 读取版本 {FormatVersion}，请用 --write-baseline 重新生成",
                            $"unsupported version {property.Value.GetRawText()}; this gumu reads version {FormatVersion}: write it again with --write-baseline");
                    }

                    version = v;
                    break;
                case "findings":
                    sawFindings = true;
                    ReadFindings(property.Value, source, accepted);
                    break;
                default:
                    throw Invalid(source, property.Name, "未知的键；可用的键：version, findings", "unknown key; known keys: version, findings");
            }
        }

        if (version is null || !sawFindings)
        {
            throw Invalid(source, version is null ? "version" : "findings", "缺少此键；请用 --write-baseline 生成基线文件", "the key is missing; write the file with --write-baseline");
        }

        return new FindingBaseline(source, accepted);
    }

    private static void ReadFindings(JsonElement value, string source, HashSet<(string, string)> accepted)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(source, "findings", "应为数组", "must be an array");
        }

        var index = 0;
        foreach (var entry in value.EnumerateArray())
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"findings[{index++}]");
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(source, key, "应为对象，含 path、ruleId 和 fingerprint", "must be an object with path, ruleId and fingerprint");
            }

            string? path = null;
            string? fingerprint = null;
            foreach (var property in entry.EnumerateObject())
            {
                var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                if (string.IsNullOrEmpty(text) && property.Name is "path" or "ruleId" or "fingerprint")
                {
                    throw Invalid(source, key + "." + property.Name, "应为非空字符串", "must be a non-empty string");
                }

                switch (property.Name)
                {
                    case "path":
                        path = text;
                        break;
                    case "fingerprint":
                        fingerprint = text;
                        break;
                    case "ruleId":
                        break;
                    default:
                        throw Invalid(source, key + "." + property.Name, "未知的键；可用的键：path, ruleId, fingerprint", "unknown key; known keys: path, ruleId, fingerprint");
                }
            }

            if (path is null || fingerprint is null)
            {
                throw Invalid(source, key + (path is null ? ".path" : ".fingerprint"), "缺少此键", "the key is missing");
            }

            accepted.Add((path, fingerprint));
        }
    }

    private static GumuConfigException Invalid(string source, string? key, string zh, string en) =>
        new(source, key, new LocalizedText(zh, en));
}
