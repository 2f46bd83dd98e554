using Gumu.SampleBuilder.Rendering;
using static Gumu.SampleBuilder.Rendering.TextSegments;

namespace Gumu.SampleBuilder.Inputs;

/// <summary>
/// The portal's 年度报告 column page: twenty report titles with dates and a pager, no report body.
/// Someone saving "the report" from the wrong page gets this.
/// </summary>
internal static class ListingPage
{
    private static readonly (string Title, string Date)[] Entries =
    [
        ("青山市人民政府办公室2018年政府信息公开工作年度报告", "2019-01-25"),
        ("青山市发展和改革局2018年政府信息公开工作年度报告", "2019-01-24"),
        ("青山市教育体育局2018年政府信息公开工作年度报告", "2019-01-24"),
        ("青山市财政局2018年政府信息公开工作年度报告", "2019-01-23"),
        ("青山市国土资源局2018年政府信息公开工作年度报告", "2019-01-22"),
        ("青山市住房和城乡建设局2018年政府信息公开工作年度报告", "2019-01-22"),
        ("青山市民政局2018年政府信息公开工作年度报告", "2019-01-21"),
        ("青山市人力资源和社会保障局2018年政府信息公开工作年度报告", "2019-01-21"),
        ("青山市农业局2018年政府信息公开工作年度报告", "2019-01-18"),
        ("青山市卫生和计划生育局2018年政府信息公开工作年度报告", "2019-01-18"),
        ("石桥街道办事处2018年政府信息公开工作年度报告", "2019-01-17"),
        ("龙潭镇人民政府2018年政府信息公开工作年度报告", "2019-01-17"),
        ("云岫乡人民政府2018年政府信息公开工作年度报告", "2019-01-16"),
        ("兰溪镇人民政府2018年政府信息公开工作年度报告", "2019-01-16"),
        ("白沙镇人民政府2018年政府信息公开工作年度报告", "2019-01-15"),
        ("松林乡人民政府2018年政府信息公开工作年度报告", "2019-01-15"),
        ("大坪镇人民政府2018年政府信息公开工作年度报告", "2019-01-14"),
        ("新寨乡人民政府2018年政府信息公开工作年度报告", "2019-01-11"),
        ("青山市人民政府2017年政府信息公开工作年度报告", "2018-03-28"),
        ("兰溪镇人民政府2017年政府信息公开工作年度报告", "2018-01-19"),
    ];

    public static byte[] Render(string what)
    {
        var page = new HtmlPage();
        page.Line("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">");
        page.Line("<html xmlns=\"http://www.w3.org/1999/xhtml\">");
        page.Line("<head>");
        page.Line("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />");
        page.Line("<title>年度报告-青山市人民政府</title>");
        page.Line("<link href=\"/images/qs_style.css\" rel=\"stylesheet\" type=\"text/css\" />");
        page.Line("<script type=\"text/javascript\" src=\"/js/jquery-1.8.3.min.js\"></script>");
        page.Line("</head>");
        page.Line("<body>");
        page.Line("<div class=\"top\"><div class=\"logo\"><span class=\"site-name\">青山市人民政府</span></div></div>");
        page.Line("<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zfxxgk/\">政务公开</a></li><li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li></ul></div>");
        page.Line("<div class=\"main\">");
        page.Line("  <div class=\"location\">您当前的位置:<a href=\"/\">首页</a> &gt; <a href=\"/zfxxgk/\">政府信息公开</a> &gt; <a href=\"/zfxxgk/ndbg/\">年度报告</a></div>");
        page.Line("  <div class=\"column-title\">年度报告</div>");
        page.Line("  <ul class=\"list\">");
        for (var i = 0; i < Entries.Length; i++)
        {
            var (title, date) = Entries[i];
            page.Line($"    <li><a href=\"/zfxxgk/ndbg/{date[..7].Replace("-", string.Empty, StringComparison.Ordinal)}/t{date.Replace("-", string.Empty, StringComparison.Ordinal)}_{4731 - i}.html\" target=\"_blank\" title=\"{Html(title)}\">{Html(title)}</a><span class=\"date\">{date}</span></li>");
        }

        page.Line("  </ul>");
        page.Line("  <div class=\"pager\">共3页&nbsp;&nbsp;当前第1页&nbsp;&nbsp;<a href=\"index.html\">首页</a> 上一页 <a href=\"index_1.html\">下一页</a> <a href=\"index_2.html\">尾页</a></div>");
        page.Line("</div>");
        page.Line("<div class=\"footer\"><p>版权所有：青山市人民政府办公室　主办单位：青山市人民政府办公室</p><p>滇ICP备05006182号</p></div>");
        page.Line("</body>");
        page.Line("</html>");
        return Gb2312.Encode(page.ToString(), what);
    }
}
