using System.Security.Cryptography;
using System.Text;
using Gumu.Compliance.Reporting;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Tests.Output;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public void Page_is_one_self_contained_utf8_html5_document()
    {
        var bytes = HtmlReport.RenderBytes(TestResults.Townships());
        var html = Encoding.UTF8.GetString(bytes);

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte order mark");
        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Should().EndWith("</html>\n");

        var document = HtmlReport.Parse(html);
        document.CharacterSet.Should().BeEquivalentTo("utf-8");
        HtmlReport.ShouldHaveOnlyWriterMarkup(document);

        // Nothing can be fetched: no element or attribute names a resource, the CSS imports
        // nothing, the script asks the network for nothing, and no address appears at all.
        document.QuerySelectorAll("[src], [href], [srcset], [action], [formaction], [poster], [data], link, img, iframe, object, embed, base")
            .Select(e => e.OuterHtml).Should().BeEmpty();
        html.Should().NotContainAny("http:", "https:", "://", "url(", "@import", "@font-face");
        HtmlReportWriter.Script.Should().NotContainAny("fetch(", "XMLHttpRequest", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function(");
    }

    [Fact]
    public void Content_security_policy_forbids_every_load_and_allows_only_the_page_own_style_and_script_by_hash()
    {
        var document = HtmlReport.Parse(HtmlReport.Render(TestResults.Townships()));
        var meta = document.QuerySelector("meta[http-equiv='Content-Security-Policy']");
        meta.Should().NotBeNull();
        document.Head!.Children[1].Should().BeSameAs(meta, "the policy comes straight after meta charset, before anything it governs");

        var policy = meta.GetAttribute("content")!;
        var script = document.QuerySelector("script")!.TextContent;
        var style = document.QuerySelector("style")!.TextContent;
        policy.Should().Be(
            "default-src 'none'; style-src 'sha256-" + Sha256(style) + "'; script-src 'sha256-" + Sha256(script) +
            "'; base-uri 'none'; form-action 'none'");
        policy.Should().NotContain("unsafe");
        script.Should().Be(HtmlReportWriter.Script);
        script.Should().NotContain("\r", "the browser hashes the parsed text, in which line breaks are \\n");
    }

    [Fact]
    public void Has_one_row_per_file_in_input_order()
    {
        var results = TestResults.Townships();
        var document = HtmlReport.Parse(HtmlReport.Render(results));

        var bodies = HtmlReport.FileBodies(document);
        bodies.Select(HtmlReport.PathOf).Should().Equal(results.Select(r => r.Path));
        bodies.Select(HtmlReport.IndexOf).Should().Equal(1, 2, 3, 4, 5);
        document.QuerySelectorAll("tr.file").Should().HaveCount(5);
        bodies.Select(b => b.GetAttribute("data-status")).Should().Equal("errors", "passed", "unreadable", "errors", "passed");

        var cells = bodies.Select(b => b.QuerySelectorAll("tr.file > td").Select(c => c.TextContent).ToArray()).ToList();
        cells[0][3..].Should().Equal("兰溪镇人民政府2018年政府信息公开工作年度报告", "2018", "有错误", "1", "1");
        cells[1][3..].Should().Equal("白沙镇人民政府2018年政府信息公开工作年度报告", "2018", "通过", "0", "0");
        cells[2][3..].Should().Equal("—", "—", "无法读取", "1", "0");
        cells[3][3..].Should().Equal("青山乡人民政府2017年政府信息公开工作年度报告", "2017", "有错误", "3", "0");
        cells[4][3..].Should().Equal("金河镇人民政府2019年政府信息公开工作年度报告", "2019", "通过", "0", "2");

        // Every column of a file row has a header, and every header but the toggle's sorts.
        var heads = document.QuerySelectorAll("#files > thead th").ToList();
        cells.Should().OnlyContain(c => c.Length == heads.Count);
        heads.Skip(1).Select(h => h.GetAttribute("data-key")).Should().Equal("index", "path", "title", "year", "status", "errors", "warnings");
        heads.Skip(1).Select(h => h.QuerySelector("button") != null).Should().AllBeEquivalentTo(true);
    }

    [Fact]
    public void Each_file_row_expands_to_its_findings()
    {
        var document = HtmlReport.Parse(HtmlReport.Render(TestResults.Townships()));
        var bodies = HtmlReport.FileBodies(document);

        // Files without findings have nothing to expand.
        bodies[1].QuerySelector("tr.detail").Should().BeNull();
        bodies[1].QuerySelector("button.toggle").Should().BeNull();

        var first = bodies[0];
        var toggle = first.QuerySelector("tr.file button.toggle")!;
        var detail = first.QuerySelector("tr.detail")!;
        toggle.GetAttribute("aria-controls").Should().Be(detail.Id);
        detail.QuerySelector("td")!.GetAttribute("colspan").Should().Be("8");
        detail.QuerySelector(".meta")!.TextContent.Should().Be("格式：html规则集：yunnan-2018");

        document.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems();

        var rows = detail.QuerySelectorAll("table.findings > tbody > tr").ToList();
        rows.Should().HaveCount(2);
        var cells = rows[0].QuerySelectorAll("td").ToList();
        cells[0].TextContent.Should().Be("错误");
        cells[0].QuerySelector(".sev-error").Should().NotBeNull();
        cells[1].QuerySelector("code")!.TextContent.Should().Be("GM2002");
        cells[1].QuerySelector(".rule-name")!.TextContent.Should().Be("narrative-table-mismatch");
        cells[2].TextContent.Should().Be("第10部分");
        cells[3].TextContent.Should().Be("—", "a line in the HTML source means nothing to a reader");
        cells[4].QuerySelector(".msg")!.TextContent.Should().Be("正文所述数字与统计表不一致");
        cells[4].QuerySelector(".evidence")!.TextContent.Should().Be("收到行政复议3件");
        cells[4].QuerySelectorAll(".props > div").Select(d => d.QuerySelector("dt")!.TextContent + "=" + d.QuerySelector("dd")!.TextContent)
            .Should().Equal("文中数字=3", "统计表=2", "行=四、行政复议数量");
        cells[4].QuerySelector(".fix")!.TextContent.Should().Be(RuleCatalog.Default["GM2002"].Fix.Zh);
        cells[4].QuerySelector(".fix")!.GetAttribute("data-label").Should().Be("修改方法");

        var warning = rows[1].QuerySelectorAll("td").ToList();
        warning[0].QuerySelector(".sev-warning").Should().NotBeNull();
        warning[3].TextContent.Should().Be("第17段");

        // A document-wide finding has no section or location; an unreadable file shows its format only.
        var unreadable = bodies[2].QuerySelectorAll("table.findings > tbody > tr > td").ToList();
        unreadable[2].TextContent.Should().Be("—");
        unreadable[3].TextContent.Should().Be("—");
        bodies[2].QuerySelector(".meta")!.TextContent.Should().Be("格式：pdf");

        var table = bodies[3].QuerySelectorAll("table.findings > tbody > tr").ToList()[1].QuerySelectorAll("td").ToList();
        table[3].TextContent.Should().Be("表1 第5行 第3列");
    }

    [Fact]
    public void Chinese_labels_by_default()
    {
        var document = HtmlReport.Parse(HtmlReport.Render(TestResults.Townships(), Language.Chinese));

        document.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
        document.Title.Should().Be("政府信息公开工作年度报告检查结果 · gumu 0.1.0-test");
        document.QuerySelector("h1")!.TextContent.Should().Be("政府信息公开工作年度报告检查结果");
        document.QuerySelector("p.tool")!.TextContent.Should().Be("gumu 0.1.0-test");
        Totals(document).Should().Equal("文件=5", "通过=2", "有错误=2", "无法读取=1", "错误=5", "警告=3");
        Headers(document).Should().Equal("序号", "文件", "标题", "年度", "状态", "错误", "警告");
        document.QuerySelectorAll("#filter-status option").Select(o => o.TextContent).Should().Equal("全部状态", "通过", "有错误", "无法读取");
        document.QuerySelector("#filter-text")!.GetAttribute("placeholder").Should().Be("按文件名或标题筛选");
        document.QuerySelector("#expand-all")!.TextContent.Should().Be("全部展开");
        document.QuerySelector("#collapse-all")!.TextContent.Should().Be("全部收起");
        document.QuerySelector("#shown")!.GetAttribute("data-template").Should().Be("显示 {0} / {1} 个文件");
        document.QuerySelectorAll("table.findings")[0].QuerySelectorAll("th").Select(t => t.TextContent).Should().Equal("级别", "规则", "部分", "位置", "说明");
        document.QuerySelector(".evidence")!.GetAttribute("data-label").Should().Be("原文");
    }

    [Fact]
    public void English_labels_with_lang_en()
    {
        var document = HtmlReport.Parse(HtmlReport.Render(TestResults.Townships(), Language.English));

        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        document.QuerySelector("h1")!.TextContent.Should().Be("Annual report check results");
        Totals(document).Should().Equal("Files=5", "Passed=2", "With errors=2", "Unreadable=1", "Errors=5", "Warnings=3");
        Headers(document).Should().Equal("#", "File", "Title", "Year", "Status", "Errors", "Warnings");
        HtmlReport.FileBodies(document).Select(b => b.QuerySelector(".status")!.TextContent).Should().Equal("errors", "passed", "unreadable", "errors", "passed");
        document.QuerySelectorAll("#filter-status option").Select(o => o.TextContent).Should().Equal("All statuses", "passed", "errors", "unreadable");
        document.QuerySelector("#shown")!.GetAttribute("data-template").Should().Be("Showing {0} of {1} files");

        var first = HtmlReport.FileBodies(document)[0];
        first.QuerySelector(".meta")!.TextContent.Should().Be("Format: htmlRule set: yunnan-2018");
        var cells = first.QuerySelectorAll("table.findings > tbody > tr").Select(r => r.QuerySelectorAll("td").ToList()).ToList();
        cells[0][0].TextContent.Should().Be("error");
        cells[0][2].TextContent.Should().Be("Section 10");
        cells[1][0].TextContent.Should().Be("warning");
        cells[1][3].TextContent.Should().Be("paragraph 17");
        document.QuerySelector("table.findings")!.QuerySelectorAll("th").Select(t => t.TextContent).Should().Equal("Severity", "Rule", "Section", "Location", "Message");
    }

    [Fact]
    public void Totals_match_the_run_summary_and_show_infos_only_when_there_are_any()
    {
        var results = TestResults.Townships().Append(TestResults.File(
            "乡镇/提示.html",
            findings: TestResults.Finding("GM9999", "note", Severity.Info, "仅供参考"))).ToList();
        var s = RunSummary.Of(results);

        var document = HtmlReport.Parse(HtmlReport.Render(results, Language.English));

        Totals(document).Should().Equal(
            $"Files={s.Files}", $"Passed={s.Passed}", $"With errors={s.WithErrors}", $"Unreadable={s.Unreadable}",
            $"Errors={s.Errors}", $"Warnings={s.Warnings}", $"Infos={s.Infos}");
        s.Infos.Should().Be(1);
        Totals(HtmlReport.Parse(HtmlReport.Render(TestResults.Townships(), Language.English))).Should().NotContain(t => t.StartsWith("Infos", StringComparison.Ordinal));

        var rows = HtmlReport.FileBodies(document);
        rows.Count(r => r.GetAttribute("data-status") == "passed").Should().Be(s.Passed);
        rows.Count(r => r.GetAttribute("data-status") == "errors").Should().Be(s.WithErrors);
        rows.Count(r => r.GetAttribute("data-status") == "unreadable").Should().Be(s.Unreadable);
        rows[^1].QuerySelector(".sev-info")!.TextContent.Should().Be("info");
    }

    public static TheoryData<string> HostileTexts() => new(TestResults.HostileTexts);

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Text_from_documents_and_file_names_appears_only_escaped(string payload)
    {
        var hostile = TestResults.Hostile(payload);
        var html = HtmlReport.Render([TestResults.Townships()[0], hostile], Language.Chinese, toolVersion: "0.1.0" + payload);

        // Nowhere verbatim when it holds a character that must be escaped ...
        if (payload.AsSpan().IndexOfAny("<>&\"'") >= 0)
        {
            html.Should().NotContain(payload);
        }

        html.Should().NotContain("<img").And.NotContain("<svg onload").And.NotContain("<script>alert");
        html.Split("<svg").Should().HaveCount(2, "the chart is the only svg");
        html.Split("<script>").Should().HaveCount(2, "the page's own script is the only one");
        html.Split("</script>").Should().HaveCount(2);
        html.Should().NotContain("<!-- ");

        // ... and, parsed as a browser parses it, no element or attribute came from it, while
        // every string reads back exactly as it was: escaped once, not dropped or double-escaped.
        var document = HtmlReport.Parse(html);
        HtmlReport.ShouldHaveOnlyWriterMarkup(document);
        document.Body!.QuerySelectorAll("*").SelectMany(e => e.Attributes)
            .Where(a => a.Name != "placeholder" && a.Name != "data-template" && a.Name != "aria-label" && a.Name != "title" && a.Name != "data-label")
            .Should().NotContain(a => a.Value.Contains(payload), "document text goes into text content, not attributes");

        var body = HtmlReport.FileBodies(document)[1];
        HtmlReport.PathOf(body).Should().Be(hostile.Path);
        body.QuerySelector("td.title")!.TextContent.Should().Be(payload);
        body.QuerySelector(".meta")!.TextContent.Should().Be("格式：html" + payload + "规则集：yunnan-2018" + payload);
        body.QuerySelector("code")!.TextContent.Should().Be("GM2002" + payload);
        body.QuerySelector(".rule-name")!.TextContent.Should().Be("narrative-table-mismatch" + payload);
        body.QuerySelector(".msg")!.TextContent.Should().Be("正文:" + payload);
        body.QuerySelector(".evidence")!.TextContent.Should().Be(payload);
        body.QuerySelectorAll(".props dt").Select(e => e.TextContent).Should().Equal(new[] { "分项" }, "property keys are not shown; only the values readers need, under their own labels");
        body.QuerySelectorAll(".props dd").Select(e => e.TextContent).Should().Equal(payload + ", 2, —");
        document.QuerySelector("p.tool")!.TextContent.Should().Be("gumu 0.1.0" + payload);
        document.QuerySelector("meta[name='generator']")!.GetAttribute("content").Should().Be("gumu 0.1.0" + payload);
        document.QuerySelector("script")!.TextContent.Should().Be(HtmlReportWriter.Script);
    }

    [Fact]
    public void Javascript_urls_never_become_links()
    {
        var html = HtmlReport.Render([TestResults.Hostile("javascript:alert(3)"), TestResults.Hostile("https://example.invalid/x")]);
        var document = HtmlReport.Parse(html);

        document.QuerySelectorAll("a, [href], [src], [action], [formaction]").Select(e => e.OuterHtml).Should().BeEmpty();
        document.QuerySelectorAll("td.title").Select(t => t.TextContent).Should().Equal("javascript:alert(3)", "https://example.invalid/x");
    }

    [Theory]
    [InlineData("plain 中文", "plain 中文")]
    [InlineData("<a href=\"x\" title='y'>&amp;</a>", "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")]
    [InlineData("tab\tline\ncr\r", "tab\tline\ncr\r")]
    [InlineData("nul\0bell\u0007del\u007Fc1\u0085", "nul\uFFFDbell\uFFFDdel\uFFFDc1\uFFFD")]
    [InlineData("non\uFFFEchar\uFFFF", "non\uFFFDchar\uFFFD")]
    [InlineData("", "")]
    public void Encode_escapes_markup_characters_and_replaces_what_html_cannot_carry(string text, string expected)
    {
        HtmlReportWriter.Encode(text).Should().Be(expected);
    }

    [Fact]
    public void Encode_replaces_lone_surrogates_and_keeps_pairs()
    {
        // Not theory data: xunit's serialisation of test cases would mangle lone surrogates.
        HtmlReportWriter.Encode("lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00").Should().Be("lone \uFFFD high, lone \uFFFD low, pair \uD83D\uDE00");
        HtmlReportWriter.Encode("\uD83D\uD83D\uDE00\uDE00").Should().Be("\uFFFD\uD83D\uDE00\uFFFD");
        HtmlReportWriter.Encode("end \uD800").Should().Be("end \uFFFD");
        HtmlReportWriter.Encode("\uDC00 start").Should().Be("\uFFFD start");
    }

    [Fact]
    public void Control_characters_and_broken_surrogates_in_documents_do_not_break_the_page()
    {
        var html = HtmlReport.Render([TestResults.File("a\0b\uD800.html", "标题\u0001\u0085", findings: TestResults.Finding(evidence: "第一行\r\n第二行\u000B"))]);

        var document = HtmlReport.Parse(html);
        HtmlReport.PathOf(HtmlReport.FileBodies(document)[0]).Should().Be("a\uFFFDb\uFFFD.html");
        document.QuerySelector("td.title")!.TextContent.Should().Be("标题\uFFFD\uFFFD");
        document.QuerySelector(".evidence")!.TextContent.Should().Be("第一行\n第二行\uFFFD");
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var first = HtmlReport.RenderBytes(TestResults.Townships());
        var second = HtmlReport.RenderBytes(TestResults.Townships());

        second.Should().Equal(first);
    }

    [Fact]
    public void Writes_to_the_stream_without_closing_it()
    {
        using var stream = new MemoryStream();
        new HtmlReportWriter().Write(stream, TestResults.Townships(), new ReportWriterOptions { ToolVersion = "1.0.0", Language = Language.Chinese });

        stream.CanWrite.Should().BeTrue();
        stream.Length.Should().BeGreaterThan(0);
    }

    [Fact]
    public void No_files_gives_an_empty_table_and_a_note()
    {
        var document = HtmlReport.Parse(HtmlReport.Render([], Language.English));

        HtmlReport.FileBodies(document).Should().HaveCount(0);
        document.QuerySelector("p.empty")!.TextContent.Should().Be("No files were checked.");
        Totals(document).Should().StartWith(["Files=0"]);
    }

    [Fact]
    public void Paths_with_backslashes_split_into_folder_and_name()
    {
        var document = HtmlReport.Parse(HtmlReport.Render([TestResults.File("乡镇\\兰溪镇\\报告.docx"), TestResults.File("报告.html")]));
        var bodies = HtmlReport.FileBodies(document);

        bodies[0].QuerySelector(".dir")!.TextContent.Should().Be("乡镇\\兰溪镇\\");
        bodies[0].QuerySelector(".name")!.TextContent.Should().Be("报告.docx");
        bodies[1].QuerySelector(".dir").Should().BeNull();
        bodies[1].QuerySelector(".name")!.TextContent.Should().Be("报告.html");
    }

    [Fact]
    public void Locations_render_in_the_run_language()
    {
        var results = new[] { TestResults.File("a.docx", findings: TestResults.Finding(location: SourceLocation.AtCell(2, 4, 6))) };

        HtmlReport.Parse(HtmlReport.Render(results, Language.Chinese)).QuerySelectorAll("table.findings td")[3].TextContent.Should().Be("表2 第4行 第6列");
        HtmlReport.Parse(HtmlReport.Render(results, Language.English)).QuerySelectorAll("table.findings td")[3].TextContent.Should().Be("table 2, row 4, column 6");
    }

    private static string Sha256(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static List<string> Totals(AngleSharp.Dom.IDocument document) =>
        document.QuerySelectorAll(".totals > div").Select(d => d.QuerySelector("dt")!.TextContent + "=" + d.QuerySelector("dd")!.TextContent).ToList();

    private static List<string> Headers(AngleSharp.Dom.IDocument document) =>
        document.QuerySelectorAll("#files > thead th button").Select(b => b.TextContent).ToList();
}
