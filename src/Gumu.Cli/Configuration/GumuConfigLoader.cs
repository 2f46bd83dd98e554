using System.Globalization;
using System.Text;
using System.Text.Json;
using Gumu.Compliance;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Configuration;

/// <summary>
/// Reads <c>gumu.json</c> (docs/configuration.md, docs/gumu.schema.json) and turns it, together
/// with the command-line flags, into the library's options. Strict on purpose: an unknown key, a
/// duplicated key or a bad value is an error that names the file and the key, never silently
/// ignored, because a misspelt setting that does nothing is worse than a refusal.
/// Comments (<c>//</c>, <c>/* */</c>) and trailing commas are allowed.
/// </summary>
internal static class GumuConfigLoader
{
    /// <summary>The file looked for in the current folder when <c>--config</c> is not given.</summary>
    public const string FileName = "gumu.json";

    /// <summary>Every key the file may hold, in documentation order.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["$schema", "ruleSet", "ruleSetsByYear", "rules", "deadline", "deadlines", "lang", "soffice"];

    /// <summary>The kinds of issuing body "deadlines" may name.</summary>
    public static IReadOnlyList<string> IssuerKinds { get; } = ["township", "subdistrict", "department", "government"];

    /// <summary>The values a rule may be given under "rules".</summary>
    public static IReadOnlyList<string> SeverityValues { get; } = ["off", "error", "warning", "info"];

    /// <summary>The values of "lang".</summary>
    public static IReadOnlyList<string> LanguageValues { get; } = ["zh", "en"];

