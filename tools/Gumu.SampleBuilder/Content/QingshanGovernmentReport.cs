using System.Globalization;
using Gumu.Compliance.Rules;
using Gumu.SampleBuilder.Model;

namespace Gumu.SampleBuilder.Content;

/// <summary>
/// The compliant 2025 report of 青山市人民政府 itself (a county-level city government, so its
/// deadline is {Y+1}-03-31: the report is published on 2026-03-26) in the national 2021 format.
/// A government this size fills every part of table 三 and table 四 — reviews upheld, corrected and
/// ended otherwise, lawsuits filed directly (one pending) and after review — and collects fees
/// (table 二, in 万元). Its prose is dense with figures that are no template quantity (items
/// published, hotline calls, rates in %, trainings, last year's figures with 同比, document numbers,
/// dates) next to every figure it restates from the tables; the information-processing fee is
/// stated in section 三, where the applications are, not in section 六.
/// </summary>
internal static class QingshanGovernmentReport
{
    public const string Place = "青山市";

    public const string Agency = Qingshan.Government;

    public const int Year = 2025;

    public static RuleSet RuleSet => RuleSetLoader.BuiltIn("national-2021");

    /// <summary>Table 二: six normative documents made, two repealed, 38 in force; fees of 12.6 万元.</summary>
    public static FormTable Proactive => FormTable.Filled(RuleSet, "二", new Dictionary<string, decimal[]>
    {
        ["normative"] = [6, 2, 38],
        ["licensing"] = [1843],
        ["penalty"] = [326],
        ["enforcement"] = [12],
        ["fees"] = [12.6m],
    });

    /// <summary>
    /// Table 三: 73 new applications and 6 carried over; 71 handled (every kind of result), 8 carried
    /// into 2026. By applicant: 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计.
    /// </summary>
    public static FormTable Applications => FormTable.Filled(RuleSet, "三", new Dictionary<string, decimal[]>
    {
        ["R1"] = [58, 9, 0, 1, 3, 2, 73],
        ["R2"] = [5, 1, 0, 0, 0, 0, 6],
        ["R3.1"] = [30, 5, 0, 1, 1, 1, 38],
        ["R3.2"] = [6, 1, 0, 0, 1, 0, 8],
        ["R3.3.4"] = [2, 1, 0, 0, 0, 0, 3],
        ["R3.3.6"] = [1, 0, 0, 0, 0, 0, 1],
        ["R3.4.1"] = [11, 1, 0, 0, 1, 0, 13],
        ["R3.4.2"] = [2, 0, 0, 0, 0, 0, 2],
        ["R3.5.1"] = [3, 0, 0, 0, 0, 0, 3],
        ["R3.5.2"] = [2, 0, 0, 0, 0, 0, 2],
        ["R3.6.1"] = [1, 0, 0, 0, 0, 0, 1],
        ["R3.7"] = [58, 8, 0, 1, 3, 1, 71],
        ["R4"] = [5, 2, 0, 0, 0, 1, 8],
    });

    /// <summary>
    /// Table 四: five reviews (3 upheld, 1 corrected, 1 ended otherwise); two lawsuits filed directly
    /// (1 upheld, 1 pending) and one after review (upheld).
    /// </summary>
    public static FormTable ReviewsAndLawsuits => FormTable.Filled(RuleSet, "四", new Dictionary<string, decimal[]>
    {
        ["cases"] = [3, 1, 1, 0, 5, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1],
    });

    /// <summary>Section 一's account of the reviews' outcomes, after their count.</summary>
    public static string ReviewOutcomes(FormTable reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        return $"其中结果维持{reviews.Text("cases", "review.upheld")}件、结果纠正{reviews.Text("cases", "review.corrected")}件、其他结果{reviews.Text("cases", "review.other")}件";
    }

    /// <summary>Section 一's statement of lawsuits (四 未经复议直接起诉 总计 + 复议后起诉 总计).</summary>
    public static string Lawsuits(int count) => $"被提起行政诉讼{count}件";

    /// <summary>Section 一's statement of the applications carried into the next year (三 R4 总计), after the ones completed.</summary>
    public static string CompletedAndCarriedForward(int completed, int carriedForward) => $"办结{completed}件，结转下年度继续办理{carriedForward}件";

    /// <summary>Section 一's statement of the normative documents in force at the end of the year (二 现行有效件数).</summary>
    public static string NormativeInForce(int count) => $"年末现行有效行政规范性文件{count}件";

