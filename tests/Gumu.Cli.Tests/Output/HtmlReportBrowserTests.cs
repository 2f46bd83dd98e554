using System.Buffers.Binary;
using System.Text;
using AngleSharp.Dom;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance;
using Xunit.Abstractions;

namespace Gumu.Cli.Tests.Output;

/// <summary>
/// The page as headless Chromium renders it from disk: the DOM after its script ran (dumped with
/// --dump-dom after a virtual-time budget), and one screenshot. Skipped when Chromium is absent.
/// The tests of one class run one after another, so at most one browser runs at a time.
/// </summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task Renders_a_row_per_file_and_runs_its_script_under_the_policy()
    {
        using var folder = new TempFolder("html-render");
        var (dom, run) = await LoadAsync(folder, TestResults.Townships());

        Ready(dom);
        HtmlReport.FileBodies(dom).Select(HtmlReport.IndexOf).Should().Equal(1, 2, 3, 4, 5);
        HtmlReport.FileBodies(dom).Select(HtmlReport.PathOf).Should().Equal(TestResults.Townships().Select(r => r.Path));
        HtmlReport.FileBodies(dom).Select(b => b.HasAttribute("hidden")).Should().AllBeEquivalentTo(false);
        dom.QuerySelectorAll("tr.detail").Select(r => r.HasAttribute("hidden")).Should().Equal([true, true, true, true], "the script collapses findings on load");
        dom.QuerySelectorAll("button.toggle").Select(b => b.GetAttribute("aria-expanded")).Should().Equal("false", "false", "false", "false");
        dom.QuerySelector("#shown")!.TextContent.Should().Be("显示 5 / 5 个文件");
        HtmlReport.ShouldHaveOnlyWriterMarkup(dom);
        ShouldHaveNoPolicyViolation(run);
    }

    [ChromiumFact]
    public async Task Hostile_document_text_creates_no_element_or_attribute_and_loads_nothing()
    {
        using var trap = new LoopbackTrap();
        var remote = trap.Url;
        var payloads = TestResults.HostileTexts.Concat(
        [
            $"\"><img src={remote}/img onerror=alert(5)>",
            $"<link rel=stylesheet href={remote}/css><script src={remote}/js></script>",
            $"<iframe src=\"{remote}/frame\"></iframe><a href=\"javascript:alert(6)\">x</a>",
        ]).ToList();
        var results = TestResults.Townships().Concat(payloads.Select(TestResults.Hostile)).ToList();

        using var folder = new TempFolder("html-hostile");
        var (dom, run) = await LoadAsync(folder, results, "#expand=all");

        Ready(dom);
        HtmlReport.ShouldHaveOnlyWriterMarkup(dom);
        dom.QuerySelectorAll("img, svg:not(.chart), iframe, link, a, [src], [href], [onerror], [onload]").Select(e => e.OuterHtml).Should().BeEmpty();
        var bodies = HtmlReport.FileBodies(dom);
        bodies.Should().HaveCount(results.Count);
        bodies.Skip(5).Select(b => b.QuerySelector("td.title")!.TextContent).Should().Equal(payloads);
        bodies.Skip(5).Select(b => b.QuerySelector(".evidence")!.TextContent).Should().Equal(payloads);
        bodies.Skip(5).Select(HtmlReport.PathOf).Should().Equal(results.Skip(5).Select(r => r.Path));
        dom.QuerySelectorAll("tr.detail").Select(r => r.HasAttribute("hidden")).Should().AllBeEquivalentTo(false, "#expand=all opens every file");
        await trap.CloseAsync();
        trap.Connections.Should().Be(0, "the page must not even connect anywhere");
        ShouldHaveNoPolicyViolation(run);
    }

    [ChromiumTheory]
    [InlineData("#sort=errors-desc", new[] { 4, 1, 3, 2, 5 }, "errors", "descending")]
    [InlineData("#sort=errors-asc", new[] { 2, 5, 1, 3, 4 }, "errors", "ascending")]
    [InlineData("#sort=warnings-desc", new[] { 5, 1, 2, 3, 4 }, "warnings", "descending")]
    [InlineData("#sort=year-asc", new[] { 4, 1, 2, 5, 3 }, "year", "ascending")]
    [InlineData("#sort=year-desc", new[] { 5, 1, 2, 4, 3 }, "year", "descending")]
    [InlineData("#sort=status-desc", new[] { 3, 1, 4, 2, 5 }, "status", "descending")]
    [InlineData("#sort=title-asc", new[] { 2, 5, 1, 4, 3 }, "title", "ascending")]
    [InlineData("#sort=index-desc", new[] { 5, 4, 3, 2, 1 }, "index", "descending")]
    [InlineData("#sort=bogus-desc", new[] { 1, 2, 3, 4, 5 }, null, null)]
    public async Task Sorts_on_load_when_the_address_asks(string hash, int[] expected, string? key, string? direction)
    {
        using var folder = new TempFolder("html-sort");
        var (dom, run) = await LoadAsync(folder, TestResults.Townships(), hash);

        Ready(dom);
        HtmlReport.FileBodies(dom).Select(HtmlReport.IndexOf).Should().Equal(expected);

        // Each file's findings moved with it.
        foreach (var body in HtmlReport.FileBodies(dom))
        {
            var detail = body.QuerySelector("tr.detail");
            var toggle = body.QuerySelector("button.toggle");
            (detail?.Id).Should().Be(toggle?.GetAttribute("aria-controls"));
        }

        var sorted = dom.QuerySelectorAll("#files > thead th[aria-sort]").ToList();
        if (key is null)
        {
            sorted.Select(h => h.OuterHtml).Should().BeEmpty();
        }
        else
        {
            sorted.Should().ContainSingle().Which.GetAttribute("data-key").Should().Be(key);
            sorted[0].GetAttribute("aria-sort").Should().Be(direction);
        }

        ShouldHaveNoPolicyViolation(run);
    }

    [ChromiumFact]
    public async Task Filters_by_status_when_the_address_asks()
    {
        using var folder = new TempFolder("html-filter");
        var (dom, run) = await LoadAsync(folder, TestResults.Townships(), "#sort=errors-desc&status=errors&expand=all", Language.English);

        Ready(dom);
        var bodies = HtmlReport.FileBodies(dom);
        bodies.Select(HtmlReport.IndexOf).Should().Equal(4, 1, 3, 2, 5);
        bodies.Where(b => !b.HasAttribute("hidden")).Select(HtmlReport.IndexOf).Should().Equal(4, 1);
        dom.QuerySelector("#filter-status")!.QuerySelectorAll("option").Single(o => o.HasAttribute("selected") || o.GetAttribute("value") == "errors")
            .GetAttribute("value").Should().Be("errors");
        dom.QuerySelector("#shown")!.TextContent.Should().Be("Showing 2 of 5 files");
        ShouldHaveNoPolicyViolation(run);
    }

    [ChromiumFact]
    public async Task Filters_by_text_in_path_or_title_when_the_address_asks()
    {
        using var folder = new TempFolder("html-filter-text");
        var (dom, run) = await LoadAsync(folder, TestResults.Townships(), "#q=" + Uri.EscapeDataString("白沙"));

        Ready(dom);
        HtmlReport.FileBodies(dom).Where(b => !b.HasAttribute("hidden")).Select(HtmlReport.IndexOf).Should().Equal(2);
        dom.QuerySelector("#shown")!.TextContent.Should().Be("显示 1 / 5 个文件");

        (dom, run) = await LoadAsync(folder, TestResults.Townships(), "#q=2017");
        HtmlReport.FileBodies(dom).Where(b => !b.HasAttribute("hidden")).Select(HtmlReport.IndexOf).Should().Equal(4);

        (dom, run) = await LoadAsync(folder, TestResults.Townships(), "#q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>"));
        Ready(dom);
        HtmlReport.ShouldHaveOnlyWriterMarkup(dom);
        HtmlReport.FileBodies(dom).Where(b => !b.HasAttribute("hidden")).Select(HtmlReport.IndexOf).Should().BeEmpty();
        ShouldHaveNoPolicyViolation(run);
    }

    [ChromiumFact]
    public async Task Toggle_opens_one_file_findings()
    {
        using var folder = new TempFolder("html-toggle");
        var (dom, run) = await LoadAsync(folder, TestResults.Townships(), "#sort=errors-desc&open=4");

        Ready(dom);
        var bodies = HtmlReport.FileBodies(dom);
        bodies.Select(HtmlReport.IndexOf).Should().Equal(4, 1, 3, 2, 5);
        bodies[0].QuerySelector("tr.detail")!.HasAttribute("hidden").Should().BeFalse();
        bodies[0].QuerySelector("button.toggle")!.GetAttribute("aria-expanded").Should().Be("true");
        bodies.Skip(1).Select(b => b.QuerySelector("tr.detail")?.HasAttribute("hidden")).Should().Equal(true, true, null, true);
        ShouldHaveNoPolicyViolation(run);
    }

    [ChromiumFact]
    public async Task Content_security_policy_blocks_any_script_or_load_that_is_not_the_page_own()
    {
        // Defence in depth: were markup ever to get in, the policy still stops it.
        using var trap = new LoopbackTrap();
        var remote = trap.Url;
        var html = HtmlReport.Render(TestResults.Townships());
        var injected = html.Replace(
            "</main>",
            "<script>document.documentElement.setAttribute('data-injected', 'script');</script>" +
            $"<img src=\"{remote}/img\"><img src=\"x\" onerror=\"document.documentElement.setAttribute('data-injected', 'handler')\">" +
            $"<link rel=\"stylesheet\" href=\"{remote}/css\"><script src=\"{remote}/js\"></script>" +
            $"<iframe src=\"{remote}/frame\"></iframe><style>body {{ background: url({remote}/bg) }}</style></main>",
            StringComparison.Ordinal);
        injected.Should().NotBe(html);

        using var folder = new TempFolder("html-csp");
        var path = folder.File("report.html");
        await File.WriteAllTextAsync(path, injected, new UTF8Encoding(false));
        var run = await Chromium.DumpDomAsync(folder.Path, new Uri(path));
        output.WriteLine(run.StandardError);
        var dom = HtmlReport.Parse(run.StandardOutput);

        Ready(dom);
        dom.DocumentElement.HasAttribute("data-injected").Should().BeFalse("neither the inline script nor the handler may run");
        await trap.CloseAsync();

        // Chromium may open (and drop) a TCP connection for an iframe before the policy refuses
        // the navigation, so the assertion is about requests: not one byte of one was sent.
        trap.Requests.Should().BeEmpty("nothing may be fetched");
        run.StandardError.Should().Contain("Content Security Policy", "Chromium reports the refusals on the console");
    }

    [ChromiumFact]
    public async Task Screenshot_of_the_samples()
    {
        var results = await CheckSamplesAsync();
        results.Add(TestResults.Hostile("<script>alert(1)</script>\"><img src=x onerror=alert(1)>"));

        using var folder = new TempFolder("html-screenshot");
        var report = folder.File("report.html");
        await File.WriteAllBytesAsync(report, HtmlReport.RenderBytes(results));
        var png = folder.File("report.png");
        var run = await Chromium.ScreenshotAsync(folder.Path, new Uri(new Uri(report).AbsoluteUri + "#sort=errors-desc&expand=all"), png, 1280, 1400);
        output.WriteLine("screenshot: " + png + (TempFolder.Keep ? string.Empty : " (deleted after the test; set GUMU_KEEP_TEST_OUTPUT=1 to keep it)"));
        output.WriteLine(run.StandardError);

        run.ExitCode.Should().Be(0);
        File.Exists(png).Should().BeTrue(run.StandardError);
        var bytes = await File.ReadAllBytesAsync(png);
        bytes.Take(8).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(1280, "IHDR width");
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)).Should().Be(1400, "IHDR height");
        bytes.Length.Should().BeGreaterThan(20_000, "a rendered page, not a blank one");

        // The same page's DOM: a row per sample, the sort applied.
        var (dom, domRun) = await LoadAsync(folder, results, "#sort=errors-desc");
        Ready(dom);
        var counts = HtmlReport.FileBodies(dom).Select(b => int.Parse(b.QuerySelectorAll("tr.file > td")[6].TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        counts.Should().HaveCount(results.Count).And.BeInDescendingOrder();
        ShouldHaveNoPolicyViolation(domRun);
    }

    [ChromiumFact]
    public async Task Fits_desktop_and_phone_widths_and_prints_on_a4_landscape()
    {
        var results = await CheckSamplesAsync();
        var keep = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        using var folder = new TempFolder("html-responsive");
        var html = Encoding.UTF8.GetString(HtmlReport.RenderBytes(results));

        // A measuring script, allowed by its own hash next to the page's: it records how wide the
        // page is and which elements reach past the viewport (inside a scroll box is fine).
        const string Measure =
            "(function(){var r=document.documentElement,w=r.clientWidth,over=[],all=document.body.getElementsByTagName('*');" +
            "for(var i=0;i<all.length;i++){var b=all[i].getBoundingClientRect();" +
            "if(b.width>0&&b.right>w+1&&!all[i].closest('.scroll')){over.push(all[i].tagName+'.'+all[i].getAttribute('class'));}}" +
            "r.setAttribute('data-client-width',String(w));r.setAttribute('data-scroll-width',String(r.scrollWidth));" +
            "r.setAttribute('data-overflowing',over.slice(0,8).join(' '));" +
            "if(window.parent!==window){window.parent.postMessage(w+'|'+r.scrollWidth+'|'+over.slice(0,8).join(' '),'*');}})();";
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Measure)));
        html.Should().Contain("script-src &#39;", "the policy sits in an attribute, quotes escaped");
        var measured = html.Replace("script-src &#39;", $"script-src &#39;sha256-{hash}&#39; &#39;", StringComparison.Ordinal)
            .Replace("</body>", "<script>" + Measure + "</script>\n</body>", StringComparison.Ordinal);
        var page = folder.File("report.html");
        await File.WriteAllTextAsync(page, measured, new UTF8Encoding(false));
        var url = new Uri(new Uri(page).AbsoluteUri + "#expand=all");

        foreach (var (name, width, height) in new[] { ("desktop", 1280, 1400), ("phone", 390, 2400) })
        {
            var png = Path.Combine(keep, $"report-{name}.png");
            var shot = await Chromium.ScreenshotAsync(folder.Path, url, png, width, height);
            output.WriteLine($"{name} screenshot: {png}");
            shot.ExitCode.Should().Be(0, shot.StandardError);
            var bytes = await File.ReadAllBytesAsync(png);
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)).Should().Be(width, "IHDR width");
            bytes.Length.Should().BeGreaterThan(20_000, "a rendered page, not a blank one");

            var run = await Chromium.DumpDomAsync(folder.Path, url, width: width, height: height);
            output.WriteLine(run.StandardError);
            var dom = HtmlReport.Parse(run.StandardOutput);
            Ready(dom);
            ShouldHaveNoPolicyViolation(run);
            dom.QuerySelector(".totals")!.TextContent.Should().Contain("文件").And.Contain(results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            dom.QuerySelector("svg.chart").Should().NotBeNull();
            dom.QuerySelector("table.matrix").Should().NotBeNull();

            // Headless Chromium lays a page out no narrower than 500 px whatever the window, so
            // the page is measured inside an iframe of the exact width; it reports by postMessage.
            var harness = folder.File($"harness-{name}.html");
            await File.WriteAllTextAsync(harness,
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">" +
                $"<iframe src=\"report.html#expand=all\" style=\"width:{width}px;height:{height}px;border:0\"></iframe>" +
                "<script>window.addEventListener('message',function(e){document.documentElement.setAttribute('data-measure',String(e.data));});</script>" +
                "</body></html>", new UTF8Encoding(false));
            var measuring = await Chromium.DumpDomAsync(folder.Path, new Uri(harness), width: width + 40, height: height);
            var measure = HtmlReport.Parse(measuring.StandardOutput).DocumentElement.GetAttribute("data-measure");
            output.WriteLine($"{name}: client width|scroll width|overflowing = {measure}");
            measure.Should().NotBeNull(measuring.StandardError);
            var parts = measure!.Split('|');
            var client = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            client.Should().BeInRange(width - 20, width, "the page is laid out at the frame's width");
            int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThanOrEqualTo(client, $"no horizontal scrolling at {width} px");
            parts[2].Should().BeEmpty($"nothing reaches past the {width} px viewport");
        }

        var pdf = Path.Combine(keep, "report-print.pdf");
        var print = await Chromium.PrintToPdfAsync(folder.Path, url, pdf);
        print.ExitCode.Should().Be(0, print.StandardError);
        using var printed = UglyToad.PdfPig.PdfDocument.Open(pdf);
        output.WriteLine($"printed: {pdf}, {printed.NumberOfPages} page(s)");
        var first = printed.GetPage(1);
        first.Width.Should().BeApproximately(842, 2, "A4 landscape is 842 points wide");
        first.Height.Should().BeApproximately(595, 2);
    }

    [ChromiumFact]
    public async Task A_run_over_its_time_limit_is_killed_with_its_children()
    {
        // The same runner the browser tests use, on a shell that would wait a minute.
        using var folder = new TempFolder("html-timeout");
        var pidFile = folder.File("child.pid");
        var started = DateTime.UtcNow;

        var run = () => BoundedProcess.RunAsync("/bin/sh", ["-c", "sleep 60 & echo $! > \"$0\"; wait", pidFile], folder.Path, TimeSpan.FromSeconds(2));

        await run.Should().ThrowAsync<TimeoutException>();
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(30));
        var child = int.Parse((await File.ReadAllTextAsync(pidFile)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Exited(child).Should().BeTrue("the child sleep was killed with its parent");
    }

    private static bool Exited(int pid)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                if (process.HasExited || File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2] == "Z")
                {
                    return true;
                }
            }
            catch (Exception e) when (e is ArgumentException or IOException or InvalidOperationException)
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }

    private async Task<(IDocument Dom, ProcessRun Run)> LoadAsync(TempFolder folder, IReadOnlyList<FileCheckResult> results, string hash = "", Language language = Language.Chinese)
    {
        var path = folder.File("report.html");
        await File.WriteAllBytesAsync(path, HtmlReport.RenderBytes(results, language));
        var run = await Chromium.DumpDomAsync(folder.Path, new Uri(new Uri(path).AbsoluteUri + hash));
        output.WriteLine(run.StandardError);
        run.ExitCode.Should().Be(0, run.StandardError);
        run.StandardOutput.Should().Contain("</html>", run.StandardError);
        return (HtmlReport.Parse(run.StandardOutput), run);
    }

    private static void Ready(IDocument dom)
    {
        dom.DocumentElement.GetAttribute("data-ready").Should().Be("true", "the page's script ran to its end");
        dom.DocumentElement.ClassList.Should().Contain("js");
    }

    private static void ShouldHaveNoPolicyViolation(ProcessRun run)
    {
        run.StandardError.Should().NotContain("Content Security Policy").And.NotContain("Uncaught");
    }

    private static async Task<List<FileCheckResult>> CheckSamplesAsync()
    {
        var (files, missing) = InputDiscovery.Expand([TestPaths.Samples]);
        missing.Should().BeEmpty();
        var checker = new ReportChecker();
        var results = new List<FileCheckResult>();
        foreach (var file in files)
        {
            var result = await checker.CheckFileAsync(file.FullPath);
            results.Add(result with { Path = "samples/" + Path.GetRelativePath(TestPaths.Samples, file.FullPath).Replace('\\', '/') });
        }

        return results;
    }
}
