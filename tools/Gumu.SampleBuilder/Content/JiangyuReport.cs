using Gumu.SampleBuilder.Model;
using Gumu.SampleBuilder.Rendering;

namespace Gumu.SampleBuilder.Content;

/// <summary>
/// The compliant 2018 report of 江屿镇, a fictional town of 东岚县 in a province that had no
/// template of its own: written under the pre-2019 regulation (国务院令第492号), its sections are
/// the six matters of the old 第三十二条 in the report's own words and order (an overview first,
/// reviews and lawsuits before fees), and the 58-row statistics table is attached under the last
/// section. Figures the text states are read from the table.
/// </summary>
internal static class JiangyuReport
{
    public const string Place = "江屿镇";

    public const string Agency = "江屿镇人民政府";

    public const int Year = 2018;

    /// <summary>The matters of the old 第三十二条 by their number in the national-pre2019 rule set.</summary>
    public const int Overview = 1;

    public const int Proactive = 2;

    public const int Requests = 3;

    public const int Fees = 4;

    public const int ReviewsAndLawsuits = 5;

    public const int Problems = 6;

    public const int Other = 7;

    /// <summary>东岚县's portal, where the county's townships publish their reports.</summary>
    public static PortalSite Portal { get; } = new("东岚县人民政府", "东岚县", "/images/dl_style.css", "/zjdl/", "走进东岚", "东岚县人民政府办公室", "东岚县信息中心", "0797-3321006", "赣ICP备06011873号", "3607990003");

    public static StatisticsTable Table { get; } = new(
    [
        // 一、主动公开情况: rows 1–8
        215, 3, 3, 0, 164, 0, 88, 57,
        // 二、回应解读情况: rows 9–16
        11, 1, 1, 0, 0, 5, 7, 4,
        // 三、依申请公开情况: rows 17–39
        4, 2, 0, 1, 1, 4, 4, 0, 4, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
        // 四、行政复议 rows 40–43; 五、行政诉讼 rows 44–47; 六、举报 row 48; 七、费用 row 49
        1, 1, 0, 0, 0, 0, 0, 0, 2, 0,
        // 八、机构建设和保障经费 rows 50–55; 九、会议和培训 rows 56–58
        1, 2, 3, 1, 2, 0.8m, 3, 2, 45,
    ]);

    /// <summary>The caption the table is attached under.</summary>
    public const string TableCaption = "附：江屿镇2018年政府信息公开情况统计表";

    public static AnnualReport Create()
    {
        var t = Table;
        ReportSection[] sections =
        [
            Section(Overview, 1, "概述",
                Text("2018年，江屿镇认真贯彻《中华人民共和国政府信息公开条例》，调整了由镇长任组长的政府信息公开工作领导小组，党政办公室负责日常工作，配备专职人员1名、兼职人员2名。"
                    + "全年召开政府信息公开专题会议3次，举办业务培训2期，培训镇村干部45人次。")),
            Section(Proactive, 2, "主动公开政府信息情况",
                Text($"2018年，江屿镇主动公开政府信息{t.Text(1)}条，其中在东岚县人民政府门户网站乡镇专栏公开{t.Text(5)}条，通过“江屿发布”微信公众号公开{t.Text(7)}条，通过村务公开栏等其他方式公开{t.Text(8)}条。"
                    + $"全年制发规范性文件{t.Text(3)}件，均已主动公开。公开内容主要包括机构职能、财政预决算、精准扶贫、征地拆迁、低保救助和安全生产等信息，其中公开扶贫资金使用明细36批次、涉及资金218.6万元。")),
            Section(Requests, 3, "依申请公开政府信息情况",
                Text($"2018年，江屿镇共收到政府信息公开申请{t.Text(17)}件，其中当面申请{t.Text(18)}件、网络申请{t.Text(20)}件、信函申请{t.Text(21)}件，内容主要涉及征地补偿标准和农村危房改造补助名单。"
                    + $"所有申请均在规定时限内办结，其中同意公开{t.Text(27)}件，属于已主动公开范围的{t.Text(26)}件，不属于本机关公开的{t.Text(36)}件已告知申请人向县自然资源局申请。全年无不予公开的情况。")),
            Section(ReviewsAndLawsuits, 4, "因政府信息公开申请行政复议、提起行政诉讼的情况",
                Text($"2018年，江屿镇因政府信息公开被申请行政复议{t.Text(40)}件，经县人民政府复议维持原答复；未发生因政府信息公开提起行政诉讼的情况。全年收到涉及政府信息公开的举报投诉{t.Text(48)}件，均已核实处理并反馈。")),
            Section(Fees, 5, "政府信息公开的收费及减免情况",
                Text("2018年，江屿镇在提供政府信息时未收取检索、复制、邮寄等任何费用，也未发生减免费用的情况。")),
            Section(Problems, 6, "存在的主要问题和改进措施",
                Text("一是信息公开的及时性有待提高，部分信息在事项办结后才集中发布；二是工作人员多为兼职，业务能力不足；三是村务公开栏内容更新较慢。"),
                Text("2019年，江屿镇将按照新修订的《条例》要求，编制主动公开基本目录，建立信息发布台账，每季度至少组织1次业务培训，并将村务公开栏更新情况纳入村级目标考核。")),
            Section(Other, 7, "其他需要报告的事项",
                Text("本年度无其他需要报告的事项。"),
                new SubHeading(TableCaption),
                new StatisticsTableBlock(t)),
        ];

        return new AnnualReport(
            Agency,
            Place,
            Year,
            "江屿镇人民政府2018年政府信息公开工作年度报告",
            new PublicationMetadata(
                Portal.Name,
                Place,
                "江屿镇党政办",
                new DateOnly(2019, 3, 12),
                new DateTime(2019, 3, 8, 2, 20, 0, DateTimeKind.Utc),
                new DateTime(2019, 3, 11, 8, 5, 0, DateTimeKind.Utc)),
            [
                new Paragraph("本报告根据《中华人民共和国政府信息公开条例》（国务院令第492号）第三十一条、第三十二条的规定，由江屿镇人民政府编制。"
                    + "本报告所列数据的统计时段自2018年1月1日起至2018年12月31日止。本报告电子版可在东岚县人民政府门户网站“乡镇政府信息公开”栏目查阅，如有疑问请与江屿镇党政办公室联系（电话：0797-3356218）。"),
            ],
            [.. sections],
            [Agency, "2019年3月8日"]);
    }

    private static ReportSection Section(int matter, int number, string title, params BodyBlock[] body) => new(matter, number, title, [.. body]);

    private static Paragraph Text(string text) => new(text);
}
