namespace Gumu.Compliance.Reporting;

/// <summary>The rule id ranges of the contract (0xxx input … 4xxx dates and metadata), as reports group findings by them.</summary>
internal static class RuleGroup
{
    /// <summary>The number of groups: GM0xxx to GM4xxx.</summary>
    public const int Count = 5;

    /// <summary>0–4 for GM0xxx–GM4xxx; null for an id outside the ranges (a user's own rule).</summary>
    public static int? Of(string ruleId) =>
        ruleId is { Length: > 2 } && ruleId[2] is >= '0' and <= '4' ? ruleId[2] - '0' : null;

    /// <summary>"GM2xxx 数字" / "GM2xxx figures".</summary>
    public static string Label(int group, Language language) => (language == Language.English ? English : Chinese)[group];

    /// <summary>The label of a rule's group, or the rule id itself when it is in none.</summary>
    public static string LabelOf(string ruleId, Language language) => Of(ruleId) is int g ? Label(g, language) : ruleId;

    private static readonly string[] Chinese = ["GM0xxx 无法读取", "GM1xxx 结构", "GM2xxx 数字", "GM3xxx 复议与诉讼", "GM4xxx 标题与日期"];

    private static readonly string[] English = ["GM0xxx input", "GM1xxx structure", "GM2xxx figures", "GM3xxx review and litigation", "GM4xxx dates and metadata"];
}