    // Keys people plausibly write instead of the real ones.
    private static readonly Dictionary<string, string> KeyAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["language"] = "lang",
        ["severities"] = "rules",
        ["severity"] = "rules",
        ["rule-set"] = "ruleSet",
        ["rule_set"] = "ruleSet",
        ["ruleSetByYear"] = "ruleSetsByYear",
        ["years"] = "ruleSetsByYear",
    };

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The configuration for a run: the file given with <c>--config</c> (relative to
    /// <paramref name="currentDirectory"/>), else <c>gumu.json</c> in <paramref name="currentDirectory"/>,
    /// else <see cref="GumuConfig.Empty"/>.
    /// </summary>
    /// <exception cref="GumuConfigException">The file is missing (only when given with --config) or not valid.</exception>
    public static GumuConfig Resolve(string? configPath, string currentDirectory) =>
        configPath is null
            ? Find(currentDirectory) ?? GumuConfig.Empty
            : Load(Path.GetFullPath(configPath, Path.GetFullPath(currentDirectory)));

    /// <summary>The <c>gumu.json</c> in <paramref name="directory"/> (parent folders are not searched), or null when there is none.</summary>
    /// <exception cref="GumuConfigException">The file exists but is not valid.</exception>
    public static GumuConfig? Find(string directory)
    {
        var path = Path.Combine(Path.GetFullPath(directory), FileName);
        return File.Exists(path) ? Load(path) : null;
    }

    /// <summary>Reads and validates a configuration file.</summary>
    /// <exception cref="GumuConfigException">The file is missing, unreadable or not valid.</exception>
    public static GumuConfig Load(string path)
    {
        var full = Path.GetFullPath(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new GumuConfigException(full, null, new LocalizedText("找不到配置文件", "the configuration file does not exist"), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GumuConfigException(full, null, new LocalizedText("无法读取配置文件：" + e.Message, "the configuration file cannot be read: " + e.Message), e);
        }

        return Parse(bytes, full);
    }

    /// <summary>Validates configuration JSON given as text; <paramref name="sourcePath"/> labels errors and anchors relative paths.</summary>
    /// <exception cref="GumuConfigException">The JSON is not a valid configuration.</exception>
    public static GumuConfig Parse(string json, string sourcePath) => Parse(Encoding.UTF8.GetBytes(json), sourcePath);

    /// <summary>Validates configuration JSON given as bytes (UTF-8, with or without a byte-order mark).</summary>
    /// <exception cref="GumuConfigException">The JSON is not a valid configuration.</exception>
    public static GumuConfig Parse(ReadOnlySpan<byte> utf8, string sourcePath)
    {
        var source = Path.GetFullPath(sourcePath);
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException e)
        {
            // Notepad on a Chinese Windows saves GBK unless told otherwise.
            throw new GumuConfigException(source, null, new LocalizedText(
                "文件不是 UTF-8 编码；请以 UTF-8 保存",
                "the file is not UTF-8 encoded; save it as UTF-8"), e);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new GumuConfigException(source, null, new LocalizedText(
                "文件为空；没有设置时请写 {}",
                "the file is empty; write {} for no settings"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, JsonOptions);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var position = (e.BytePositionInLine ?? 0) + 1;
            throw new GumuConfigException(source, null, new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"不是有效的 JSON（第 {line} 行第 {position} 字节附近）"),
                "not valid JSON: " + e.Message), e);
        }

        using (document)
        {
            return Read(document.RootElement, source);
        }
    }

    /// <summary>
    /// The library's options from a configuration and the command-line flags. Precedence, per
    /// setting: a flag given on the command line, then the configuration file, then the rule set
    /// (its "severities" and "deadline"), then the built-in defaults.
    /// </summary>
    /// <param name="config">The configuration (<see cref="GumuConfig.Empty"/> when there is no file).</param>
    /// <param name="flags">The flags given on the command line.</param>
    /// <param name="currentDirectory">The folder a relative <c>--rules</c> path is resolved against (default: the process's current folder).</param>
    /// <exception cref="GumuConfigException">The rule set cannot be found or loaded.</exception>
    public static ReportCheckerOptions ToCheckerOptions(GumuConfig config, CommandLineSettings? flags = null, string? currentDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        flags ??= new CommandLineSettings();
        var cwd = Path.GetFullPath(currentDirectory ?? Directory.GetCurrentDirectory());

        RuleSet? ruleSet = null;
        if (flags.RuleSet is { } fromFlag)
        {
            ruleSet = fromFlag == RuleSetLoader.Auto ? null : LoadRuleSet(fromFlag, cwd, "--rules", null);
        }
        else if (config.RuleSet is { } fromFile && fromFile != RuleSetLoader.Auto)
        {
            ruleSet = LoadRuleSet(fromFile, config.BaseDirectory ?? cwd, config.SourcePath ?? FileName, "ruleSet");
        }

        var byYear = new Dictionary<int, RuleSet>();
        foreach (var (years, value) in config.RuleSetsByYear)
        {
            var set = LoadRuleSet(value, config.BaseDirectory ?? cwd, config.SourcePath ?? FileName, "ruleSetsByYear." + years.Key);
            for (var year = years.From; year <= years.To; year++)
            {
                byYear[year] = set;
            }
        }

        return new ReportCheckerOptions
        {
            RuleSet = ruleSet,
            RuleSetsByYear = byYear,
            Check = new CheckOptions
            {
                Language = flags.Language ?? config.Language ?? Language.Chinese,
                SeverityOverrides = config.Rules,
                Deadline = config.Deadline,
                DeadlinesByIssuerKind = config.Deadlines,
            },
            SofficePath = config.Soffice,
        };
    }

    /// <summary>
    /// Everything <c>gumu check</c> needs from <c>--config</c>, <c>--rules</c> and <c>--lang</c>:
    /// <see cref="Resolve"/> then <see cref="ToCheckerOptions"/>.
    /// </summary>
    /// <exception cref="GumuConfigException">The configuration or the rule set is not valid.</exception>
    public static ReportCheckerOptions ResolveCheckerOptions(string? configPath, CommandLineSettings flags, string currentDirectory) =>
        ToCheckerOptions(Resolve(configPath, currentDirectory), flags, currentDirectory);

    /// <summary>
    /// <see cref="ResolveCheckerOptions"/> for the command line: on a configuration problem,
    /// writes the message to <paramref name="error"/> (in the <c>--lang</c> language, Chinese by
    /// default) and returns false; the caller then exits with <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public static bool TryResolveCheckerOptions(
        string? configPath,
        CommandLineSettings flags,
        string currentDirectory,
        TextWriter error,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportCheckerOptions? options)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            options = ResolveCheckerOptions(configPath, flags, currentDirectory);
            return true;
        }
        catch (GumuConfigException e)
        {
            error.Write(e.Format(flags.Language ?? Language.Chinese));
            error.Write('\n');
            options = null;
            return false;
        }
    }

    /// <summary>
    /// A rule set by reference: a built-in rule set's name, otherwise a path to a rule-set file
    /// relative to <paramref name="baseDirectory"/>.
    /// </summary>
    /// <exception cref="GumuConfigException">Neither a built-in name nor a loadable file.</exception>
    internal static RuleSet LoadRuleSet(string value, string baseDirectory, string origin, string? key)
    {
        if (RuleSetLoader.BuiltInNames.Contains(value, StringComparer.Ordinal))
        {
            return RuleSetLoader.BuiltIn(value);
        }

        var path = Path.GetFullPath(value, baseDirectory);
        try
        {
            return RuleSetLoader.FromFile(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            var known = string.Join(", ", RuleSetLoader.BuiltInNames);
            throw new GumuConfigException(origin, key, new LocalizedText(
                $"“{value}”不是内置规则集的名称（内置：{known}），也找不到规则集文件 {path}",
                $"\"{value}\" is not a built-in rule set (built-in: {known}) and there is no rule-set file {path}"), e);
        }
        catch (InvalidDataException e)
        {
            throw new GumuConfigException(origin, key, new LocalizedText(
                $"规则集文件 {path} 无效：{e.Message}",
                $"the rule-set file {path} is not valid: {e.Message}"), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GumuConfigException(origin, key, new LocalizedText(
                $"无法读取规则集文件 {path}：{e.Message}",
                $"the rule-set file {path} cannot be read: {e.Message}"), e);
        }
    }

    private static GumuConfig Read(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new GumuConfigException(source, null, new LocalizedText(
                $"最外层应为 JSON 对象 {{…}}，而不是{KindZh(root)}",
                $"the top level must be a JSON object {{…}}, not {KindEn(root)}"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var config = new GumuConfig { SourcePath = source };
        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw Duplicate(source, property.Name);
            }

            switch (property.Name)
            {
                case "$schema":
                    // For editors only; its value is not used, but it has to be a string.
                    RequireString(property.Value, source, "$schema");
                    break;
                case "ruleSet":
                    config = config with { RuleSet = ReadRuleSet(property.Value, source) };
                    break;
                case "ruleSetsByYear":
                    config = config with { RuleSetsByYear = ReadRuleSetsByYear(property.Value, source) };
                    break;
                case "rules":
                    config = config with { Rules = ReadRules(property.Value, source) };
                    break;
                case "deadline":
                    config = config with { Deadline = ReadDeadline(property.Value, source) };
                    break;
                case "deadlines":
                    config = config with { Deadlines = ReadDeadlines(property.Value, source) };
                    break;
                case "lang":
                    config = config with { Language = ReadLanguage(property.Value, source) };
                    break;
                case "soffice":
                    // A relative path is the file's folder's, like "ruleSet"; "" switches conversion off.
                    var soffice = RequireString(property.Value, source, "soffice");
                    config = config with { Soffice = soffice.Length == 0 ? soffice : Path.GetFullPath(soffice, Path.GetDirectoryName(source) ?? ".") };
                    break;
                default:
                    throw UnknownKey(source, property.Name);
            }
        }

        return config;
    }

    private static string ReadRuleSet(JsonElement value, string source)
    {
        var text = RequireString(value, source, "ruleSet");
        if (string.IsNullOrWhiteSpace(text) || text.Trim() != text)
        {
            throw new GumuConfigException(source, "ruleSet", new LocalizedText(
                $"“{text}”不是规则集名称或路径；请写 auto、内置规则集的名称（如 national-2021）或规则集文件的路径",
                $"\"{text}\" is neither a rule set name nor a path; write auto, a built-in rule set's name (e.g. national-2021) or a rule-set file's path"));
        }

        return text;
    }

    // { "2018": "yunnan-2018", "2019-2020": "my-province-2019.json" }: a year or a range of years.
    private static List<(YearKey Key, string Value)> ReadRuleSetsByYear(JsonElement value, string source)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new GumuConfigException(source, "ruleSetsByYear", new LocalizedText(
                $"应为对象，如 {{ \"2018\": \"yunnan-2018\" }}，而不是{KindZh(value)}",
                $"must be an object such as {{ \"2018\": \"yunnan-2018\" }}, not {KindEn(value)}"));
        }

        var entries = new List<(YearKey, string)>();
        foreach (var entry in value.EnumerateObject())
        {
            var key = "ruleSetsByYear." + entry.Name;
            if (YearKey.Parse(entry.Name) is not { } years)
            {
                throw new GumuConfigException(source, key, new LocalizedText(
                    $"“{entry.Name}”不是年份或年份范围；应写成 \"2018\" 或 \"2019-2020\"",
                    $"\"{entry.Name}\" is not a year or a range of years; write \"2018\" or \"2019-2020\""));
            }

            if (entries.Any(e => e.Item1.From <= years.To && years.From <= e.Item1.To))
            {
                throw new GumuConfigException(source, key, new LocalizedText("年份与前面的条目重叠", "the years overlap an earlier entry"));
            }

            var text = RequireString(entry.Value, source, key);
            if (text == RuleSetLoader.Auto || string.IsNullOrWhiteSpace(text))
            {
                throw new GumuConfigException(source, key, new LocalizedText(
                    "应为内置规则集的名称或规则集文件的路径",
                    "must be a built-in rule set's name or a rule-set file's path"));
            }

            entries.Add((years, text));
        }

        return entries;
    }

    private static Dictionary<string, Severity?> ReadRules(JsonElement value, string source)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new GumuConfigException(source, "rules", new LocalizedText(
                $"应为对象，如 {{ \"GM1003\": \"off\" }}，而不是{KindZh(value)}",
                $"must be an object such as {{ \"GM1003\": \"off\" }}, not {KindEn(value)}"));
        }

        var catalog = RuleCatalog.Default;
        var rules = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        foreach (var entry in value.EnumerateObject())
        {
            var key = "rules." + entry.Name;
            if (rules.ContainsKey(entry.Name))
            {
                throw Duplicate(source, key);
            }

            if (!catalog.Contains(entry.Name))
            {
                throw UnknownRule(source, key, entry.Name, catalog);
            }

            var severity = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : null;
            if (severity is null || !SeverityValues.Contains(severity, StringComparer.Ordinal))
            {
                var shown = severity is null ? KindZh(entry.Value) + " " : $"“{severity}”";
                var shownEn = severity is null ? KindEn(entry.Value) : $"\"{severity}\"";
                throw new GumuConfigException(source, key, new LocalizedText(
                    $"{shown}不是有效的级别；应为 \"off\"、\"error\"、\"warning\" 或 \"info\"",
                    $"{shownEn} is not a severity; use \"off\", \"error\", \"warning\" or \"info\""));
            }

            if (severity == "off" && entry.Name.StartsWith("GM0", StringComparison.Ordinal))
            {
                throw new GumuConfigException(source, key, new LocalizedText(
                    "输入类规则（GM0001–GM0005）不能关闭，否则无法读取或检查失败的文件会显示为通过；可改为 \"warning\" 或 \"info\"",
                    "input rules (GM0001–GM0005) cannot be switched off, or a file that could not be read or checked would look like a pass; use \"warning\" or \"info\" instead"));
            }

            rules[entry.Name] = SeverityNames.TryParse(severity, out var parsed) ? parsed : null;
        }

        return rules;
    }

    private static DateOnly ReadDeadline(JsonElement value, string source)
    {
        var text = RequireString(value, source, "deadline");
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new GumuConfigException(source, "deadline", new LocalizedText(
                $"“{text}”不是有效的日期；应写成 YYYY-MM-DD，如 \"2019-03-31\"",
                $"\"{text}\" is not a valid date; write YYYY-MM-DD, e.g. \"2019-03-31\""));
        }

        return date;
    }

    // { "township": "{Y+1}-01-26", "government": "{Y+1}-03-31" }: a date pattern per kind of issuing body.
    private static Dictionary<string, string> ReadDeadlines(JsonElement value, string source)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new GumuConfigException(source, "deadlines", new LocalizedText(
                $"应为对象，如 {{ \"township\": \"{{Y+1}}-01-26\" }}，而不是{KindZh(value)}",
                $"must be an object such as {{ \"township\": \"{{Y+1}}-01-26\" }}, not {KindEn(value)}"));
        }

        var deadlines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in value.EnumerateObject())
        {
            var key = "deadlines." + entry.Name;
            if (deadlines.ContainsKey(entry.Name))
            {
                throw Duplicate(source, key);
            }

            if (!IssuerKinds.Contains(entry.Name, StringComparer.Ordinal))
            {
                var known = string.Join(", ", IssuerKinds);
                throw new GumuConfigException(source, key, new LocalizedText(
                    $"“{entry.Name}”不是发布机关的类别；可用：{known}",
                    $"\"{entry.Name}\" is not a kind of issuing body; known: {known}"));
            }

            var text = RequireString(entry.Value, source, key);
            var sample = text.Replace("{Y+1}", "2001", StringComparison.Ordinal).Replace("{Y}", "2000", StringComparison.Ordinal);
            if (!DateOnly.TryParseExact(sample, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new GumuConfigException(source, key, new LocalizedText(
                    $"“{text}”不是有效的期限；应写成 \"{{Y+1}}-01-31\"（{{Y}} 为报告年度）或 YYYY-MM-DD",
                    $"\"{text}\" is not a valid deadline; write \"{{Y+1}}-01-31\" ({{Y}} is the report year) or YYYY-MM-DD"));
            }

            deadlines[entry.Name] = text;
        }

        return deadlines;
    }

    private static Language ReadLanguage(JsonElement value, string source)
    {
        var text = RequireString(value, source, "lang");
        return text switch
        {
            "zh" => Language.Chinese,
            "en" => Language.English,
            _ => throw new GumuConfigException(source, "lang", new LocalizedText(
                $"“{text}”不是支持的语言；应为 \"zh\" 或 \"en\"",
                $"\"{text}\" is not a supported language; use \"zh\" or \"en\"")),
        };
    }

    private static string RequireString(JsonElement value, string source, string key) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new GumuConfigException(source, key, new LocalizedText(
                $"应为字符串，而不是{KindZh(value)}",
                $"must be a string, not {KindEn(value)}"));

    private static GumuConfigException Duplicate(string source, string key) =>
        new(source, key, new LocalizedText("键重复出现", "the key appears more than once"));

    private static GumuConfigException UnknownKey(string source, string name)
    {
        var suggestion = KeyAliases.TryGetValue(name, out var alias)
            ? alias
            : Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        var known = string.Join(", ", Keys);
        var hintZh = suggestion is null ? string.Empty : $"（是否应为“{suggestion}”？）";
        var hintEn = suggestion is null ? string.Empty : $" (did you mean \"{suggestion}\"?)";
        return new GumuConfigException(source, name, new LocalizedText(
            $"未知的键{hintZh}；可用的键：{known}",
            $"unknown key{hintEn}; known keys: {known}"));
    }

    private static GumuConfigException UnknownRule(string source, string key, string name, RuleCatalog catalog)
    {
        var byId = catalog.Rules.FirstOrDefault(r => string.Equals(r.Id, name, StringComparison.OrdinalIgnoreCase));
        var byName = catalog.Rules.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
        if ((byId ?? byName) is { } rule)
        {
            return new GumuConfigException(source, key, new LocalizedText(
                $"请用规则编号 \"{rule.Id}\"（{rule.Name}）作为键",
                $"use the rule id \"{rule.Id}\" ({rule.Name}) as the key"));
        }

        return new GumuConfigException(source, key, new LocalizedText(
            $"没有编号为“{name}”的规则；规则编号形如 GM1003，用 gumu rules 查看全部规则",
            $"no rule has the id \"{name}\"; rule ids look like GM1003, and gumu rules lists them all"));
    }

    private static string KindZh(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "字符串",
        JsonValueKind.Number => "数字 " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "布尔值 " + value.GetRawText(),
        _ => "空值 null",
    };

    private static string KindEn(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => "the boolean " + value.GetRawText(),
        _ => "null",
    };
}
