using Gumu.Compliance;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Tests.Support;

/// <summary>Builds check results for writer tests without running the checker.</summary>
internal static class TestResults
{
    /// <summary>Text that would break out of HTML if it were ever written unescaped.</summary>
    public static readonly string[] HostileTexts =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "</script><script>alert(2)</script>",
        "javascript:alert(3)",
        "'><svg onload=alert(4)>",
        "<!-- &lt; &amp; -->",
    ];

    public static FileCheckResult File(
        string path,
        string? title = "某某镇人民政府2018年政府信息公开工作年度报告",
        int? year = 2018,
        string format = "html",
        string? ruleSet = "yunnan-2018",
        params Finding[] findings) =>
        new()
        {
            Path = path,
            Format = format,
            RuleSet = ruleSet,
            Title = title,
            Year = year,
            Findings = findings,
        };

    public static Finding Finding(
        string ruleId = "GM2002",
        string name = "narrative-table-mismatch",
        Severity severity = Severity.Error,
        string message = "正文所述数字与统计表不一致",
        int? section = 10,
        SourceLocation? location = null,
        string? evidence = null,
        params (string Key, object? Value)[] properties) =>
        new()
        {
            RuleId = ruleId,
            Name = name,
            Severity = severity,
            Message = message,
            Section = section,
            Location = location,
            Evidence = evidence,
            Properties = properties.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).ToList(),
        };

    public static Finding Warning(string ruleId = "GM1003", string message = "标题与模板表述不同") =>
        Finding(ruleId, "section-title-deviates", Severity.Warning, message, 3, SourceLocation.AtParagraph(17), "三、重点领域政府信息公开情况");

    /// <summary>
    /// Five townships: errors per file 1, 0, 1, 3, 0 and warnings 1, 0, 0, 0, 2, so a sort by
    /// errors (descending, stable) gives 4, 1, 3, 2, 5.
    /// </summary>
    public static IReadOnlyList<FileCheckResult> Townships() =>
    [
        File(
            "乡镇/兰溪镇/2018年报.html",
            "兰溪镇人民政府2018年政府信息公开工作年度报告",
            2018,
            findings:
            [
                Finding(location: SourceLocation.AtLine(88, 5), evidence: "收到行政复议3件", properties: [("stated", 3), ("table", 2), ("row", "四、行政复议数量")]),
                Warning(),
            ]),
        File("乡镇/白沙镇.docx", "白沙镇人民政府2018年政府信息公开工作年度报告", 2018, "docx"),
        File(
            "乡镇/石门乡.pdf",
            title: null,
            year: null,
            format: "pdf",
            ruleSet: null,
            findings: Finding("GM0002", "unsupported-format", Severity.Error, "这是 PDF 文件,无法核对其结构和数字;请提交原始的 .docx 或网页版本", null, properties: ("detected", "PDF"))),
        File(
            "乡镇/青山乡.html",
            "青山乡人民政府2017年政府信息公开工作年度报告",
            2017,
            findings:
            [
                Finding("GM1001", "section-missing", Severity.Error, "缺少第5部分“建议提案办理结果公开情况”", 5, SourceLocation.AtLine(61, 1)),
                Finding("GM2001", "table-arithmetic", Severity.Error, "合计与各项之和不一致", null, SourceLocation.AtCell(1, 5, 3), "12"),
                Finding("GM3001", "review-not-reported", Severity.Error, "第十部分没有说明行政复议数量", 10),
            ]),
        File(
            "乡镇/金河镇.docx",
            "金河镇人民政府2019年政府信息公开工作年度报告",
            2019,
            "docx",
            findings: [Warning(), Warning("GM1005", "第12部分只有标题,没有内容")]),
    ];

    /// <summary>One file in which every string the writer prints from the input is hostile.</summary>
    public static FileCheckResult Hostile(string payload) =>
        File(
            "乡镇/" + payload + "/报告" + payload + ".html",
            payload,
            2018,
            format: "html" + payload,
            ruleSet: "yunnan-2018" + payload,
            findings:
            [
                Finding(
                    "GM2002" + payload,
                    "narrative-table-mismatch" + payload,
                    Severity.Error,
                    "正文:" + payload,
                    10,
                    SourceLocation.AtLine(3, 7),
                    payload,
                    ("stated" + payload, payload),
                    ("parts", new object?[] { payload, 2, null })),
            ]);
}
