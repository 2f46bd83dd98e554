using System.Globalization;
using Gumu.Compliance.Rules;
using Gumu.SampleBuilder.Model;

namespace Gumu.SampleBuilder.Content;

/// <summary>
/// The compliant report of 柳塘镇 (a fictional town of 青山市) in the national 2021 format: six
/// sections, tables 二, 三 and 四 printed like the official form. Written for any year from 2021
/// on (the samples use 2025, and 2022 for a report that took an old form); every figure the text
/// states is read from the tables. The text names all six titles in its opening paragraph; section
/// 一 restates 新收, 上年结转, 办结 with four of the results, and the 行政规范性文件 issued, next to
/// figures that are no template quantity (items published, trainings, last year's applications
/// with 同比, a document number, dates); section 三 restates 共收到 (new and carried over). It
/// does not state the application carried into the next year, and says "均已按期办结" of
/// proposals, not applications.
/// </summary>
internal static class LiutangReport
{
    public const string Place = "柳塘镇";

    public const string Agency = "柳塘镇人民政府";

    public const int Year = 2025;

    public static RuleSet RuleSet => RuleSetLoader.BuiltIn("national-2021");

    /// <summary>Table 二 in the 2021 form.</summary>
    public static FormTable Proactive => FormTable.Filled(RuleSet, "二", new Dictionary<string, decimal[]>
    {
        ["normative"] = [1, 0, 4],
        ["licensing"] = [28],
        ["penalty"] = [5],
    });

    /// <summary>
    /// Table 二 as an office that copied the 2019 form fills it in (新制作 / 新公开 / 对外公开总数,
    /// 上一年项目数量 / 本年增/减 / 处理决定数量, 政府集中采购): the same decisions, in the old columns.
    /// </summary>
    public static FormTable ProactiveIn2019Form => FormTable.Filled(RuleSetLoader.BuiltIn("national-2019"), "二", new Dictionary<string, decimal[]>
    {
        ["normative"] = [1, 1, 4],
        ["licensing"] = [6, 0, 28],
        ["otherServices"] = [15, 0, 52],
        ["penalty"] = [4, 0, 5],
        ["enforcement"] = [1, 0, 0],
    });

    /// <summary>
    /// Table 三: by applicant 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计.
    /// Nine new applications and one carried over; nine handled, one carried into the next year.
    /// </summary>
    public static FormTable Applications => FormTable.Filled(RuleSet, "三", new Dictionary<string, decimal[]>
    {
        ["R1"] = [6, 2, 0, 0, 1, 0, 9],
        ["R2"] = [1, 0, 0, 0, 0, 0, 1],
        ["R3.1"] = [3, 1, 0, 0, 0, 0, 4],
        ["R3.2"] = [1, 0, 0, 0, 0, 0, 1],
        ["R3.3.4"] = [0, 1, 0, 0, 0, 0, 1],
        ["R3.4.1"] = [2, 0, 0, 0, 1, 0, 3],
        ["R3.7"] = [6, 2, 0, 0, 1, 0, 9],
        ["R4"] = [1, 0, 0, 0, 0, 0, 1],
    });

    /// <summary>Table 四: no review, no lawsuit.</summary>
    public static FormTable ReviewsAndLawsuits => FormTable.Filled(RuleSet, "四", new Dictionary<string, decimal[]>());

    /// <summary>The format notice the opening names as the report's basis.</summary>
    public const string Basis = "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）";

    /// <summary>The basis of reports on 2019 and 2020, superseded for this report.</summary>
    public const string SupersededBasis = "《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）";

    /// <summary>Applications newly received the year before, which section 一 compares with (a figure of another year).</summary>
    private const int PreviousYearNew = 6;

    /// <summary>The sentence of section 一 that states reviews and lawsuits (as none).</summary>
    public const string ReviewsAndLawsuitsSentence = "全年未发生因政府信息公开引起的行政复议和行政诉讼。";

    /// <summary>Section 一's statement of new applications (三 R1 总计).</summary>
    public static string NewApplications(int count) => $"新收政府信息公开申请{count}件";

    /// <summary>Section 一's statement of applications carried over (三 R2 总计).</summary>
    public static string CarriedOver(int count) => $"上年结转{count}件";

    /// <summary>Section 一's statement of applications completed (三 （七）总计 总计).</summary>
    public static string Completed(int count) => $"办结{count}件";

    /// <summary>Section 一's statement of applications granted (三 （一）予以公开 总计), the first of the results it lists.</summary>
    public static string Granted(int count) => $"予以公开{count}件";

    /// <summary>Section 一's statement of applications whose information could not be provided (三 （四）无法提供, its parts' 总计).</summary>
    public static string Unavailable(int count) => $"无法提供{count}件";

    /// <summary>Section 三's statement of applications received: new and carried over (三 R1 + R2 总计).</summary>
    public static string Received(int count) => $"共收到政府信息公开申请{count}件";

    /// <summary>Section 一's statement of normative documents issued this year (二 行政规范性文件 本年制发件数).</summary>
    public static string NormativeMade(int count) => $"印发行政规范性文件{count}件";

