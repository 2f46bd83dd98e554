namespace Gumu.SampleBuilder.Model;

/// <summary>One printed line of the statistics table: a block header ("——" in 单位 and 统计数) or a figure row.</summary>
internal sealed record StatisticsLine(int Number, string Label, string Unit)
{
    public bool IsHeader => Number == 0;
}

/// <summary>
/// The 58-row 政府信息公开情况统计表 of the Yunnan 2018 template, in printed order, with the block
/// header lines between the figure rows. Labels are template wording (full-width punctuation as
/// printed forms use it); row numbers are the template's.
/// </summary>
internal static class StatisticsTemplate
{
    public const int RowCount = 58;

    /// <summary>Rows 30–35 share one "其中：" cell spanning all of them (rowspan / vMerge).</summary>
    public const int GroupFirst = 30;

    public const int GroupLast = 35;

    public const string GroupLabel = "其中：";

    public static IReadOnlyList<StatisticsLine> Lines { get; } =
    [
        Header("一、主动公开情况"),
        Row(1, "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条"),
        Row(2, "其中：主动公开规范性文件数", "条"),
        Row(3, "制发规范性文件总数", "件"),
        Header("（二）通过不同渠道和方式公开政府信息的情况"),
        Row(4, "1.政府公报公开政府信息数", "条"),
        Row(5, "2.政府网站公开政府信息数", "条"),
        Row(6, "3.政务微博公开政府信息数", "条"),
        Row(7, "4.政务微信公开政府信息数", "条"),
        Row(8, "5.其他方式公开政府信息数", "条"),
        Header("二、回应解读情况"),
        Row(9, "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次"),
        Header("（二）通过不同渠道和方式回应解读的情况"),
        Row(10, "1.参加或举办新闻发布会总次数", "次"),
        Row(11, "其中：主要负责同志参加新闻发布会次数", "次"),
        Row(12, "2.政府网站在线访谈次数", "次"),
        Row(13, "其中：主要负责同志参加政府网站在线访谈次数", "次"),
        Row(14, "3.政策解读稿件发布数", "篇"),
        Row(15, "4.微博微信回应事件数", "次"),
        Row(16, "5.其他方式回应事件数", "次"),
        Header("三、依申请公开情况"),
        Row(17, "（一）收到申请数", "件"),
        Row(18, "1.当面申请数", "件"),
        Row(19, "2.传真申请数", "件"),
        Row(20, "3.网络申请数", "件"),
        Row(21, "4.信函申请数", "件"),
        Row(22, "（二）申请办结数", "件"),
        Row(23, "1.按时办结数", "件"),
        Row(24, "2.延期办结数", "件"),
        Row(25, "（三）申请答复数", "件"),
        Row(26, "1.属于已主动公开范围数", "件"),
        Row(27, "2.同意公开答复数", "件"),
        Row(28, "3.同意部分公开答复数", "件"),
        Row(29, "4.不同意公开答复数", "件"),
        Row(30, "涉及国家秘密", "件"),
        Row(31, "涉及商业秘密", "件"),
        Row(32, "涉及个人隐私", "件"),
        Row(33, "危及国家安全、公共安全、经济安全和社会稳定", "件"),
        Row(34, "不是《条例》所指政府信息", "件"),
        Row(35, "法律法规规定的其他情形", "件"),
        Row(36, "5.不属于本行政机关公开", "件"),
        Row(37, "6.申请信息不存在", "件"),
        Row(38, "7.告知作出更改补充", "件"),
        Row(39, "8.告知通过其他途径办理", "件"),
        Row(40, "四、行政复议数量", "件"),
        Row(41, "（一）维持具体行政行为数", "件"),
        Row(42, "（二）被依法纠错数", "件"),
        Row(43, "（三）其他情形数", "件"),
        Row(44, "五、行政诉讼数量", "件"),
        Row(45, "（一）维持具体行政行为或者驳回原告诉讼请求数", "件"),
        Row(46, "（二）被依法纠错数", "件"),
        Row(47, "（三）其他情形数", "件"),
        Row(48, "六、举报投诉数量", "件"),
        Row(49, "七、依申请公开信息收取的费用", "万元"),
        Header("八、机构建设和保障经费情况"),
        Row(50, "（一）政府信息公开工作专门机构数", "个"),
        Row(51, "（二）设置政府信息公开查阅点数", "个"),
        Row(52, "（三）从事政府信息公开工作人员数", "人"),
        Row(53, "1.专职人员数（不包括政府公报及政府网站工作人员数）", "人"),
        Row(54, "2.兼职人员数", "人"),
        Row(55, "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元"),
        Header("九、政府信息公开会议和培训情况"),
        Row(56, "（一）召开政府信息公开工作会议或专题会议数", "次"),
        Row(57, "（二）举办各类培训班数", "次"),
        Row(58, "（三）接受培训人员数", "人次"),
    ];

    public const string HeaderLabel = "统计指标";

    public const string HeaderUnit = "单位";

    public const string HeaderValue = "统计数";

    /// <summary>What a block header shows in the 单位 and 统计数 columns.</summary>
    public const string NotApplicable = "——";

    public static bool IsInGroup(int row) => row is >= GroupFirst and <= GroupLast;

    /// <summary>The label as one cell would carry it when the table has no separate "其中" cell.</summary>
    public static string FlatLabel(StatisticsLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Number == GroupFirst ? GroupLabel + line.Label : line.Label;
    }

    private static StatisticsLine Header(string label) => new(0, label, NotApplicable);

    private static StatisticsLine Row(int number, string label, string unit) => new(number, label, unit);
}
