using System.Text;
using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Html.HtmlPages;

namespace Gumu.Compliance.Tests.Readers.Html;

public sealed class EncodingTests
{
    private const string Heading = "一、总体公开情况说明";
    private const string Sentence = "兰溪乡全年主动公开政府信息38条，公开栏更新12期。";

    private static string GbPage(string charsetMeta) =>
        "<html><head>" + charsetMeta + "<title>兰溪乡2018年政府信息公开工作年度报告</title></head><body>\n"
        + $"<p>{Heading}</p>\n<p>{Sentence}</p>\n</body></html>";

    [Fact]
    public void Gb2312_bytes_declared_only_in_http_equiv_meta_are_decoded()
    {
        var bytes = Gb2312.GetBytes(GbPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"));

        var document = Read(bytes);

        document.Title.Should().Be("兰溪乡2018年政府信息公开工作年度报告");
        document.Texts().Should().Equal(Heading, Sentence);
    }

    [Fact]
    public void A_damaged_byte_in_a_gb2312_page_becomes_a_replacement_character_not_a_question_mark()
    {
        var page = GbPage("<meta charset=\"gb2312\">");
        var at = page.IndexOf(Sentence, StringComparison.Ordinal);
        byte[] bytes = [.. Gb2312.GetBytes(page[..at]), 0xFF, .. Gb2312.GetBytes(page[at..])];

        var document = Read(bytes);

        document.Texts().Should().Equal(Heading, "\uFFFD" + Sentence);
    }

    [Fact]
    public void Gbk_bytes_declared_in_meta_charset_are_decoded_as_gb18030()
    {
        // 喆 and 镕 are in GBK but not in GB2312.
        var html = "<html><head><meta charset=\"gbk\"></head><body><p>联系人：王喆、张镕</p></body></html>";
        var bytes = Gbk.GetBytes(html);

        var document = Read(bytes);

        document.Texts().Should().Equal("联系人：王喆、张镕");
    }

    [Fact]
    public void Byte_order_mark_wins_over_a_meta_declaration()
    {
        var html = GbPage("<meta charset=\"gb2312\">");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        var document = Read(bytes);

        document.Texts().Should().Equal(Heading, Sentence);
    }

    [Fact]
    public void Utf16_byte_order_mark_wins_over_a_meta_declaration()
    {
        var html = GbPage("<meta charset=\"gb2312\">");
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(html)).ToArray();

        var document = Read(bytes);

        document.Texts().Should().Equal(Heading, Sentence);
    }

    [Fact]
    public void Locations_after_a_byte_order_mark_count_from_the_first_character()
    {
        var html = "<p>第一段</p>";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        var document = Read(bytes);

        document.Blocks.Single().Location.ToCompactString().Should().Be("1:1");
    }

    [Fact]
    public void Utf8_without_any_declaration_is_decoded()
    {
        var html = "<html><body>\n" + $"<p>{Heading}</p>\n<p>{Sentence}</p>\n</body></html>";

        var document = Read(Encoding.UTF8.GetBytes(html));

        document.Texts().Should().Equal(Heading, Sentence);
    }

    [Fact]
    public void Gbk_without_any_declaration_falls_back_to_gb18030()
    {
        var html = "<html><body>\n" + $"<p>{Heading}</p>\n<p>{Sentence}</p>\n<p>经办人：王喆</p>\n</body></html>";

        var document = Read(Gbk.GetBytes(html));

        document.Texts().Should().Equal(Heading, Sentence, "经办人：王喆");
    }

    [Fact]
    public void A_page_declaring_gb2312_whose_bytes_are_valid_utf8_is_read_as_utf8()
    {
        // A page saved from a server that sent UTF-8 keeps the template's stale meta.
        var bytes = Encoding.UTF8.GetBytes(GbPage("<meta charset=\"gb2312\">"));

        var document = Read(bytes);

        document.Texts().Should().Equal(Heading, Sentence);
    }

    [Fact]
    public void A_page_declaring_utf8_whose_bytes_are_gbk_is_read_as_gb18030()
    {
        var bytes = Gbk.GetBytes(GbPage("<meta charset=\"utf-8\">"));

        var document = Read(bytes);

        document.Texts().Should().Equal(Heading, Sentence);
    }

    [Fact]
    public void A_meta_beyond_the_prescan_window_is_ignored_and_detection_decides()
    {
        var padding = "<!-- " + new string('x', 5000) + " -->";
        var html = "<html><head>" + padding + "<meta charset=\"windows-1252\"></head><body><p>" + Sentence + "</p></body></html>";

        var document = Read(Encoding.UTF8.GetBytes(html));

        document.Texts().Should().Equal(Sentence);
    }

    [Fact]
    public void Binary_input_is_reported_as_undecodable()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        var failure = ReadFailure(bytes);

        failure.RuleId.Should().Be(ReadFailures.Unreadable);
        failure.Variant.Should().Be("undecodable");
    }
}