    public static AnnualReport Create(int year = Year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var previous = (year - 1).ToString(CultureInfo.InvariantCulture);
        var applications = Applications;
        var proactive = Proactive;
        var titles = PrintedForm.SectionTitles(RuleSet, year);
        ReportSection Section(int number, params BodyBlock[] body) => new(number, number, titles[number - 1], [.. body]);
        int Total(string row) => applications.Count(row, "total");

        ReportSection[] sections =
        [
            Section(1,
                Text($"{y}年，柳塘镇以《条例》为遵循，围绕乡村振兴、基层治理和民生保障等重点工作，持续推进基层政务公开标准化规范化建设，全镇政府信息公开工作总体平稳有序。"),
                Lead("（一）主动公开。", "依托青山市人民政府门户网站柳塘镇专栏、“柳塘微讯”微信公众号和各村（社区）公开栏，及时发布惠农补贴、低保救助、农村人居环境整治和防汛抗旱等信息，全年在专栏发布各类信息312条，较上年增加27条，公开栏更新48期。"
                    + $"{NormativeMade(proactive.Count("normative", "made"))}（《柳塘镇农村集体资产管理办法》，柳政规〔{y}〕1号），在专栏全文公开并同步发布图文解读。{y}年9月至11月对镇政府历年制发的文件开展集中清理，共梳理文件63件。"),
                Lead("（二）依申请公开。", $"全年{NewApplications(Total("R1"))}，{CarriedOver(Total("R2"))}，{Completed(Total("R3.7"))}，其中{Granted(Total("R3.1"))}、部分公开{Total("R3.2")}件、不予公开{applications.SumOfParts("R3.3", "total")}件、{Unavailable(applications.SumOfParts("R3.4", "total"))}。"
                    + "申请内容主要涉及土地征收补偿、宅基地审批和惠农资金发放，每件申请均在法定期限内作出书面答复，平均用时9个工作日。"
                    + $"{previous}年新收申请{PreviousYearNew}件，本年同比增加{Total("R1") - PreviousYearNew}件。" + ReviewsAndLawsuitsSentence),
                Lead("（三）政府信息管理。", "落实公开前保密审查和发布审核制度，全年审核拟公开信息386条次，对涉及个人信息的名单公示一律作去标识化处理；开展历史文件清理，对已经失效的文件在专栏中逐件作出标注。"),
                Lead("（四）平台建设。", "镇政府信息公开专栏按“基础信息+重点领域”设置栏目，全年运行平稳，未出现错链断链；在镇便民服务中心设置政府信息公开查阅点，配备自助查询终端，全年接待现场查阅群众37人次。"),
                Lead("（五）监督保障。", "将政务公开工作纳入镇对各站所和村（社区）的年度考核，分值占5%；组织镇村干部开展政务公开业务培训2期，参训86人次；邀请人大代表、群众代表对公开专栏开展评议，全年未发生因政务公开工作不到位引起的责任追究。")),
            Section(2,
                Text($"{y}年柳塘镇主动公开政府信息情况如下："),
                new FormTableBlock(proactive)),
            Section(3,
                Text($"{y}年柳塘镇{Received(Total("R1") + Total("R2"))}，收到和处理政府信息公开申请情况如下："),
                new FormTableBlock(applications)),
            Section(4,
                Text($"{y}年柳塘镇政府信息公开行政复议、行政诉讼情况如下："),
                new FormTableBlock(ReviewsAndLawsuits)),
            Section(5,
                Text($"{y}年，柳塘镇政府信息公开工作取得了一定成效，但仍存在一些不足：一是部分站所主动公开意识不强，信息报送不够及时；二是政策解读形式较为单一，图解、短视频等群众易于理解的形式运用不多；三是个别村公开栏内容更新滞后。"),
                Text("下一步，柳塘镇将建立公开事项清单动态更新机制，按月督促各站所报送信息；每季度至少制作一期图解或短视频解读材料；将村级公开栏更新情况纳入季度督查，发现问题限期整改。上年度报告提出的公开栏更新不及时问题，已通过建立更新台账逐月跟踪得到改善。")),
            Section(6,
                Lead("（一）信息处理费收取情况。", "本年度柳塘镇未发出信息处理费缴费通知，未收取信息处理费。"),
                Lead("（二）政务公开工作要点落实情况。", $"对照青山市{y}年政务公开工作要点，柳塘镇逐项分解任务、明确责任人和完成时限，各项任务均已按期完成。"),
                Lead("（三）建议提案办理情况。", $"{y}年柳塘镇承办市人大代表建议2件、市政协委员提案1件，均已按期办结并答复代表委员，办理结果已在专栏公开。")),
        ];

        return new AnnualReport(
            Agency,
            Place,
            year,
            $"{Agency}{y}年政府信息公开工作年度报告",
            new PublicationMetadata(
                Qingshan.Government,
                Place,
                "柳塘镇党政办",
                new DateOnly(year + 1, 1, 22),
                new DateTime(year + 1, 1, 19, 2, 10, 0, DateTimeKind.Utc),
                new DateTime(year + 1, 1, 21, 7, 35, 0, DateTimeKind.Utc)),
            [
                new Paragraph($"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{Basis}要求，由柳塘镇人民政府编制。"
                    + $"全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
                    + "本报告电子版可在青山市人民政府门户网站“乡镇政务公开”栏目查阅。如对本报告有疑问，请与柳塘镇党政综合办公室联系（电话：0878-6357120）。"),
            ],
            [.. sections],
            [Agency, $"{(year + 1).ToString(CultureInfo.InvariantCulture)}年1月20日"]);
    }

    private static Paragraph Text(string text) => new(text);

    private static Paragraph Lead(string lead, string text) => new(text, lead);
}