    public static AnnualReport Create()
    {
        var y = Year.ToString(CultureInfo.InvariantCulture);
        var applications = Applications;
        var proactive = Proactive;
        var reviews = ReviewsAndLawsuits;
        var titles = PrintedForm.SectionTitles(RuleSet, Year);
        ReportSection Section(int number, params BodyBlock[] body) => new(number, number, titles[number - 1], [.. body]);
        int Total(string row) => applications.Count(row, "total");
        int Parts(string row) => applications.SumOfParts(row, "total");
        var lawsuits = reviews.Count("cases", "direct.total") + reviews.Count("cases", "afterReview.total");

        ReportSection[] sections =
        [
            Section(1,
                Text($"{y}年，青山市人民政府深入贯彻《中华人民共和国政府信息公开条例》（以下简称《条例》），落实国家和省政务公开工作要点，以公开促落实、强监管、优服务，全市政府信息公开工作取得新进展。"),
                Lead("（一）主动公开。", $"全年通过市政府门户网站主动公开政府信息4862条，其中政策文件386条、财政预决算信息142条，“青山发布”政务新媒体推送信息2317条，同比增长8.6%。"
                    + $"市政府制发行政规范性文件{proactive.Text("normative", "made")}件，均经合法性审核并按规定报市人大常委会备案；对现行有效行政规范性文件开展全面清理，废止{proactive.Text("normative", "repealed")}件，{NormativeInForce(proactive.Count("normative", "inForce"))}，已在门户网站“行政规范性文件库”集中公开。"
                    + "围绕优化营商环境、城乡居民医保缴费等重要政策发布解读材料126篇，其中图解41篇、短视频17个。"),
                Lead("（二）依申请公开。", $"全年新收政府信息公开申请{Total("R1")}件，同比增长12.3%（{Year - 1}年为65件）；上年结转{Total("R2")}件。"
                    + $"{CompletedAndCarriedForward(Total("R3.7"), Total("R4"))}。办结的申请中，予以公开{Total("R3.1")}件，部分公开{Total("R3.2")}件，不予公开{Parts("R3.3")}件，无法提供{Parts("R3.4")}件，不予处理{Parts("R3.5")}件，其他处理{Parts("R3.6")}件。"
                    + "申请主要集中在征地拆迁补偿、国有土地上房屋征收和建设项目审批领域，占64.8%；平均答复时间为11个工作日。"),
                Lead("（三）行政复议和行政诉讼。", $"全年因政府信息公开被申请行政复议{reviews.Text("cases", "review.total")}件，{ReviewOutcomes(reviews)}；"
                    + $"{Lawsuits(lawsuits)}，其中未经复议直接起诉{reviews.Text("cases", "direct.total")}件（结果维持1件、尚未审结1件），复议后起诉{reviews.Text("cases", "afterReview.total")}件（结果维持）。"
                    + "对复议纠正的案件，承办单位已于2025年9月12日重新作出答复。"),
                Lead("（四）政府信息管理和平台建设。", "落实公开前保密审查制度，全年审查拟公开信息5120条；动态调整26个领域基层政务公开标准目录。"
                    + "门户网站全年访问量286万人次，12345政务服务便民热线受理群众诉求4.6万件，按期办结率99.2%，群众满意率97.8%；政务服务中心设置政府信息公开查阅点3个。"),
                Lead("（五）监督保障。", "将政务公开纳入全市综合考核，分值占比4%；组织全市政务公开业务培训3期，培训各乡镇（街道）和市直部门工作人员260人次；"
                    + "委托第三方开展政务公开评估，对排名靠后的2个单位进行约谈。全年未发生因政务公开工作引起的责任追究。")),
            Section(2,
                Text($"{y}年青山市人民政府主动公开政府信息情况如下："),
                new FormTableBlock(proactive)),
            Section(3,
                Text($"{y}年青山市人民政府共收到政府信息公开申请{Total("R1") + Total("R2")}件（含上年结转的申请），办理情况如下。本年度未向申请人发出信息处理费缴费通知，未收取信息处理费。"),
                new FormTableBlock(applications)),
            Section(4,
                Text($"{y}年青山市人民政府政府信息公开行政复议、行政诉讼情况如下："),
                new FormTableBlock(reviews)),
            Section(5,
                Text("一是部分市直部门政策解读质量不高，简单摘抄文件原文的现象仍然存在；二是依申请公开答复文书规范性有待提升，全年被复议纠正1件；三是乡镇（街道）政务公开专栏更新不够及时，第三方评估发现栏目空白12个。"),
                Text($"改进措施：一是建立解读材料审核机制，对评分低于80分的解读材料退回修改；二是印发依申请公开答复示范文本（青政办发〔{y}〕27号），每半年开展一次案卷评查；三是将专栏更新情况纳入月度通报。针对{Year - 1}年度报告指出的问题，已完成整改9项。")),
            Section(6,
                Lead("（一）政务公开工作要点落实情况。", $"对照省政府办公厅印发的{y}年政务公开工作要点，市政府办公室分解任务32项，均已按期完成。"),
                Lead("（二）建议提案办理情况。", $"{y}年市政府系统共承办市人大代表建议46件、市政协提案58件，均已办结并答复代表委员，面商率100%，办理复文全部在门户网站公开。"),
                Lead("（三）政务公开创新情况。", "在6个乡镇试点“政务公开+网格”工作模式，由网格员上门宣传惠民政策，全年入户宣传1.8万户次。")),
        ];

        return new AnnualReport(
            Agency,
            Place,
            Year,
            $"{Agency}{y}年政府信息公开工作年度报告",
            new PublicationMetadata(
                Qingshan.Government,
                "青山市人民政府办公室",
                "青山市人民政府办公室",
                new DateOnly(Year + 1, 3, 26),
                new DateTime(Year + 1, 3, 18, 1, 30, 0, DateTimeKind.Utc),
                new DateTime(Year + 1, 3, 25, 9, 15, 0, DateTimeKind.Utc)),
            [
                new Paragraph($"本报告根据《中华人民共和国政府信息公开条例》第五十条和{LiutangReport.Basis}要求，由青山市人民政府办公室编制。"
                    + $"全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
                    + "本报告电子版可在青山市人民政府门户网站“政府信息公开年报”栏目查阅。如对本报告有疑问，请与青山市人民政府办公室联系（地址：青山市龙泉路8号；邮编：675100；电话：0878-6210011）。"),
            ],
            [.. sections],
            [Agency, $"{(Year + 1).ToString(CultureInfo.InvariantCulture)}年3月20日"]);
    }

    private static Paragraph Text(string text) => new(text);

    private static Paragraph Lead(string lead, string text) => new(text, lead);
}
