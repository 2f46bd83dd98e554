using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Html.HtmlPages;

namespace Gumu.Compliance.Tests.Readers.Html;

public sealed class PortalPageTests
{
    [Fact]
    public void Title_comes_from_the_page_heading_near_the_content()
    {
        var document = Read(PortalPage(ReportBody));

        document.Title.Should().Be(ReportTitle);
        document.TitleLocation!.ToCompactString().Should().Be(LocationOf(PortalPage(ReportBody), "<h1 class=\"article-title\">"));
    }

    [Fact]
    public void Metadata_line_gives_date_issuer_and_author()
    {
        var document = Read(PortalPage(ReportBody));

        document.Metadata.PublicationDate.Should().Be(new DateOnly(2019, 1, 14));
        document.Metadata.Issuer.Should().Be("青石镇人民政府");
        document.Metadata.Author.Should().Be("李晓禾");
    }

    [Fact]
    public void Publication_date_location_points_at_the_date_text()
    {
        var html = PortalPage(ReportBody);

        var document = Read(html);

        document.Metadata.PublicationDateLocation!.ToCompactString().Should().Be(LocationOf(html, "2019年01月14日 作者"));
    }

    [Fact]
    public void Body_holds_the_report_paragraphs_and_none_of_the_portal_chrome()
    {
        var document = Read(PortalPage(ReportBody));

        document.Texts().Should().Equal(
            "按照《政府信息公开条例》规定，现公布青石镇2018年政府信息公开工作年度报告。本报告所列数据统计期限自2018年1月1日起至2018年12月31日止。",
            "一、总体公开情况说明",
            "2018年，青石镇坚持以公开为常态，围绕镇村两级重点工作，通过镇政府公开栏、村务公开栏和县政府门户网站及时发布各类信息。",
            "二、主动公开政府信息情况",
            "全年在县政府门户网站主动公开政府信息46条，其中规范性文件2件，通过镇村公开栏公开信息120余条。",
            "三、政府信息依申请公开工作详细情况",
            "2018年青石镇未收到政府信息公开申请，未发生因政府信息公开引起的行政复议和行政诉讼。");
        document.Blocks.Should().AllBeOfType<ParagraphBlock>();
    }

    [Fact]
    public void Format_is_html()
    {
        new Gumu.Compliance.Readers.Html.HtmlReportReader().Format.Should().Be("html");
        Read(PortalPage(ReportBody)).Format.Should().Be("html");
    }

    [Fact]
    public void A_title_repeated_as_the_first_content_line_is_not_a_body_block()
    {
        var content = $"<p style=\"text-align:center\"><b>{ReportTitle}</b></p>\n" + ReportBody;

        var document = Read(PortalPage(content));

        document.Title.Should().Be(ReportTitle);
        document.Texts()[0].Should().StartWith("按照《政府信息公开条例》");
    }

    [Fact]
    public void Without_a_heading_the_title_is_the_line_naming_the_annual_report()
    {
        var body = "<div class=\"wrap\"><div class=\"body\">\n"
            + $"<p style=\"text-align:center\"><span>青石镇2018年</span><span>政府信息公开工作年度报告</span></p>\n"
            + ReportBody + "\n</div></div>";
        var html = Page(body, title: "山岚县人民政府");

        var document = Read(html);

        document.Title.Should().Be(ReportTitle);
        document.TitleLocation!.ToCompactString().Should().Be(LocationOf(html, "<p style=\"text-align:center\">"));
        document.Texts().Should().NotContain(ReportTitle);
    }

    [Theory]
    [InlineData("青石镇2018年政府信息公开工作年度报告-山岚县人民政府")]
    [InlineData("青石镇2018年政府信息公开工作年度报告_山岚县人民政府")]
    [InlineData("青石镇2018年政府信息公开工作年度报告 | 山岚县人民政府")]
    [InlineData("山岚县人民政府 - 青石镇2018年政府信息公开工作年度报告")]
    public void Without_any_title_line_the_title_element_is_used_without_the_site_name(string titleTag)
    {
        var html = Page(ReportBody, title: titleTag);

        var document = Read(html);

        document.Title.Should().Be(ReportTitle);
        document.TitleLocation!.ToCompactString().Should().Be(LocationOf(html, "<title>"));
    }

    [Theory]
    [InlineData("发布日期：2019年01月14日", 2019, 1, 14)]
    [InlineData("发布时间：2019-01-14 09:30", 2019, 1, 14)]
    [InlineData("发布日期:2019/1/9", 2019, 1, 9)]
    [InlineData("发布时间： 2019.02.03", 2019, 2, 3)]
    [InlineData("发布日期：２０１９年１月１４日", 2019, 1, 14)]
    public void Publication_date_formats(string line, int year, int month, int day)
    {
        var document = Read(PortalPage(ReportBody, metadataLine: "信息来源：兰溪乡 " + line));

        document.Metadata.PublicationDate.Should().Be(new DateOnly(year, month, day));
        document.Metadata.Issuer.Should().Be("兰溪乡");
    }

    [Fact]
    public void A_date_in_digits_other_than_ascii_or_full_width_is_not_a_publication_date()
    {
        var document = Read(PortalPage(ReportBody, metadataLine: "信息来源：兰溪乡 发布日期：२०१९-०१-१४"));

        document.Metadata.PublicationDate.Should().BeNull();
        document.Metadata.Issuer.Should().Be("兰溪乡");
    }

