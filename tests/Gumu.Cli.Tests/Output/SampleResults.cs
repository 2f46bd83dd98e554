using Gumu.Compliance;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.Output;

/// <summary>Hand-built results covering what the writers must handle: every location kind, every severity, unreadable files, a clean file.</summary>
internal static class SampleResults
{
    public const string HtmlPath = "reports/兰溪镇 2018.html";
    public const string DocxPath = "reports/yunxiu-2018.docx";
    public const string CleanPath = "reports/clean.txt";
    public const string LegacyPath = "inbox/legacy.doc";
    public const string BrokenPath = "./inbox/broken.docx";

    public static Finding F(
        string ruleId,
        Severity severity,
        string message,
        int? section = null,
        SourceLocation? location = null,
        string? evidence = null,
        params (string Key, object? Value)[] properties) => new()
        {
            RuleId = ruleId,
            Name = RuleCatalog.Default.Contains(ruleId) ? RuleCatalog.Default[ruleId].Name : "custom-rule",
            Severity = severity,
            Message = message,
            Section = section,
            Location = location,
            Evidence = evidence,
            Properties = properties.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).ToList(),
        };

    /// <summary>Five files: an HTML report with errors, a DOCX report with warnings and a note, a clean text file, a legacy .doc and a broken .docx.</summary>
    public static IReadOnlyList<FileCheckResult> Realistic(int htmlLine = 61) =>
    [
        new FileCheckResult
        {
            Path = HtmlPath,
            Format = "html",
            RuleSet = "yunnan-2018",
            Title = "兰溪镇人民政府2018年政府信息公开工作年度报告",
            Year = 2018,
            Findings =
            [
                F("GM1001", Severity.Error, "缺少第5部分“建议提案办理结果公开情况”", 5, SourceLocation.AtLine(htmlLine, 1), null,
                    ("expected", "建议提案办理结果公开情况")),
                F("GM2001", Severity.Error, "统计表第5行:合计 12 与分项之和 13 不符", 14, SourceLocation.AtCell(1, 5, 3, htmlLine + 60, 7), "12",
                    ("row", "四、行政复议数量"), ("stated", 12), ("computed", 13), ("parts", new[] { 5, 8 })),
            ],
        },
        new FileCheckResult
        {
            Path = DocxPath,
            Format = "docx",
            RuleSet = "yunnan-2018",
            Title = "云岫乡人民政府2018年政府信息公开工作年度报告",
            Year = 2018,
            Findings =
            [
                F("GM4001", Severity.Warning, "标题“2018年政府信息公开工作年度报告”缺少机关名称", null, SourceLocation.AtParagraph(1),
                    "2018年政府信息公开工作年度报告", ("title", "2018年政府信息公开工作年度报告"), ("missing", new[] { "agency" })),
                F("GM1005", Severity.Warning, "第12部分“推进公开工作存在问题和不足”只有标题,没有内容", 12, SourceLocation.AtParagraph(47),
                    "十二、推进公开工作存在问题和不足", ("expected", "推进公开工作存在问题和不足")),
                F("GM2004", Severity.Warning, "统计表单元格应为数字,实为“—”", 14, SourceLocation.AtCell(1, 7, 4), "—"),
                F("GM2004", Severity.Warning, "统计表单元格应为数字,实为“—”", 14, SourceLocation.AtCell(1, 9, 4), "—"),
                F("GM4003", Severity.Info, "发布日期 2019-04-02 晚于规定期限 2019-03-31", null, null, "2019-04-02",
                    ("published", "2019-04-02"), ("deadline", "2019-03-31")),
            ],
        },
        new FileCheckResult
        {
            Path = CleanPath,
            Format = "text",
            RuleSet = "yunnan-2018",
            Title = "兰溪镇人民政府2018年政府信息公开工作年度报告",
            Year = 2018,
            Findings = [],
        },
        new FileCheckResult
        {
            Path = LegacyPath,
            Format = "doc",
            Findings =
            [
                F("GM0002", Severity.Error, "这是旧版 Word/WPS 文件（.doc/.wps 格式），无法读取；请在 Word 或 WPS 中“另存为 .docx”后重新提交"),
            ],
        },
        new FileCheckResult
        {
            Path = BrokenPath,
            Format = "docx",
            Findings =
            [
                F("GM0001", Severity.Error, "DOCX 文件已损坏或不完整,无法打开;请在 Word 中重新另存为 .docx", null, null, null,
                    ("reason", "End of Central Directory record could not be found.")),
            ],
        },
    ];
}
