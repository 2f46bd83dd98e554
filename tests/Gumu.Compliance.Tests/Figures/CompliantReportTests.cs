namespace Gumu.Compliance.Tests.Figures;

/// <summary>
/// Precision first: a compliant report is full of numbers near keywords that are not the
/// template's quantities. None of them may produce a figure finding.
/// </summary>
public sealed class CompliantReportTests
{
    [Fact]
    public void Compliant_report_full_of_distractor_numbers_has_no_findings_at_all()
    {
        var findings = new FigureReports().Findings();

        findings.Select(f => FigureReports.Describe(f) + " " + f.Message).Should().BeEmpty();
    }

    [Theory]
    [InlineData(1, "召开各类会议100余次，其中专题会议6次。")]
    [InlineData(1, "领导小组办公室电话0871-6123456，12345热线全天受理。")]
    [InlineData(2, "在乡镇公开专栏发布信息简讯75条。")]
    [InlineData(2, "通过市政府门户网站向社会公开会议内容6次。")]
    [InlineData(2, "在政府网站发布工作动态30条、通知公告10条。")]
    [InlineData(2, "制发规范性文件5件，均按程序备案。")]
    [InlineData(2, "通过政务微信公开信息58条。")]
    [InlineData(2, "主动公开政府信息180条，其中规范性文件9件。")]
    [InlineData(2, "公开规范性文件清理结果2件。")]
    [InlineData(2, "依据松政办发〔2019〕3号文件要求，公开目录于2018年3月5日更新。")]
    [InlineData(3, "公开扶贫项目27个，资金1256.8万元。")]
    [InlineData(4, "政务公开126条，办理便民事项516件。")]
    [InlineData(5, "关于修缮南坡村沟渠的建议(32号)已办结，铺设DN400管道。")]
    [InlineData(6, "解读文件75件，发布解读稿件12篇。")]
    [InlineData(7, "其中通过政务微信回应4次。")]
    [InlineData(7, "回应群众诉求5000余件。")]
    [InlineData(7, "全年回应公众关注热点9次，其中通过政务微信回应4次，通过入户走访等其他方式回应5次。")]
    [InlineData(7, "各渠道回应热点合计9次，其中微信回应4次，电话回应5次。")]
    [InlineData(8, "全年共收到申请5件，其中网络申请2件，另收到纸质申请3件。")]
    [InlineData(7, "受理群众来电咨询300余人次，回应留言46条。")]
    [InlineData(8, "收到申请后，一律在15个工作日内答复。")]
    [InlineData(8, "对无法提供的申请，均书面告知申请人。")]
    [InlineData(8, "办结申请5件，答复率100%。")]
    [InlineData(8, "当面咨询20人次。")]
    [InlineData(8, "网络申请平台运行正常，全年点击量3,000余次。")]
    [InlineData(9, "在乡镇公开专栏发布信息简讯75条，通过门户网站公布政府工作报告2次。")]
    [InlineData(10, "开展行政复议业务培训3次。")]
    [InlineData(10, "未发生行政复议决定被依法纠错的情况。")]
    [InlineData(10, "设立举报电话0871-6123456，举报箱3个。")]
    [InlineData(10, "安排行政复议工作人员2名。")]
    [InlineData(10, "依照《行政复议法》第二十八条办理。")]
    [InlineData(11, "修订制度3项，明确每条信息须经2级审核。")]
    [InlineData(12, "一是部分站所公开意识不强；二是“一站式”服务有待完善。")]
    [InlineData(13, "计划举办业务培训2期，对照“十三五”规划查缺补漏，“一把手”亲自抓。")]
    public void A_number_near_a_keyword_that_is_not_the_quantity_gives_no_finding(int section, string sentence)
    {
        var report = new FigureReports().Section(section, FigureReports.CompliantSections[section].Trim() + "\n" + sentence);

        report.FigureFindings().Select(f => FigureReports.Describe(f) + " " + f.Message).Should().BeEmpty();
    }

    [Theory]
    [InlineData(7, "2018年无政务舆情，及时回应社会重大关切的易地搬迁、产业扶贫、危房改造、人居环境提升、非洲猪瘟防控等事项103次。")]
    [InlineData(8, "通过网络等各种渠道共收到申请7件。")]
    [InlineData(2, "全年公开各类信息200条，其中规范性文件8件。")]
    public void Ambiguous_statements_state_nothing(int section, string sentence)
    {
        var report = new FigureReports().Section(section, FigureReports.CompliantSections[section].Trim() + "\n" + sentence);

        report.FigureFindings().Should().BeEmpty();
    }

    [Fact]
    public void A_figure_shared_by_reviews_and_lawsuits_states_neither_and_is_no_ground_for_GM3001_or_GM3002()
    {
        var report = new FigureReports().Section(10, "行政复议、行政诉讼共3件，均已审结；无举报。");

        report.FigureFindings().Should().BeEmpty();
    }
}
