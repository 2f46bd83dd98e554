using System.Globalization;
using System.Text;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Tests.Figures;

/// <summary>
/// Builds plain-text reports about the fictional 松坪乡 for figure tests: a compliant report (14
/// sections full of numbers that are not the template's quantities, and a consistent 58-row
/// table) whose sections and table values a test replaces one at a time.
/// </summary>
internal sealed class FigureReports
{
    /// <summary>The figure rule ids: what these tests assert on, exactly.</summary>
    public static readonly string[] FigureRuleIds = ["GM1008", "GM2001", "GM2002", "GM2003", "GM2004", "GM2005", "GM3001", "GM3002", "GM3003", "GM3004", "GM3005"];

    /// <summary>The compliant report's section texts (one paragraph per line).</summary>
    public static readonly IReadOnlyDictionary<int, string> CompliantSections = new Dictionary<int, string>
    {
        [1] = """
            2018年，松坪乡党委、政府把政务公开列入全年工作要点，先后召开党委会、政府常务会等各类会议120余次，其中专题研究政务公开工作4次。
            乡政府调整了政务公开领导小组，乡长任组长，“一把手”负总责，党政办配备工作人员3名。依据松政发〔2018〕12号文件，公开工作一律实行先审查后公开。
            """,
        [2] = """
            一是做好网站公开。全年在市政府门户网站松坪乡专栏主动公开政府信息136条，主动公开规范性文件3件。
            二是拓展公开渠道。通过“松坪发布”政务微信推送信息58条，在乡镇公开专栏发布信息简讯75条，村务公开栏张贴公示材料210份，完成率达98.5%。
            三是规范会议公开。2018年1月1日起，涉及群众切身利益的会议邀请群众代表列席，全年召开各类会议100余次，其中第3次专题会议研究了公开目录。
            """,
        [3] = """
            围绕脱贫攻坚公开扶贫项目27个、涉及资金1256.8万元，公开农村危房改造对象名单4批次，公开低保、特困供养对象86户143人。
            财政预决算和“三公”经费按规定在10个工作日内公开，政务公开126条。
            """,
        [4] = """
            依托“一站式”便民服务大厅，全年办理便民事项516件，其中网上预约办理89件，群众满意率99.2%。服务咨询电话0871-6123456全天有人值守。
            """,
        [5] = """
            2018年共办理人大代表建议和政协委员提案8件，其中关于修缮南坡村灌溉沟渠的建议(32号)已办结，铺设DN400排水管1.2公里，解决约300亩农田灌溉问题。
            """,
        [6] = """
            坚持“谁起草、谁解读”，全年解读文件75件，发布解读稿件12篇，举办政策宣讲会一十二场，受众近千人次。
            """,
        [7] = """
            建立舆情监测和回应机制，全年回应公众关注热点9次，涉及易地搬迁、产业扶贫等事项。
            受理群众来电咨询300余人次，均在3个工作日内答复。
            """,
        [8] = """
            2018年，松坪乡共收到政府信息公开申请5件，其中当面申请2件、网络申请2件、信函申请1件，均在法定期限内答复，答复率100%。
            """,
        [9] = """
            在乡镇公开专栏发布信息简讯75条，更新村务公开栏12次，设立政府信息公开查阅点2个。“十三五”规划确定的公开平台建设任务已完成。
            """,
        [10] = """
            2018年，松坪乡收到涉及政府信息公开的行政复议申请1件，经复议机关审理，维持原具体行政行为；行政诉讼1件，法院判决驳回原告诉讼请求；全年未收到相关举报。
            """,
        [11] = """
            修订完善信息发布审核、保密审查、依申请公开办理等制度3项，明确每条信息须经2级审核后发布。
            """,
        [12] = """
            一是部分站所主动公开意识不强；二是公开内容更新不够及时；三是基层工作人员业务能力有待提高。
            """,
        [13] = """
            2019年，松坪乡将继续落实“五公开”要求，计划举办业务培训2期，进一步提高公开质量。
            """,
        [14] = """
            (一)其他需要报告的事项:无
            (二)2018年松坪乡政府信息公开情况统计表
            """,
    };

    /// <summary>The 58 values of the compliant report's table (template row → cell text).</summary>
    public static readonly IReadOnlyDictionary<int, string> CompliantValues = new Dictionary<int, string>
    {
        [1] = "180", [2] = "3", [3] = "4", [4] = "0", [5] = "136", [6] = "0", [7] = "58", [8] = "40",
        [9] = "9", [10] = "1", [11] = "1", [12] = "0", [13] = "0", [14] = "12", [15] = "4", [16] = "5",
        [17] = "5", [18] = "2", [19] = "0", [20] = "2", [21] = "1", [22] = "5", [23] = "5", [24] = "0",
        [25] = "5", [26] = "1", [27] = "3", [28] = "0", [29] = "1", [30] = "0", [31] = "0", [32] = "1",
        [33] = "0", [34] = "0", [35] = "0", [36] = "0", [37] = "0", [38] = "0", [39] = "0",
        [40] = "1", [41] = "1", [42] = "0", [43] = "0", [44] = "1", [45] = "1", [46] = "0", [47] = "0",
        [48] = "0", [49] = "0", [50] = "1", [51] = "2", [52] = "3", [53] = "1", [54] = "2", [55] = "1.5",
        [56] = "4", [57] = "2", [58] = "65",
    };

