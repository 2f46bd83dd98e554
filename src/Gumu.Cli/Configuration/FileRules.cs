using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Configuration;

/// <summary>
/// gumu.json's per-file "overrides": rule severities that apply to the files matching some globs,
/// on top of "rules", later entries winning, as ESLint's overrides do.
/// </summary>
/// <remarks>
/// The checker runs once for every file with "rules" applied; the overrides are then applied to
/// each file's findings. So that an override can switch a rule back on for some files, a rule
/// that "rules" switches off but an override names is left on in the checker and removed here
/// from the findings of every file that does not switch it back on.
/// </remarks>
internal sealed class FileRules
{
    private readonly GumuConfig _config;
    private readonly List<(PathGlobs Files, IReadOnlyDictionary<string, Severity?> Rules)> _overrides;
    private readonly string _baseDirectory;

    public FileRules(GumuConfig config, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _baseDirectory = config.BaseDirectory ?? Path.GetFullPath(currentDirectory);
        _overrides = config.Overrides.Select(o => (new PathGlobs(o.Files), o.Rules)).ToList();
    }

    /// <summary>The severities the checker applies to every file: "rules", less the offs an override may undo.</summary>
    public static IReadOnlyDictionary<string, Severity?> ForChecker(GumuConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var reenabled = config.Overrides.SelectMany(o => o.Rules).Where(r => r.Value is not null).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        if (reenabled.Count == 0)
        {
            return config.Rules;
        }

        return config.Rules.Where(r => !(r.Value is null && reenabled.Contains(r.Key))).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    /// <summary>A file's result with the overrides that match it applied.</summary>
    public FileCheckResult Apply(FileCheckResult result, string? fullPath)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (_overrides.Count == 0)
        {
            return result;
        }

        var effective = new Dictionary<string, Severity?>(_config.Rules, StringComparer.Ordinal);
        foreach (var (files, rules) in _overrides)
        {
            if (files.Matches(_baseDirectory, fullPath, result.Path))
            {
                foreach (var (id, severity) in rules)
                {
                    effective[id] = severity;
                }
            }
        }

        var findings = new List<Finding>(result.Findings.Count);
        foreach (var finding in result.Findings)
        {
            if (!effective.TryGetValue(finding.RuleId, out var severity))
            {
                findings.Add(finding);
            }
            else if (severity is { } s)
            {
                findings.Add(s == finding.Severity ? finding : finding with { Severity = s });
            }
        }

        return result with { Findings = findings };
    }
}
