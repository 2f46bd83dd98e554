namespace Gumu.SampleBuilder.Content;

/// <summary>The fictional county-level city every sample report comes from.</summary>
internal static class Qingshan
{
    public const string Government = "青山市人民政府";

    public const int ReportYear = 2018;

    /// <summary>The fourteen canonical section titles of the Yunnan 2018 template for <see cref="ReportYear"/>.</summary>
    public static IReadOnlyList<string> SectionTitles { get; } =
    [
        "总体公开情况说明",
        "主动公开政府信息情况",
        "重点领域政府信息公开工作情况",
        "推进“互联网+政务服务”工作情况",
        "建议提案办理结果公开情况",
        "开展政策解读情况",
        "政府信息公开工作中的政务舆情和社会重大关切回应情况",
        "政府信息依申请公开工作详细情况",
        "公开平台载体建设情况（含政府新闻发布工作落实情况）",
        "信息公开相关举报、复议、诉讼情况",
        "完善公开制度机制建设情况",
        "推进公开工作存在问题和不足",
        $"开展{ReportYear + 1}年工作的初步安排",
        "其他应报告的事项",
    ];
}
