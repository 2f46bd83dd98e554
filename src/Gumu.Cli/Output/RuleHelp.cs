using System.Collections.Frozen;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Output;

/// <summary>
/// How to fix what each rule finds, for formats that document their rules (SARIF's rule help).
/// The catalog says what a rule checks; this says what the author of the report should do.
/// A rule without an entry here (e.g. one added to the catalog later) gets its range's hint.
/// </summary>
internal static class RuleHelp
{
    private static readonly FrozenDictionary<string, LocalizedText> Fixes = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["GM0001"] = new(
            "在 Word 或 WPS 中打开原文件,取消打开密码,重新“另存为 .docx”后再检查;网页或文本文件请保存为 UTF-8 或 GB18030 编码。",
            "Open the original in Word or WPS, remove any password and save it as .docx again; save web pages and text files as UTF-8 or GB18030."),
        ["GM0002"] = new(
            "提交报告的网页(.html)、Word 文档(.docx)或纯文本(.txt);旧版 .doc/.wps 文件请另存为 .docx,PDF 和图片请换成原始文档。",
            "Submit the report as a web page (.html), a Word document (.docx) or plain text (.txt); save legacy .doc/.wps files as .docx and replace PDFs and images with the original document."),
        ["GM0003"] = new(
            "确认提交的是年度报告正文本身,而不是空文件、栏目列表页或其他页面。",
            "Make sure the file is the annual report itself, not an empty file, a portal listing page or another page."),
        ["GM0004"] = new(
            "检查文件是否异常(过大、嵌套过深或表格过大);正常的年度报告不会触及这些限制,请提交原始报告文件。",
            "Check whether the file is abnormal (too large, too deeply nested, or with an oversized table); a normal annual report stays well within these limits, so submit the original report file."),
        ["GM0005"] = new(
            "这是检查工具本身的问题,不是报告的问题;其他规则的结果仍然有效。请将文件和消息反馈给工具维护者。",
            "This is a fault in the checker, not in the report; the other rules' results still stand. Report the file and the message to the tool's maintainers."),
        ["GM1001"] = new(
            "按模板补上该部分,并以模板中的标题(含序号)单独成行作为标题。",
            "Add the section as the template requires, with the template's heading (including its number) on a line of its own."),
        ["GM1002"] = new(
            "按模板规定的顺序调整各部分。",
            "Reorder the sections to follow the template."),
        ["GM1003"] = new(
            "将标题改为模板中的原文表述。",
            "Change the heading to the template's exact wording."),
        ["GM1004"] = new(
            "合并重复的部分,每个部分只保留一个标题。",
            "Merge the duplicated sections so that each section has one heading."),
        ["GM1005"] = new(
            "在标题下填写该部分的内容;确无相关情况的,应写明“无”或说明原因。",
            "Write the section's content under the heading; where there is nothing to report, say so explicitly."),
        ["GM1006"] = new(
            "按模板在报告中加入政府信息公开情况统计表。",
            "Add the statistics table the template requires to the report."),
        ["GM1007"] = new(
            "将统计表以文字表格的形式发布在报告正文中,而不是图片、扫描件或附件。",
            "Publish the statistics table as a text table in the report itself, not as an image, a scan or an attachment."),
        ["GM1008"] = new(
            "按模板补齐统计表中缺少的行,行名与模板一致。",
            "Add the missing rows to the statistics table, named as in the template."),
        ["GM2001"] = new(
            "核对相关单元格,使合计等于各分项之和,分项不超过总数。",
            "Check the cells involved so that each total equals the sum of its parts and no part exceeds its whole."),
        ["GM2002"] = new(
            "核对正文与统计表中的数字,改正错误的一处,使两者一致。",
            "Compare the figure in the text with the table cell and correct whichever is wrong so they agree."),
        ["GM2003"] = new(
            "统一正文中对同一数量的表述,并使合计与分项相符。",
            "State each quantity once, consistently, and make stated totals match their parts."),
        ["GM2004"] = new(
            "在该单元格中填写数字;没有发生的情况填 0。",
            "Enter a number in the cell; write 0 where nothing happened."),
        ["GM2005"] = new(
            "核对相关单元格中的数字是否填错(例如办结数多于收到数)。",
            "Check whether the cells involved were filled in wrongly (e.g. more applications completed than received)."),
        ["GM3001"] = new(
            "在第十部分写明行政复议的数量,没有的写“0件”。",
            "State the number of administrative reviews in section 10, writing 0 if there were none."),
        ["GM3002"] = new(
            "在第十部分写明行政诉讼的数量,没有的写“0件”。",
            "State the number of lawsuits in section 10, writing 0 if there were none."),
        ["GM3003"] = new(
            "逐项写明行政复议的结果(维持、纠正、其他等),各项之和应等于复议总数。",
            "State the outcomes of the administrative reviews (upheld, corrected, other …) so that they add up to the number of reviews."),
        ["GM3004"] = new(
            "逐项写明行政诉讼的结果(维持、纠正、其他等),各项之和应等于诉讼总数。",
            "State the outcomes of the lawsuits (upheld, corrected, other …) so that they add up to the number of lawsuits."),
        ["GM3005"] = new(
            "在第十部分写明举报投诉的数量,没有的写“0件”。",
            "State the number of complaints and reports (举报) in section 10, writing 0 if there were none."),
        ["GM4001"] = new(
            "标题应包含机关名称、年份和“政府信息公开工作年度报告”,例如“某某县人民政府2018年政府信息公开工作年度报告”。",
            "Make the title name the agency, the year and \"政府信息公开工作年度报告\", e.g. \"某某县人民政府2018年政府信息公开工作年度报告\"."),
        ["GM4002"] = new(
            "统一标题、统计期限、统计表标题中的报告年度;下一年工作安排应写下一年度。",
            "Use the same report year in the title, the statistics period and the table caption; the plan must name the following year."),
        ["GM4003"] = new(
            "在规定期限前发布年度报告;已发布的,核对页面上的发布日期是否正确。",
            "Publish the report before the deadline; if it was published in time, check the publication date shown on the page."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What to do about a finding of the rule, in the given language.</summary>
    public static string Fix(string ruleId, Language language)
    {
        if (Fixes.TryGetValue(ruleId, out var fix))
        {
            return fix.In(language);
        }

        var english = language == Language.English;
        return ruleId.Length > 2 ? ruleId[2] switch
        {
            '0' => english ? "Submit a readable copy of the report." : "请提交可读取的报告文件。",
            '1' => english ? "Bring the report's structure in line with the template." : "按模板调整报告的结构。",
            '2' => english ? "Check the figures involved and correct them." : "核对并改正有关数字。",
            '3' => english ? "State the review and litigation figures in section 10." : "在第十部分写明行政复议和行政诉讼情况。",
            _ => english ? "Correct the report's title, dates and years." : "改正报告的标题、日期和年份。",
        }
            : english ? "See the rule's documentation." : "请参阅规则说明。";
    }

    /// <summary>A category tag for the rule's id range (contract.md: 0xxx input … 4xxx dates and metadata).</summary>
    public static string Category(string ruleId) => ruleId.Length > 2 ? ruleId[2] switch
    {
        '0' => "input",
        '1' => "structure",
        '2' => "figures",
        '3' => "review-litigation",
        '4' => "metadata",
        _ => "other",
    }
        : "other";
}
