using Gumu.Compliance.Rules;
using Gumu.SampleBuilder.Model;

namespace Gumu.SampleBuilder.Content;

/// <summary>
/// The compliant 2020 report of 梅岭乡 (a fictional township of 青山市) in the national 2019 format:
/// table 二 with 上一年项目数量 / 本年增/减 (one negative change) and 政府集中采购, table 三 with one
/// (六)其他处理 row, table 四 with one review upheld. Figures the text states are read from the tables:
/// 规范性文件 issued, 新收, 上年结转, "已全部办结", the review and that there was no lawsuit.
/// </summary>
internal static class MeilingReport
{
    public const string Place = "梅岭乡";

    public const string Agency = "梅岭乡人民政府";

    public const int Year = 2020;

    public static RuleSet RuleSet => RuleSetLoader.BuiltIn("national-2019");

    /// <summary>Table 二 in the 2019 form; the township dropped one service item (本年增/减 −1).</summary>
    public static FormTable Proactive => FormTable.Filled(RuleSet, "二", new Dictionary<string, decimal[]>
    {
        ["normative"] = [1, 1, 6],
        ["licensing"] = [3, 0, 21],
        ["otherServices"] = [12, -1, 64],
        ["penalty"] = [2, 0, 3],
        ["enforcement"] = [1, 0, 0],
        ["procurement"] = [2, 36.5m],
    });

    /// <summary>Table 三: four new applications and one carried over, all handled.</summary>
    public static FormTable Applications => FormTable.Filled(RuleSet, "三", new Dictionary<string, decimal[]>
    {
        ["R1"] = [3, 0, 0, 0, 0, 1, 4],
        ["R2"] = [1, 0, 0, 0, 0, 0, 1],
        ["R3.1"] = [3, 0, 0, 0, 0, 0, 3],
        ["R3.4.1"] = [1, 0, 0, 0, 0, 0, 1],
        ["R3.5.1"] = [0, 0, 0, 0, 0, 1, 1],
        ["R3.7"] = [4, 0, 0, 0, 0, 1, 5],
    });

    /// <summary>Table 四: one review, upheld; no lawsuit.</summary>
    public static FormTable ReviewsAndLawsuits => FormTable.Filled(RuleSet, "四", new Dictionary<string, decimal[]>
    {
        ["cases"] = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    });

    /// <summary>Section 一's statement of the normative documents issued this year (二 规范性文件 本年新制作数量 in the 2019 form).</summary>
    public static string NormativeMade(int count) => $"印发规范性文件{count}件";

    public static AnnualReport Create()
    {
        var applications = Applications;
        var reviews = ReviewsAndLawsuits;
        var titles = PrintedForm.SectionTitles(RuleSet, Year);
        ReportSection Section(int number, params BodyBlock[] body) => new(number, number, titles[number - 1], [.. body]);

        ReportSection[] sections =
        [
            Section(1,
                Text("2020年，梅岭乡在做好疫情防控和脱贫攻坚收官工作的同时，认真贯彻新修订的《中华人民共和国政府信息公开条例》，调整充实了以乡长为组长的政务公开工作领导小组，明确党政办公室负责日常工作，各村确定一名兼职信息员。"),
                Text("全乡通过市政府门户网站乡镇专栏、乡村两级公开栏和村广播发布疫情防控、复工复产、扶贫资金使用和低保评定等信息，重要惠民政策做到进村入户宣传，全年在乡镇专栏发布信息287条，比上年增加31条，公开栏更新24期。"
                    + $"全年{NormativeMade(Proactive.Count("normative", "newMade"))}，已在乡镇专栏全文公开。"
                    + $"全年新收政府信息公开申请{applications.Text("R1", "total")}件，上年结转{applications.Text("R2", "total")}件，已全部办结，2019年新收的2件申请也已于当年办结。"
                    + $"因政府信息公开被申请行政复议{reviews.Text("cases", "review.total")}件，经复议维持原答复；未发生因政府信息公开引起的行政诉讼。")),
            Section(2,
                Text("2020年梅岭乡主动公开政府信息情况见下表。"),
                new FormTableBlock(Proactive)),
            Section(3,
                Text("2020年梅岭乡收到和处理政府信息公开申请情况见下表。"),
                new FormTableBlock(applications)),
            Section(4,
                Text("2020年梅岭乡政府信息公开行政复议、行政诉讼情况见下表。"),
                new FormTableBlock(reviews)),
            Section(5,
                Text("一是乡村两级信息员多为兼职，业务能力有待提高；二是公开内容以工作动态为主，办事服务类信息偏少；三是依申请公开答复文书的规范性还需加强。"),
                Text("2021年，梅岭乡将组织信息员参加业务培训，增加办事指南、惠民政策等群众需要的信息，并参照上级示范文本统一答复文书格式。")),
            Section(6,
                Text("本年度梅岭乡无其他需要报告的事项。")),
        ];

        return new AnnualReport(
            Agency,
            Place,
            Year,
            "梅岭乡人民政府2020年政府信息公开工作年度报告",
            new PublicationMetadata(
                Qingshan.Government,
                Place,
                "赵立群",
                new DateOnly(2021, 1, 26),
                new DateTime(2021, 1, 25, 1, 5, 0, DateTimeKind.Utc),
                new DateTime(2021, 1, 25, 8, 40, 0, DateTimeKind.Utc)),
            [
                new Paragraph("根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）的要求，梅岭乡人民政府编制本报告。"
                    + "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。对本报告有疑问的，可在工作日与梅岭乡党政办公室联系，电话：0878-6472216。"),
            ],
            [.. sections],
            [Agency, "2021年1月25日"]);
    }

    private static Paragraph Text(string text) => new(text);
}
