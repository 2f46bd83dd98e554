using System.Text;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Readers.Html;
using Gumu.Compliance.Tests.Readers.Docx;

namespace Gumu.Compliance.Tests.Hostile;

/// <summary>
/// Each reader limit stops a read with the GM0004 that names it, as soon as the limit is passed
/// (small limits here; <see cref="MemoryBoundTests"/> has the hostile inputs at full size).
/// </summary>
public sealed class ReaderLimitTests
{
    private static readonly ReaderLimits Small = ReaderLimits.Default with
    {
        MaxElements = 50,
        MaxLines = 20,
        MaxParagraphCharacters = 100,
        MaxRunCharacters = 300,
        MaxAttributeValueCharacters = 500,
    };

    // A real w:document tag declares a dozen namespaces: its run is longer than the small limit above.
    private static readonly ReaderLimits SmallDocx = Small with { MaxRunCharacters = 1000 };

    [Fact]
    public void Text_over_the_line_limit()
    {
        var text = string.Concat(Enumerable.Repeat("一\n", 21));

        Fail(() => ReadText(text)).Should().Equal(Expected("MaxLines", 20));
    }

    [Fact]
    public void Text_at_the_line_limit_is_read()
    {
        var text = string.Concat(Enumerable.Repeat("一\n", 19)) + "一";

        ReadText(text).Blocks.Should().HaveCount(20);
    }

    [Fact]
    public void Text_with_a_line_over_the_paragraph_limit()
    {
        Fail(() => ReadText("前言\n" + new string('乡', 101) + "\n")).Should().Equal(Expected("MaxParagraphCharacters", 100));
    }

    [Fact]
    public void Html_over_the_element_limit()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<span>一</span>", 50)) + "</body></html>";

        Fail(() => ReadHtml(page)).Should().Equal(Expected("MaxElements", 50));
    }

    [Fact]
    public void Html_comments_count_as_elements()
    {
        var page = "<html><body><p>一</p>" + string.Concat(Enumerable.Repeat("<!-- -->", 50)) + "</body></html>";

        Fail(() => ReadHtml(page)).Should().Equal(Expected("MaxElements", 50));
    }

    [Fact]
    public void Html_page_over_the_page_limit_names_its_length()
    {
        // 1,001 characters once decoded: the 3-byte characters count once each.
        var page = "<html><body><p>" + new string('乡', 1001 - 33) + "</p></body></html>";
        page.Length.Should().Be(1001);

        Fail(() => ReadHtml(page, Small with { MaxPageCharacters = 1000 })).Should().Equal(
            new KeyValuePair<string, object?>("limit", "MaxPageCharacters"),
            new KeyValuePair<string, object?>("maximum", 1000L),
            new KeyValuePair<string, object?>("actual", 1001L));
    }

    [Fact]
    public void Html_page_at_the_page_limit_is_read()
    {
        var page = "<html><body><p>" + new string('乡', 1000 - 33) + "</p></body></html>";

        ReadHtml(page, Small with { MaxPageCharacters = 1000, MaxRunCharacters = 1000, MaxParagraphCharacters = 1000 }).Blocks.Should().ContainSingle();
    }

    [Fact]
    public void Html_with_a_text_run_over_the_run_limit()
    {
        Fail(() => ReadHtml("<html><body><p>" + new string('一', 301) + "</p></body></html>")).Should().Equal(Expected("MaxRunCharacters", 300));
    }

    [Fact]
    public void Html_with_a_tag_whose_attributes_pass_the_run_limit()
    {
        var tag = "<p" + string.Concat(Enumerable.Range(0, 80).Select(i => " a" + i)) + ">一</p>";

        Fail(() => ReadHtml("<html><body>" + tag + "</body></html>")).Should().Equal(Expected("MaxRunCharacters", 300));
    }

    [Fact]
    public void Html_with_a_long_quoted_value_counts_it_against_the_attribute_limit_only()
    {
        var picture = "<img alt=\"统计表\" src=\"data:image/png;base64," + new string('A', 450) + "\">";
        var tooLong = "<img src=\"data:image/png;base64," + new string('A', 480) + "\">";

        ReadHtml("<html><body><p>一、概述</p>" + picture + "</body></html>").Blocks.OfType<ImageBlock>().Should().ContainSingle();
        Fail(() => ReadHtml("<html><body><p>一</p>" + tooLong + "</body></html>")).Should().Equal(Expected("MaxAttributeValueCharacters", 500));
    }

    [Fact]
    public void Html_with_a_paragraph_over_the_paragraph_limit()
    {
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("<b>" + new string('乡', 30) + "</b>", 4)) + "</p>";

        Fail(() => ReadHtml("<html><body>" + paragraph + "</body></html>")).Should().Equal(Expected("MaxParagraphCharacters", 100));
    }

    [Fact]
    public void Docx_over_the_element_limit()
    {
        var bytes = RawDocx.Bytes(string.Concat(Enumerable.Repeat("<w:p/>", 50)));

        Fail(() => TestDocx.ReadBytes(bytes, SmallDocx)).Should().Equal(Expected("MaxElements", 50));
    }

    [Fact]
    public void Docx_with_a_run_over_the_run_limit()
    {
        var bytes = RawDocx.Bytes("<w:p><w:r><w:t>" + new string('一', 1001) + "</w:t></w:r></w:p>");

        Fail(() => TestDocx.ReadBytes(bytes, SmallDocx with { MaxParagraphCharacters = 5000 })).Should().Equal(Expected("MaxRunCharacters", 1000));
    }

    [Fact]
    public void Docx_with_a_tag_whose_attributes_pass_the_run_limit()
    {
        var bytes = RawDocx.Bytes("<w:p" + string.Concat(Enumerable.Range(0, 200).Select(i => $" a{i}=\"\"")) + "/>");

        Fail(() => TestDocx.ReadBytes(bytes, SmallDocx)).Should().Equal(Expected("MaxRunCharacters", 1000));
    }

    [Fact]
    public void Docx_with_a_paragraph_of_runs_over_the_paragraph_limit()
    {
        var bytes = RawDocx.Bytes("<w:p>" + string.Concat(Enumerable.Repeat("<w:r><w:t>" + new string('一', 30) + "</w:t></w:r>", 4)) + "</w:p>");

        Fail(() => TestDocx.ReadBytes(bytes, SmallDocx)).Should().Equal(Expected("MaxParagraphCharacters", 100));
    }

    [Fact]
    public void Docx_with_too_many_relationships()
    {
        var relationships = string.Concat(Enumerable.Range(0, 51).Select(i => RawDocx.Relationship("r" + i, "hyperlink", "http://x.invalid/", external: true)));

        Fail(() => TestDocx.ReadBytes(RawDocx.Bytes(RawDocx.P("一"), relationships), SmallDocx)).Should().Equal(Expected("MaxElements", 50));
    }

    private static ReportDocument ReadText(string text) =>
        new PlainTextReportReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), Small, CancellationToken.None);

    private static ReportDocument ReadHtml(string page, ReaderLimits? limits = null) =>
        new HtmlReportReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(page)), limits ?? Small, CancellationToken.None);

    private static IReadOnlyList<KeyValuePair<string, object?>> Fail(Func<ReportDocument> read)
    {
        var failure = read.Should().Throw<ReportReadException>().Which;
        failure.RuleId.Should().Be(ReadFailures.LimitsExceeded);
        return failure.Properties;
    }

    private static KeyValuePair<string, object?>[] Expected(string limit, long maximum) =>
        [new("limit", limit), new("maximum", maximum), new("actual", "> " + maximum)];
}
