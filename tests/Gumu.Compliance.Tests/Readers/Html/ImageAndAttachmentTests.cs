using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Html.HtmlPages;
using static Gumu.Compliance.Tests.Readers.Html.PortalPageTests;

namespace Gumu.Compliance.Tests.Readers.Html;

public sealed class ImageAndAttachmentTests
{
    [Fact]
    public void An_image_in_the_content_is_an_image_block_with_its_source_as_written()
    {
        var html = Page("<p>统计表如下：</p>\n<p style=\"text-align:center\"><img src=\"../../uploads/2019/01/统计表.png\" alt=\"青石镇政府信息公开情况统计表\"></p>");

        var document = Read(html);

        var image = document.Blocks.OfType<ImageBlock>().Single();
        image.Source.Should().Be("../../uploads/2019/01/统计表.png");
        image.AltText.Should().Be("青石镇政府信息公开情况统计表");
        image.Location.ToCompactString().Should().Be(LocationOf(html, "<img"));
    }

    [Fact]
    public void An_image_without_alt_text_has_null_alt_text()
    {
        var document = Read(Page("<p>附图：</p><p><img src=\"http://example.invalid/scan-1.jpg\"></p>"));

        var image = document.Blocks.OfType<ImageBlock>().Single();
        image.AltText.Should().BeNull();
        image.Source.Should().Be("http://example.invalid/scan-1.jpg");
    }

    [Fact]
    public void Text_around_an_inline_image_stays_in_reading_order()
    {
        var document = Read(Page("<p>前文<img src=\"a.gif\">后文</p>"));

        document.Blocks.Select(b => b switch
        {
            ParagraphBlock p => p.Text,
            ImageBlock i => "img:" + i.Source,
            _ => "?",
        }).Should().Equal("前文", "img:a.gif", "后文");
    }

    [Fact]
    public void A_link_to_a_spreadsheet_is_an_attachment_block_after_its_paragraph()
    {
        var html = Page("<p>附件：<a href=\"/uploads/青石镇统计表.xls?v=2\">青石镇2018年政府信息公开情况统计表</a></p>");

        var document = Read(html);

        document.Blocks.Should().HaveCount(2);
        document.Blocks[0].Should().BeOfType<ParagraphBlock>().Which.Text.Should().Be("附件：青石镇2018年政府信息公开情况统计表");
        var attachment = document.Blocks[1].Should().BeOfType<AttachmentBlock>().Which;
        attachment.Text.Should().Be("青石镇2018年政府信息公开情况统计表");
        attachment.Target.Should().Be("/uploads/青石镇统计表.xls?v=2");
        attachment.Location.ToCompactString().Should().Be(LocationOf(html, "<a href"));
    }

    [Theory]
    [InlineData("报告.doc")]
    [InlineData("报告.DOCX")]
    [InlineData("报告.wps")]
    [InlineData("报告.et")]
    [InlineData("报告.pdf#page=2")]
    [InlineData("报告.zip")]
    [InlineData("报告.rar")]
    [InlineData("scan.jpeg")]
    [InlineData("/files/a.xlsx?name=x")]
    public void Links_to_attached_files_are_attachments(string target)
    {
        var document = Read(Page($"<p>正文段落。</p><p><a href=\"{target}\">下载附件</a></p>"));

        document.Blocks.OfType<AttachmentBlock>().Single().Target.Should().Be(target);
        document.Texts().Should().Equal("正文段落。");
    }

    [Fact]
    public void Links_to_pages_are_not_attachments()
    {
        var document = Read(Page("<p>详见<a href=\"/zwgk/2019/0114/123.html\">山岚县政府信息公开专栏</a>。</p><p><a href=\"/download?file=a.xls\">下载</a></p>"));

        document.Blocks.OfType<AttachmentBlock>().Should().BeEmpty();
        document.Texts().Should().Equal("详见山岚县政府信息公开专栏。", "下载");
    }

    [Fact]
    public void A_document_icon_inside_an_attachment_link_is_not_an_image()
    {
        var document = Read(Page("<p>正文。</p><p><a href=\"/f/表.xls\"><img src=\"/images/icon_xls.gif\">表.xls</a></p>"));

        document.Blocks.OfType<ImageBlock>().Should().BeEmpty();
        document.Blocks.OfType<AttachmentBlock>().Single().Text.Should().Be("表.xls");
    }

    [Fact]
    public void An_attachment_list_after_the_content_container_is_kept()
    {
        var content = ReportBody;
        var page = PortalPage(content).Replace(
            "<div class=\"share\">",
            "<div class=\"attachments\">附件：<a href=\"/uploads/2019/qsz-tjb.xlsx\">统计表.xlsx</a></div>\n<div class=\"share\">",
            StringComparison.Ordinal);

        var document = Read(page);

        var attachment = document.Blocks[^1].Should().BeOfType<AttachmentBlock>().Which;
        attachment.Text.Should().Be("统计表.xlsx");
        attachment.Target.Should().Be("/uploads/2019/qsz-tjb.xlsx");
    }

    [Fact]
    public void Nothing_is_fetched_for_images_scripts_stylesheets_or_frames()
    {
        // Unreachable addresses: any attempt to load them would fail or hang the test.
        var head = "<link rel=\"stylesheet\" href=\"http://192.0.2.1/site.css\"><script src=\"http://192.0.2.1/site.js\"></script>";
        var body = "<iframe src=\"http://192.0.2.1/frame.html\"></iframe><p>正文。</p><img src=\"http://192.0.2.1/a.png\" alt=\"图\">";

        var document = Read(Page(body, head: head));

        document.Texts().Should().Equal("正文。");
        document.Blocks.OfType<ImageBlock>().Single().Source.Should().Be("http://192.0.2.1/a.png");
    }
}
