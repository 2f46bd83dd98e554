using Gumu.Compliance.Text;

namespace Gumu.Compliance.Tests.Text;

public sealed class PortalChromeTests
{
    [Theory]
    [InlineData("您当前所在位置: 首页 > 政府信息公开 > 政府信息公开年报 > 2019年")]
    [InlineData("当前位置：首页＞政务公开")]
    [InlineData("首页 > 政府信息公开年报")]
    [InlineData("政务公开 » 政府信息公开年报 » 2025年")]
    [InlineData("现在的位置：年度报告")]
    public void Breadcrumb_trails_are_recognised(string text) =>
        PortalChrome.LooksLikeBreadcrumb(text).Should().BeTrue();

    [Theory]
    [InlineData("<script>alert(1)</script>\"><img src=x onerror=alert(2)>石门乡人民政府2018年政府信息公开工作年度报告")]
    [InlineData("石桥镇人民政府2025年政府信息公开工作年度报告")]
    [InlineData("收到申请数>办结数的说明")]
    public void Titles_and_text_with_a_stray_arrow_are_not(string text) =>
        PortalChrome.LooksLikeBreadcrumb(text).Should().BeFalse();
}
