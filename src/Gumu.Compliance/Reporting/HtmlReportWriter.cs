using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Reporting;

/// <summary>
/// One self-contained HTML5 page for people: the totals, a sortable and filterable table with a row
/// per file, and each file's findings under its row. All CSS and JS are inline (embedded
/// resources, allowed by their SHA-256 hashes in a Content-Security-Policy that forbids every
/// network load), so the page works opened from disk with no network.
/// </summary>
/// <remarks>
/// Escaping: markup comes only from string literals in this class and the embedded CSS/JS. Every
/// other string — anything that came from a document, a file name, a message, a rule or the
/// command line — is written through <see cref="Encode"/>, which escapes <c>&amp; &lt; &gt; " '</c>
/// and replaces control characters and lone surrogates, so it is safe as text content and inside
/// double-quoted attribute values alike. No document text ever reaches the script (the script
/// reads cells with textContent), no URL from a document becomes a link, and the output has no
/// timestamps: the same results give the same bytes.
/// </remarks>
internal sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>The inline script, line endings normalised (the browser hashes the parsed text).</summary>
    internal static string Script { get; } = LoadAsset("report.js", "</script");

    /// <summary>The inline style sheet, line endings normalised.</summary>
    internal static string Style { get; } = LoadAsset("report.css", "</style");

    /// <summary>The page's Content-Security-Policy: nothing may load; only our own style and script run.</summary>
    internal static string ContentSecurityPolicy { get; } =
        "default-src 'none'; style-src '" + Sha256Source(Style) + "'; script-src '" + Sha256Source(Script) +
        "'; base-uri 'none'; form-action 'none'";

    public void Write(Stream output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(run);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        new Page(writer, run.Language == Language.English ? Labels.English : Labels.Chinese, run.Language).Write(results, run.ToolVersion);
    }

    /// <summary>
    /// Escapes text for HTML text content and double- or single-quoted attribute values:
    /// <c>&amp; &lt; &gt; " '</c> become character references; C0/C1 control characters (other than
    /// tab, line feed and carriage return), U+FFFE/U+FFFF and lone surrogates become U+FFFD.
    /// </summary>
    internal static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => null,
                _ when char.IsControl(c) || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };

            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            sb.Append(replacement);
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>The status of one file as the page shows and filters it.</summary>
    internal static string StatusOf(FileCheckResult result) =>
        result.IsUnreadable ? "unreadable" : result.HasErrors ? "errors" : "passed";

    private static string LoadAsset(string name, string forbidden)
    {
        var resource = "Gumu.Compliance.Reporting.Html." + name;
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded resource " + resource);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd().ReplaceLineEndings("\n");

        // The asset is inserted raw into its element: it must not be able to close it.
        if (text.Contains(forbidden, StringComparison.OrdinalIgnoreCase) || text.Contains("<!--", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(resource + " must not contain " + forbidden + " or <!--");
        }

        return text;
    }

    private static string Sha256Source(string text) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Writes one page. Markup is only ever written from literals; everything else through Encode.</summary>
    private sealed class Page(TextWriter w, Labels l, Language language)
    {
        private const int Columns = 8;

        public void Write(IReadOnlyList<FileCheckResult> results, string toolVersion)
        {
            var summary = RunSummary.Of(results);
            Raw("<!DOCTYPE html>\n<html");
            Attr("lang", l.LanguageTag);
            Raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\"");
            Attr("content", ContentSecurityPolicy);
            Raw(">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\"");
            Attr("content", "gumu " + toolVersion);
            Raw(">\n<title>");
            Text(l.Heading + " · gumu " + toolVersion);
            Raw("</title>\n<style>");
            Raw(Style);
            Raw("</style>\n</head>\n<body>\n<header>\n<h1>");
            Text(l.Heading);
            Raw("</h1>\n<p class=\"tool\">gumu ");
            Text(toolVersion);
            Raw("</p>\n<dl class=\"totals\">\n");
            Total("t-files", l.Files, summary.Files);
            Total("t-passed", l.Passed, summary.Passed);
            Total("t-errors", l.WithErrors, summary.WithErrors);
            Total("t-unreadable", l.Unreadable, summary.Unreadable);
            Total("t-error-count", l.ErrorCount, summary.Errors);
            Total("t-warning-count", l.WarningCount, summary.Warnings);
            if (summary.Infos > 0)
            {
                Total("t-info-count", l.InfoCount, summary.Infos);
            }

            Raw("</dl>\n</header>\n<main>\n");
            Controls();
            Raw("<table id=\"files\">\n<thead>\n<tr>");
            Raw("<th class=\"toggle-cell\"></th>");
            Head("index", l.Index, number: true, descendingFirst: false);
            Head("path", l.File, number: false, descendingFirst: false);
            Head("title", l.Title, number: false, descendingFirst: false);
            Head("year", l.Year, number: true, descendingFirst: false);
            Head("status", l.Status, number: true, descendingFirst: true);
            Head("errors", l.Errors, number: true, descendingFirst: true);
            Head("warnings", l.Warnings, number: true, descendingFirst: true);
            Raw("</tr>\n</thead>\n");
            for (var i = 0; i < results.Count; i++)
            {
                WriteFile(i + 1, results[i]);
            }

            Raw("</table>\n");
            if (results.Count == 0)
            {
                Raw("<p class=\"empty\">");
                Text(l.NoFiles);
                Raw("</p>\n");
            }

            Raw("</main>\n<script>");
            Raw(Script);
            Raw("</script>\n</body>\n</html>\n");
        }

        private void Controls()
        {
            Raw("<div class=\"controls js-only\">\n<input type=\"search\" id=\"filter-text\" autocomplete=\"off\"");
            Attr("placeholder", l.FilterPlaceholder);
            Attr("aria-label", l.FilterPlaceholder);
            Raw(">\n<select id=\"filter-status\"");
            Attr("aria-label", l.Status);
            Raw(">");
            Option(string.Empty, l.AllStatuses);
            Option("passed", l.StatusPassed);
            Option("errors", l.StatusErrors);
            Option("unreadable", l.StatusUnreadable);
            Raw("</select>\n<button type=\"button\" id=\"expand-all\">");
            Text(l.ExpandAll);
            Raw("</button>\n<button type=\"button\" id=\"collapse-all\">");
            Text(l.CollapseAll);
            Raw("</button>\n<span id=\"shown\" class=\"shown\" aria-live=\"polite\"");
            Attr("data-template", l.ShownTemplate);
            Raw("></span>\n</div>\n");
        }

        private void Option(string value, string label)
        {
            Raw("<option");
            Attr("value", value);
            Raw(">");
            Text(label);
            Raw("</option>");
        }

        private void Total(string cssClass, string label, int value)
        {
            Raw("<div");
            Attr("class", cssClass);
            Raw("><dt>");
            Text(label);
            Raw("</dt><dd>");
            Number(value);
            Raw("</dd></div>\n");
        }

        private void Head(string key, string label, bool number, bool descendingFirst)
        {
            Raw("<th");
            Attr("data-key", key);
            Attr("data-type", number ? "number" : "text");
            if (descendingFirst)
            {
                Attr("data-first", "descending");
            }

            if (number)
            {
                Attr("class", "num");
            }

            Raw("><button type=\"button\">");
            Text(label);
            Raw("<span class=\"arrow\"></span></button></th>");
        }

        private void WriteFile(int index, FileCheckResult result)
        {
            var status = StatusOf(result);
            var errors = result.Findings.Count(f => f.Severity == Severity.Error);
            var warnings = result.Findings.Count(f => f.Severity == Severity.Warning);
            var detailId = "findings-" + index.ToString(CultureInfo.InvariantCulture);

            Raw("<tbody");
            Attr("data-status", status);
            Raw(">\n<tr class=\"file\">");

            Raw("<td class=\"toggle-cell\">");
            if (result.Findings.Count > 0)
            {
                Raw("<button type=\"button\" class=\"toggle\" aria-expanded=\"true\"");
                Attr("aria-controls", detailId);
                Attr("aria-label", l.Toggle);
                Attr("title", l.Toggle);
                Raw("></button>");
            }

            Raw("</td>");

            Raw("<td class=\"num\">");
            Number(index);
            Raw("</td>");

            Raw("<td class=\"path\">");
            var slash = result.Path.AsSpan().LastIndexOfAny('/', '\\');
            if (slash >= 0)
            {
                Raw("<span class=\"dir\">");
                Text(result.Path[..(slash + 1)]);
                Raw("</span>");
            }

            Raw("<span class=\"name\">");
            Text(result.Path[(slash + 1)..]);
            Raw("</span></td>");

            if (string.IsNullOrWhiteSpace(result.Title))
            {
                Raw("<td class=\"title\" data-sort=\"\"><span class=\"none\">—</span></td>");
            }
            else
            {
                Raw("<td class=\"title\">");
                Text(result.Title);
                Raw("</td>");
            }

            if (result.Year is int year)
            {
                Raw("<td class=\"num\">");
                Number(year);
                Raw("</td>");
            }
            else
            {
                Raw("<td class=\"num\" data-sort=\"\"><span class=\"none\">—</span></td>");
            }

            Raw("<td");
            Attr("data-sort", status switch { "passed" => "0", "errors" => "1", _ => "2" });
            Raw("><span");
            Attr("class", "status status-" + status);
            Raw(">");
            Text(status switch { "passed" => l.StatusPassed, "errors" => l.StatusErrors, _ => l.StatusUnreadable });
            Raw("</span></td>");

            Count(errors, "n-errors");
            Count(warnings, "n-warnings");
            Raw("</tr>\n");

            if (result.Findings.Count > 0)
            {
                Details(detailId, result);
            }

            Raw("</tbody>\n");
        }

        private void Count(int value, string cssClass)
        {
            Raw("<td");
            Attr("class", value == 0 ? "num zero" : "num " + cssClass);
            Raw(">");
            Number(value);
            Raw("</td>");
        }

        private void Details(string id, FileCheckResult result)
        {
            Raw("<tr class=\"detail\"");
            Attr("id", id);
            Raw("><td");
            Attr("colspan", Columns.ToString(CultureInfo.InvariantCulture));
            Raw(">\n<div class=\"meta\"><span>");
            Text(l.Format + l.Colon + result.Format);
            Raw("</span>");
            if (result.RuleSet is not null)
            {
                Raw("<span>");
                Text(l.RuleSet + l.Colon + result.RuleSet + (result.RuleSetReason is { } reason ? l.Open + reason + l.Close : string.Empty));
                Raw("</span>");
            }

            Raw("</div>\n<table class=\"findings\">\n<thead><tr><th>");
            Text(l.Severity);
            Raw("</th><th>");
            Text(l.Rule);
            Raw("</th><th>");
            Text(l.Section);
            Raw("</th><th>");
            Text(l.Location);
            Raw("</th><th>");
            Text(l.Message);
            Raw("</th></tr></thead>\n<tbody>\n");
            foreach (var finding in result.Findings)
            {
                WriteFinding(finding);
            }

            Raw("</tbody>\n</table>\n</td></tr>\n");
        }

        private void WriteFinding(Finding finding)
        {
            var severity = finding.Severity.ToName();
            Raw("<tr><td class=\"nowrap\"><span");
            Attr("class", "sev sev-" + severity);
            Raw(">");
            Text(finding.Severity switch { Severity.Error => l.SeverityError, Severity.Warning => l.SeverityWarning, _ => l.SeverityInfo });
            Raw("</span></td><td class=\"rule\"><code>");
            Text(finding.RuleId);
            Raw("</code><span class=\"rule-name\">");
            Text(finding.Name);
            Raw("</span></td><td>");
            if (finding.Section is int section)
            {
                Text(string.Format(CultureInfo.InvariantCulture, l.SectionTemplate, section));
            }
            else
            {
                Raw("<span class=\"none\">—</span>");
            }

            Raw("</td><td>");
            var location = finding.Location?.Format(language);
            if (string.IsNullOrEmpty(location))
            {
                Raw("<span class=\"none\">—</span>");
            }
            else
            {
                Text(location);
            }

            Raw("</td><td><p class=\"msg\">");
            Text(finding.Message);
            Raw("</p>");
            if (!string.IsNullOrEmpty(finding.Evidence))
            {
                Raw("<blockquote class=\"evidence\"");
                Attr("data-label", l.Evidence);
                Raw(">");
                Text(finding.Evidence);
                Raw("</blockquote>");
            }

            if (finding.Properties.Count > 0)
            {
                Raw("<dl class=\"props\">");
                foreach (var (key, value) in finding.Properties)
                {
                    Raw("<div><dt>");
                    Text(key);
                    Raw("</dt><dd>");
                    Text(FormatValue(value));
                    Raw("</dd></div>");
                }

                Raw("</dl>");
            }

            Raw("</td></tr>\n");
        }

        private static string FormatValue(object? value) => value switch
        {
            null => "—",
            string s => s,
            bool b => b ? "true" : "false",
            System.Collections.IEnumerable list => string.Join(", ", list.Cast<object?>().Select(FormatValue)),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };

        /// <summary>Writes trusted markup. Only ever called with literals of this class and the embedded assets.</summary>
        private void Raw(string markup) => w.Write(markup);

        private void Text(string? text) => w.Write(Encode(text));

        private void Number(int value) => w.Write(value.ToString(CultureInfo.InvariantCulture));

        private void Attr(string name, string? value)
        {
            w.Write(' ');
            w.Write(name);
            w.Write("=\"");
            w.Write(Encode(value));
            w.Write('"');
        }
    }

    /// <summary>The page's fixed texts in one language.</summary>
    private sealed record Labels
    {
        public static readonly Labels Chinese = new()
        {
            LanguageTag = "zh-CN",
            Heading = "政府信息公开工作年度报告检查结果",
            Files = "文件",
            Passed = "通过",
            WithErrors = "有错误",
            Unreadable = "无法读取",
            ErrorCount = "错误",
            WarningCount = "警告",
            InfoCount = "提示",
            Index = "序号",
            File = "文件",
            Title = "标题",
            Year = "年度",
            Status = "状态",
            Errors = "错误",
            Warnings = "警告",
            StatusPassed = "通过",
            StatusErrors = "有错误",
            StatusUnreadable = "无法读取",
            AllStatuses = "全部状态",
            FilterPlaceholder = "按文件名或标题筛选",
            ExpandAll = "全部展开",
            CollapseAll = "全部收起",
            ShownTemplate = "显示 {0} / {1} 个文件",
            Toggle = "展开或收起问题",
            NoFiles = "没有检查任何文件。",
            Format = "格式",
            RuleSet = "规则集",
            Colon = ":",
            Open = "(",
            Close = ")",
            Severity = "级别",
            Rule = "规则",
            Section = "部分",
            Location = "位置",
            Message = "说明",
            Evidence = "原文",
            SeverityError = "错误",
            SeverityWarning = "警告",
            SeverityInfo = "提示",
            SectionTemplate = "第{0}部分",
        };

        public static readonly Labels English = new()
        {
            LanguageTag = "en",
            Heading = "Annual report check results",
            Files = "Files",
            Passed = "Passed",
            WithErrors = "With errors",
            Unreadable = "Unreadable",
            ErrorCount = "Errors",
            WarningCount = "Warnings",
            InfoCount = "Infos",
            Index = "#",
            File = "File",
            Title = "Title",
            Year = "Year",
            Status = "Status",
            Errors = "Errors",
            Warnings = "Warnings",
            StatusPassed = "passed",
            StatusErrors = "errors",
            StatusUnreadable = "unreadable",
            AllStatuses = "All statuses",
            FilterPlaceholder = "Filter by file name or title",
            ExpandAll = "Expand all",
            CollapseAll = "Collapse all",
            ShownTemplate = "Showing {0} of {1} files",
            Toggle = "Show or hide findings",
            NoFiles = "No files were checked.",
            Format = "Format",
            RuleSet = "Rule set",
            Colon = ": ",
            Open = " (",
            Close = ")",
            Severity = "Severity",
            Rule = "Rule",
            Section = "Section",
            Location = "Location",
            Message = "Message",
            Evidence = "Evidence",
            SeverityError = "error",
            SeverityWarning = "warning",
            SeverityInfo = "info",
            SectionTemplate = "Section {0}",
        };

        public required string LanguageTag { get; init; }

        public required string Heading { get; init; }

        public required string Files { get; init; }

        public required string Passed { get; init; }

        public required string WithErrors { get; init; }

        public required string Unreadable { get; init; }

        public required string ErrorCount { get; init; }

        public required string WarningCount { get; init; }

        public required string InfoCount { get; init; }

        public required string Index { get; init; }

        public required string File { get; init; }

        public required string Title { get; init; }

        public required string Year { get; init; }

        public required string Status { get; init; }

        public required string Errors { get; init; }

        public required string Warnings { get; init; }

        public required string StatusPassed { get; init; }

        public required string StatusErrors { get; init; }

        public required string StatusUnreadable { get; init; }

        public required string AllStatuses { get; init; }

        public required string FilterPlaceholder { get; init; }

        public required string ExpandAll { get; init; }

        public required string CollapseAll { get; init; }

        public required string ShownTemplate { get; init; }

        public required string Toggle { get; init; }

        public required string NoFiles { get; init; }

        public required string Format { get; init; }

        public required string RuleSet { get; init; }

        public required string Colon { get; init; }

        public required string Open { get; init; }

        public required string Close { get; init; }

        public required string Severity { get; init; }

        public required string Rule { get; init; }

        public required string Section { get; init; }

        public required string Location { get; init; }

        public required string Message { get; init; }

        public required string Evidence { get; init; }

        public required string SeverityError { get; init; }

        public required string SeverityWarning { get; init; }

        public required string SeverityInfo { get; init; }

        public required string SectionTemplate { get; init; }
    }
}