    private readonly Dictionary<int, string?> _sections = CompliantSections.ToDictionary(p => p.Key, p => (string?)p.Value);
    private readonly Dictionary<int, string?> _values = CompliantValues.ToDictionary(p => p.Key, p => (string?)p.Value);

    public static RuleSet RuleSet => RuleSetLoader.BuiltIn("yunnan-2018");

    /// <summary>The 58-row statistics table of the Yunnan 2018 template.</summary>
    public static TableSpec Template => RuleSet.Tables[0];

    /// <summary>Replaces a section's text (null removes the section, heading included).</summary>
    public FigureReports Section(int number, string? text)
    {
        _sections[number] = text;
        return this;
    }

    /// <summary>Sets a table value (null removes the row).</summary>
    public FigureReports Value(int row, string? value)
    {
        _values[row] = value;
        return this;
    }

    /// <summary>Sets several table values.</summary>
    public FigureReports Values(params (int Row, string? Value)[] values)
    {
        foreach (var (row, value) in values)
        {
            _values[row] = value;
        }

        return this;
    }

    public string Text()
    {
        var builder = new StringBuilder();
        builder.Append("松坪乡人民政府2018年政府信息公开工作年度报告\n\n");
        builder.Append("本报告统计期限为2018年1月1日至2018年12月31日。\n\n");
        for (var n = 1; n <= 14; n++)
        {
            if (_sections[n] is not { } body)
            {
                continue;
            }

            var title = RuleSet.Section(n)!.Title.Replace("{Y+1}", "2019", StringComparison.Ordinal);
            builder.Append(Numeral(n)).Append('、').Append(title).Append('\n');
            builder.Append(body.Trim()).Append("\n\n");
        }

        builder.Append(Table(_values));
        return builder.ToString();
    }

    /// <summary>A document that holds only a title, the table's caption and the table (no sections, so no narrative).</summary>
    public string TableOnlyText() =>
        "松坪乡人民政府2018年政府信息公开工作年度报告\n2018年松坪乡政府信息公开情况统计表\n" + Table(_values);

    /// <summary>The location ("line:1") of the table row whose label starts a line of the text.</summary>
    public static string LineOf(string text, string label)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(label + "\t", StringComparison.Ordinal) || l == label);
        index.Should().BeGreaterThanOrEqualTo(0, $"'{label}' starts a line");
        return (index + 1).ToString(CultureInfo.InvariantCulture) + ":1";
    }

    /// <summary>The location ("line:1") of the first line that contains a text.</summary>
    public static string LineContaining(string text, string part)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(part, StringComparison.Ordinal));
        index.Should().BeGreaterThanOrEqualTo(0, $"'{part}' is in the text");
        return (index + 1).ToString(CultureInfo.InvariantCulture) + ":1";
    }

    public ReportDocument Document() => Parse(Text());

    public IReadOnlyList<Finding> Findings() => Analyze(Document());

    public IReadOnlyList<Finding> FigureFindings() => Findings().Where(f => FigureRuleIds.Contains(f.RuleId)).ToList();

    public static ReportDocument Parse(string text) => PlainTextReportReader.Parse(text, ReaderLimits.Default, CancellationToken.None);

    public static IReadOnlyList<Finding> Analyze(ReportDocument document, CheckOptions? options = null) =>
        new ReportAnalyzer(RuleSet, options).Analyze(document).Findings;

    /// <summary>The statistics table as TAB-separated lines, template labels, the given values.</summary>
    public static string Table(IReadOnlyDictionary<int, string?> values)
    {
        var spec = Template;
        var builder = new StringBuilder("统计指标\t单位\t统计数\n");
        var blockHeaders = new Dictionary<int, string>
        {
            [1] = "一、主动公开情况", [4] = "(二)通过不同渠道和方式公开政府信息的情况", [9] = "二、回应解读情况",
            [10] = "(二)通过不同渠道和方式回应解读的情况", [17] = "三、依申请公开情况", [50] = "八、机构建设和保障经费情况",
            [56] = "九、政府信息公开会议和培训情况",
        };
        foreach (var row in spec.Rows)
        {
            if (blockHeaders.TryGetValue(row.Number!.Value, out var header))
            {
                builder.Append(header).Append("\t——\t——\n");
            }

            if (values.TryGetValue(row.Number!.Value, out var value) && value is not null)
            {
                builder.Append(row.Label).Append('\t').Append(row.Unit).Append('\t').Append(value).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>A finding in a compact, comparable form: "GM2002 s10 12:1 quantity=reviews stated=2 table=1".</summary>
    public static string Describe(Finding finding, params string[] properties)
    {
        var builder = new StringBuilder(finding.RuleId);
        builder.Append(' ').Append(finding.Section is int s ? "s" + s.ToString(CultureInfo.InvariantCulture) : "s-");
        builder.Append(' ').Append(finding.Location?.ToCompactString() ?? "-");
        foreach (var name in properties)
        {
            builder.Append(' ').Append(name).Append('=').Append(RuleCatalog.FormatValue(finding.Property(name)));
        }

        return builder.ToString();
    }

    private static string Numeral(int n) => n switch
    {
        <= 10 => "一二三四五六七八九十"[n - 1].ToString(),
        _ => "十" + "一二三四"[n - 11],
    };
}
