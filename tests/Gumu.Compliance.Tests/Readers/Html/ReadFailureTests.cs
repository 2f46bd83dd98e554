using System.Diagnostics;
using System.Text;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers.Html;
using static Gumu.Compliance.Tests.Readers.Html.HtmlPages;

namespace Gumu.Compliance.Tests.Readers.Html;

public sealed class ReadFailureTests
{
    private static string ListingPage()
    {
        var items = new StringBuilder();
        string[] places = ["青石镇", "兰溪乡", "白沙镇", "云岭乡", "松坪镇", "石门乡", "竹园镇", "凤凰乡", "梨花镇", "河口乡"];
        for (var i = 0; i < places.Length; i++)
        {
            items.Append(FormattableString.Invariant(
                $"<li><a href=\"/xxgk/ndbg/2019011{i}/{1000 + i}.html\">{places[i]}2018年政府信息公开工作年度报告</a><span>2019-01-1{i}</span></li>\n"));
        }

        return PortalPage(string.Empty).Replace(
            "<div class=\"article\">",
            "<div class=\"list\"><h2>政府信息公开年度报告</h2><ul>\n" + items + "</ul><div class=\"page\">共2页 <a href=\"?p=2\">下一页</a></div></div>\n<div class=\"article\">",
            StringComparison.Ordinal).Replace("<h1 class=\"article-title\">" + ReportTitle + "</h1>", string.Empty, StringComparison.Ordinal)
            .Replace("信息来源：青石镇人民政府 发布日期：2019年01月14日 作者：李晓禾 点击：", string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_portal_listing_page_is_not_a_report()
    {
        var failure = ReadFailure(ListingPage());

        failure.RuleId.Should().Be(ReadFailures.NotAReport);
        failure.Variant.Should().Be("listing-page");
    }

    [Fact]
    public void A_report_page_with_a_dated_sidebar_list_is_not_a_listing()
    {
        var sidebar = new StringBuilder("<div class=\"latest\"><ul>");
        for (var i = 0; i < 10; i++)
        {
            sidebar.Append(FormattableString.Invariant($"<li><a href=\"/n/{i}.html\">兰溪乡第{i + 1}期工作简报</a> 2019-01-0{i}</li>"));
        }

        sidebar.Append("</ul></div>");

        var document = Read(Page(sidebar + "<div class=\"content\">" + ReportBody + "</div>"));

        document.Texts().Should().HaveCount(7);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t  ")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_not_a_report(string content)
    {
        var failure = ReadFailure(content);

        failure.RuleId.Should().Be(ReadFailures.NotAReport);
        failure.Variant.Should().Be("empty");
    }

    [Theory]
    [InlineData("<html><head><title>青石镇</title></head><body></body></html>")]
    [InlineData("<html><body><p>&nbsp;</p><div>　</div><script>var a = '正文';</script></body></html>")]
    public void A_page_without_visible_content_is_empty(string html)
    {
        var failure = ReadFailure(html);

        failure.RuleId.Should().Be(ReadFailures.NotAReport);
        failure.Variant.Should().Be("empty");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_a_limits_failure()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 40)) + "<p>正文</p></body></html>";

        var failure = ReadFailure(html, ReaderLimits.Default with { MaxNestingDepth = 30 });

        failure.RuleId.Should().Be(ReadFailures.LimitsExceeded);
        failure.Variant.Should().Be("default");
        failure.Property("limit").Should().Be("MaxNestingDepth");
        failure.Property("maximum").Should().Be("30");
        failure.Property("actual").Should().Be("31");
    }

    [Fact]
    public void Nesting_at_the_limit_is_accepted()
    {
        // html (1) > body (2) > 27 divs (3..29) > p (30).
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 27)) + "<p>正文</p></body></html>";

        var document = Read(html, ReaderLimits.Default with { MaxNestingDepth = 30 });

        document.Texts().Should().Equal("正文");
    }

    [Fact]
    public void Deeply_nested_input_is_rejected_without_parsing_it_all()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x";
        var watch = Stopwatch.StartNew();

        var failure = ReadFailure(html);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
        failure.Property("limit").Should().Be("MaxNestingDepth");
        failure.Property("maximum").Should().Be("512");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_a_limits_failure()
    {
        var bytes = Encoding.UTF8.GetBytes(Page(ReportBody));

        var failure = ReadFailure(bytes, ReaderLimits.Default with { MaxFileBytes = 100 });

        failure.RuleId.Should().Be(ReadFailures.LimitsExceeded);
        failure.Property("limit").Should().Be("MaxFileBytes");
        failure.Property("maximum").Should().Be("100");
        failure.Property("actual").Should().Be(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_non_seekable_stream_over_the_size_limit_is_a_limits_failure()
    {
        var bytes = Encoding.UTF8.GetBytes(Page(ReportBody));
        using var stream = new ForwardOnlyStream(bytes);

        var act = () => new HtmlReportReader().Read(stream, ReaderLimits.Default with { MaxFileBytes = 100 }, CancellationToken.None);

        act.Should().Throw<ReportReadException>().Which.RuleId.Should().Be(ReadFailures.LimitsExceeded);
    }

    [Fact]
    public void A_cancelled_token_stops_the_read()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => Read(Encoding.UTF8.GetBytes(PortalPage(ReportBody)), cancellationToken: cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void A_token_cancelled_while_parsing_stops_the_read()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<p>兰溪乡全年公开政府信息38条。</p>\n", 20_000)));
        using var cancellation = new CancellationTokenSource();
        using var stream = new CancelAfterReadStream(Encoding.UTF8.GetBytes(html), cancellation);

        var act = () => new HtmlReportReader().Read(stream, ReaderLimits.Default, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void One_reader_instance_serves_parallel_reads()
    {
        var reader = new HtmlReportReader();
        var bytes = Encoding.UTF8.GetBytes(PortalPage(ReportBody));

        var results = Enumerable.Range(0, 16).AsParallel().Select(_ =>
        {
            using var stream = new MemoryStream(bytes);
            var document = reader.Read(stream, ReaderLimits.Default, CancellationToken.None);
            return string.Join("|", document.Texts()) + "#" + document.Title + "#" + document.Metadata.PublicationDate;
        }).ToList();

        results.Distinct().Should().ContainSingle();
    }

    /// <summary>A stream that cannot seek (length unknown up front).</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }

    /// <summary>Cancels the token once the whole content has been read, i.e. while the reader works on it.</summary>
    private sealed class CancelAfterReadStream(byte[] bytes, CancellationTokenSource cancellation) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            if (read == 0)
            {
                cancellation.Cancel();
            }

            return read;
        }
    }
}