    [Fact]
    public void Metadata_split_over_spans_is_read_as_one_line()
    {
        var line = "<span>来源：兰溪乡人民政府</span>&nbsp;&nbsp;<span>发布时间：2019-01-10</span><span>浏览次数：</span>";

        var document = Read(PortalPage(ReportBody, metadataLine: line));

        document.Metadata.Issuer.Should().Be("兰溪乡人民政府");
        document.Metadata.PublicationDate.Should().Be(new DateOnly(2019, 1, 10));
        document.Metadata.Author.Should().BeNull();
    }

    [Fact]
    public void Metadata_table_with_index_number_is_read_and_not_emitted_as_a_data_table()
    {
        var table = "<table class=\"xxgk\"><tr><td>索引号：</td><td>QS-2019-00012</td><td>分类：</td><td>年度报告</td></tr>"
            + "<tr><td>发布机构：</td><td>青石镇人民政府</td><td>发布日期：</td><td>2019-01-14</td></tr></table>\n";
        var body = "<div class=\"detail\">" + table + "<div class=\"text\">" + ReportBody + "</div></div>";

        var document = Read(Page(body, title: ReportTitle));

        document.Metadata.Issuer.Should().Be("青石镇人民政府");
        document.Metadata.PublicationDate.Should().Be(new DateOnly(2019, 1, 14));
        document.Blocks.OfType<TableBlock>().Should().BeEmpty();
    }

    [Fact]
    public void Sidebar_link_lists_inside_the_page_body_are_not_blocks()
    {
        var body = "<div><ul><li><a href=\"/1.html\">兰溪乡召开村务公开推进会</a></li><li><a href=\"/2.html\">青石镇完成秋粮收购</a></li>"
            + "<li><a href=\"/3.html\">山岚县举办政务公开培训班</a></li></ul></div>\n<div>" + ReportBody + "</div>";

        var document = Read(Page(body));

        document.Texts().Should().NotContain(t => t.Contains("秋粮", StringComparison.Ordinal));
        document.Texts().Should().HaveCount(7);
    }

    [Fact]
    public void Chrome_lines_inside_the_content_container_are_dropped()
    {
        var content = "<p>【字体：大 中 小】</p>\n" + ReportBody + "\n<p>【打印本页】【关闭窗口】</p>";

        var document = Read(PortalPage(content));

        document.Texts().Should().HaveCount(7);
        document.Texts()[0].Should().StartWith("按照");
        document.Texts()[^1].Should().StartWith("2018年青石镇未收到");
    }

    [Fact]
    public void A_statistics_table_in_a_sibling_section_stays_in_the_content()
    {
        var narrative = string.Concat(Enumerable.Range(1, 12).Select(i => FormattableString.Invariant(
            $"<p>青石镇第{i}项工作：围绕群众关切的事项，及时通过公开栏和门户网站发布信息，做到应公开尽公开。</p>\n")));
        var content = "<div class=\"Section0\"><p><b>一、总体公开情况说明</b></p>\n" + narrative + "</div>\n"
            + "<div class=\"Section1\"><table border=\"1\"><tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>"
            + "<tr><td>（一）主动公开政府信息数</td><td>条</td><td>46</td></tr></table></div>";

        var document = Read(PortalPage(content));

        document.Blocks[^1].Should().BeOfType<TableBlock>();
        document.Texts().Should().HaveCount(13);
    }

    [Fact]
    public void Share_buttons_without_links_are_dropped()
    {
        var page = PortalPage(ReportBody).Replace(
            "<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>",
            "<div class=\"bdsharebuttonbox\"><a class=\"bds_weixin\">微信</a><a class=\"bds_tsina\">微博</a></div>",
            StringComparison.Ordinal);

        var document = Read(page);

        document.Texts().Should().HaveCount(7).And.NotContain(t => t.Contains("微信", StringComparison.Ordinal));
    }

    [Fact]
    public void A_scanned_report_keeps_its_images_next_to_the_title_and_metadata()
    {
        var body = "<div class=\"article\">\n"
            + "<div class=\"tit\">云岭乡2018年政府信息公开工作年度报告</div>\n"
            + "<div class=\"info\">发布日期：2019-01-20 来源：云岭乡</div>\n"
            + "<div class=\"con\"><p><img src=\"/up/2019/ylx-1.jpg\"></p><p><img src=\"/up/2019/ylx-2.jpg\"></p></div>\n"
            + "</div>";
        var html = Page(body, title: "山岚县人民政府");

        var document = Read(html);

        document.Title.Should().Be("云岭乡2018年政府信息公开工作年度报告");
        document.TitleLocation!.ToCompactString().Should().Be(LocationOf(html, "<div class=\"tit\">"));
        document.Metadata.PublicationDate.Should().Be(new DateOnly(2019, 1, 20));
        document.Metadata.Issuer.Should().Be("云岭乡");
        document.Blocks.OfType<ImageBlock>().Select(i => i.Source).Should().Equal("/up/2019/ylx-1.jpg", "/up/2019/ylx-2.jpg");
        document.Blocks.OfType<ParagraphBlock>().Should().BeEmpty();
    }

    [Fact]
    public void Metadata_fields_in_sibling_blocks_are_read_together()
    {
        var line = "<div class=\"l\">来源：兰溪乡人民政府</div><div class=\"r\">发布日期：2019-01-10</div>";

        var document = Read(PortalPage(ReportBody, metadataLine: line));

        document.Metadata.Issuer.Should().Be("兰溪乡人民政府");
        document.Metadata.PublicationDate.Should().Be(new DateOnly(2019, 1, 10));
    }

    internal static string LocationOf(string html, string marker)
    {
        var index = html.IndexOf(marker, StringComparison.Ordinal);
        index.Should().BeGreaterThanOrEqualTo(0, "the marker must be in the page");
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (html[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return FormattableString.Invariant($"{line}:{index - lineStart + 1}");
    }
}
