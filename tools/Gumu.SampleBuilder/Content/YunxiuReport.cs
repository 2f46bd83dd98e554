using Gumu.SampleBuilder.Model;

namespace Gumu.SampleBuilder.Content;

/// <summary>
/// The compliant 2018 report of 云岫乡, a second fictional township of 青山市: other wording, other
/// figures, and every count the text states written in Chinese numerals (两件, 十二件, 一百零三次),
/// still equal to the table.
/// </summary>
internal static class YunxiuReport
{
    public const string Place = "云岫乡";

    public const string Agency = "云岫乡人民政府";

    public static StatisticsTable Table { get; } = new(
    [
        // rows 1–8
        402, 12, 12, 0, 346, 0, 58, 120,
        // rows 9–16
        103, 1, 1, 0, 0, 16, 21, 82,
        // rows 17–39
        2, 2, 0, 0, 0, 2, 2, 0, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // rows 40–49
        1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
        // rows 50–58
        1, 1, 3, 1, 2, 0.8m, 3, 1, 36,
    ]);

    public static AnnualReport Create()
    {
        var t = Table;
        string N(int row) => ChineseNumerals.Count(t.Count(row));

        ReportSection[] sections =
        [
            Section(1,
                Text("云岫乡地处青山市西北部，辖十一个村民委员会和一个社区，户籍人口两万三千余人。2018年，乡党委、乡政府坚持把政务公开作为联系群众的桥梁，调整了以乡长为组长的政务公开领导小组，明确一名党政办副主任具体负责，各村确定一名信息员，形成了乡、村两级信息采集报送网络。"),
                Text($"全年召开党政联席会议二十余次，其中{N(56)}次会议专题听取政务公开工作汇报，研究解决公开栏改造经费、信息员补贴等具体问题。")),
            Section(2,
                Text($"全年主动公开政府信息{N(1)}条。其中，主动公开规范性文件{N(2)}件，当年制发的规范性文件全部按规定公开。按发布渠道统计，在市政府门户网站乡镇专栏公开信息{N(5)}条，通过“云岫之窗”微信公众号发布{N(7)}条，通过乡村两级公开栏和农村广播等其他方式发布{N(8)}条。"),
                Text("各村公开栏逢每月五日更新，重点公布惠农补贴、低保救助、集体资金收支等村民关心的内容，全年乡纪委对公开栏开展抽查四轮。")),
            Section(3,
                Text("围绕财政预决算、脱贫攻坚、涉农补贴和社会救助四个重点，按月公开低保、特困供养和临时救助对象名单及资金发放情况，全年公开各类补贴资金发放明细二十六批次。乡财政所在公开栏公布了本年度部门预算和上一年度部门决算。"),
                Text("对坪子村至大箐村道路改造、乡卫生院业务用房扩建两个项目，在开工前公示了建设内容、投资规模和施工单位，接受群众监督。")),
            Section(4,
                Text("乡为民服务中心设四个综合窗口，全部政务服务事项实行“一窗受理、集成服务”，办事指南在窗口和网上同步公开。全年受理各类便民服务事项一千一百零五件，通过网上平台申报的占三成以上。")),
            Section(5,
                Text("2018年云岫乡未承办市人大代表建议和市政协委员提案。对乡人大主席团转来的代表意见七条，已逐条落实，并在乡政务公开栏公布了办理结果。")),
            Section(6,
                Text($"全年发布政策解读稿件{N(14)}篇，重点解读了农村危房改造补助标准、城乡居民养老保险缴费档次和生态护林员选聘等政策。乡干部结合“主题党日”活动进村宣讲三十余场次，把政策讲到田间地头。")),
            Section(7,
                Text($"乡党政办指定专人每日浏览市长信箱、政务服务热线转办件和本地网络论坛，做到早发现、早研判、早处置。2018年，云岫乡回应群众关注热点和社会关切{N(9)}次，其中通过微信公众号回应{N(15)}次，通过入户走访、召开院坝会等其他方式回应{N(16)}次。")),
            Section(8,
                Text($"2018年，云岫乡共收到政府信息公开申请{N(17)}件，均为群众当面提出，分别涉及宅基地审批和林地补偿事项。{N(22)}件申请均在法定期限内答复，其中{N(26)}件属于已主动公开范围，{N(27)}件同意公开，未收取任何费用。")),
            Section(9,
                Text("乡党政办公室负责门户网站乡镇专栏和“云岫之窗”公众号的日常维护，实行信息“三审”制度，确保内容准确、更新及时。"),
                Text($"在乡便民服务中心大厅设置政府信息公开查阅点{N(51)}个。全年乡主要负责同志参加市政府新闻发布会{N(11)}次，介绍云岫乡高原特色农业的发展情况。")),
            Section(10,
                Text($"2018年，云岫乡因政府信息公开被申请行政复议{N(40)}件，经青山市人民政府复议，维持了原答复行为；全年未发生因政府信息公开引起的行政诉讼，也未收到相关举报投诉。")),
            Section(11,
                Text($"制定《云岫乡政府信息公开保密审查制度》，明确拟公开信息须经经办人、分管领导两级审核。乡里从事信息公开工作的人员共{N(52)}名，其中专职{N(53)}名、兼职{N(54)}名；全年举办培训班{N(57)}期，参训乡村干部{N(58)}人次；安排政府信息公开专项经费八千元。")),
            Section(12,
                Text("一是村级信息员业务能力参差不齐，报送信息的质量不高；二是公开内容以工作动态居多，群众关心的办事类信息还不够丰富；三是政策解读方式仍较传统，图解和视频运用不多。")),
            Section(13,
                Lead("（一）", "完善村级公开栏标准化建设，年内完成十二个村（社区）公开栏的更新改造。"),
                Lead("（二）", "每季度对公开内容开展一次自查，及时清理过时信息，确保公开内容准确有效。"),
                Lead("（三）", "加强信息员队伍建设，全年组织业务培训不少于两期，提高信息报送质量。")),
            Section(14,
                Text("（一）其他需要报告的事项:无"),
                new SubHeading("（二）2018年云岫乡政府信息公开情况统计表"),
                new StatisticsTableBlock(t)),
        ];

        return new AnnualReport(
            Agency,
            Place,
            Qingshan.ReportYear,
            "云岫乡人民政府2018年政府信息公开工作年度报告",
            new PublicationMetadata(
                Qingshan.Government,
                Place,
                "李春燕",
                new DateOnly(2019, 1, 16),
                new DateTime(2019, 1, 14, 3, 25, 0, DateTimeKind.Utc),
                new DateTime(2019, 1, 14, 9, 51, 0, DateTimeKind.Utc)),
            [
                new Paragraph("根据青山市政务公开工作的统一安排，现公布云岫乡2018年政府信息公开工作年度报告如下。报告的统计时段为2018年1月1日至2018年12月31日，所列数据均取自乡党政办公室的工作台账。"
                    + "对本报告有疑问的，可在工作日与云岫乡党政办公室联系，联系电话：0878-6418820。"),
            ],
            [.. sections],
            [Agency, "2019年1月14日"]);
    }

    private static ReportSection Section(int number, params BodyBlock[] body)
    {
        // This author types the ASCII parenthesis in section 9's title.
        var title = number == 9 ? "公开平台载体建设情况(含政府新闻发布工作落实情况)" : Qingshan.SectionTitles[number - 1];
        return new ReportSection(number, number, title, [.. body]);
    }

    private static Paragraph Text(string text) => new(text);

    private static Paragraph Lead(string lead, string text) => new(text, lead);
}
