using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Reporting;

/// <summary>
/// One self-contained HTML5 page for people: a summary band (counts, check date, rule sets), an
/// inline SVG chart of findings per severity and per rule, a table of issuers × rule groups, and a
/// sortable, filterable table with a row per file and its findings (located in the reader's terms,
/// with evidence, expected value and 修改方法) under it. Responsive down to phone width; prints
/// on A4 landscape. <see cref="WriteFeedback"/> writes one file's page for the body that submitted it. All CSS and JS are inline (embedded
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

    /// <summary>Writes the office's page: summary band, chart, issuer × rule group table, every file's findings.</summary>
    public void Write(Stream output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run) => Write(output, results, run, feedback: false);

    /// <summary>
    /// Writes one file's page for the body that submitted it: its summary and its findings, open,
    /// without the office's overview and controls.
    /// </summary>
    public static void WriteFeedback(Stream output, FileCheckResult result, ReportWriterOptions run) => Write(output, [result], run, feedback: true);

    private static void Write(Stream output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run, bool feedback)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(run);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        new Page(writer, run.Language == Language.English ? Labels.English : Labels.Chinese, run.Language, feedback).Write(results, run);
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
    private sealed class Page(TextWriter w, Labels l, Language language, bool feedback)
    {
        private const int Columns = 8;

        public void Write(IReadOnlyList<FileCheckResult> results, ReportWriterOptions run)
        {
            var toolVersion = run.ToolVersion;
            var summary = RunSummary.Of(results);
            var heading = feedback ? l.FeedbackHeading : l.Heading;
            Raw("<!DOCTYPE html>\n<html");
            Attr("lang", l.LanguageTag);
            Raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\"");
            Attr("content", ContentSecurityPolicy);
            Raw(">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\"");
            Attr("content", "gumu " + toolVersion);
            Raw(">\n<title>");
            Text((feedback && results[0].Title is { Length: > 0 } reportTitle ? reportTitle + " · " : string.Empty) + heading + " · gumu " + toolVersion);
            Raw("</title>\n<style>");
            Raw(Style);
            Raw("</style>\n</head>\n<body>\n<header>\n<h1>");
            Text(heading);
            Raw("</h1>\n");
            if (feedback)
            {
                Raw("<p class=\"report-title\">");
                Text(string.IsNullOrWhiteSpace(results[0].Title) ? results[0].Path : results[0].Title);
                Raw("</p>\n");
            }

            Raw("<p class=\"tool\">gumu ");
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

            if (summary.Suppressed > 0)
            {
                Total("t-suppressed", l.Suppressed, summary.Suppressed);
            }

            if (run.CheckDate is DateOnly date)
            {
                Raw("<div class=\"t-date\"><dt>");
                Text(l.CheckDate);
                Raw("</dt><dd>");
                Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Raw("</dd></div>\n");
            }

            Raw("</dl>\n");
            RuleSets(results);
            Raw("</header>\n<main>\n");
            if (!feedback && summary.Errors + summary.Warnings + summary.Infos > 0)
            {
                Raw("<section class=\"overview\">\n<h2>");
                Text(l.ChartHeading);
                Raw("</h2>\n");
                Chart(results);
                Raw("<h2>");
                Text(l.MatrixHeading);
                Raw("</h2>\n");
                Matrix(results);
                Raw("</section>\n");
            }

            if (!feedback)
            {
                Raw("<h2 class=\"files-heading\">");
                Text(l.FilesHeading);
                Raw("</h2>\n");
                Controls();
            }

            Raw(feedback ? "<table id=\"files\" data-open=\"all\">\n<thead>\n<tr>" : "<table id=\"files\">\n<thead>\n<tr>");
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

        /// <summary>The rule sets the files were checked against, each with its number of files.</summary>
        private void RuleSets(IReadOnlyList<FileCheckResult> results)
        {
            var used = results.Where(r => r.RuleSet is not null).GroupBy(r => r.RuleSet!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (used.Count == 0)
            {
                return;
            }

            Raw("<p class=\"rule-sets\">");
            Text(l.RuleSetsUsed + l.Colon);
            for (var i = 0; i < used.Count; i++)
            {
                if (i > 0)
                {
                    Text(l.ListSeparator);
                }

                Raw("<code>");
                Text(used[i].Key);
                Raw("</code>");
                Text(string.Format(CultureInfo.InvariantCulture, l.FileCountTemplate, used[i].Count()));
            }

            Raw("</p>\n");
        }

        /// <summary>
        /// A horizontal bar chart as inline SVG (no script, no style attribute: colours come from
        /// the style sheet's classes): findings per severity, then per rule, each rule's bar split
        /// by severity.
        /// </summary>
        private void Chart(IReadOnlyList<FileCheckResult> results)
        {
            var findings = results.SelectMany(r => r.Findings).ToList();
            var severities = new[] { Severity.Error, Severity.Warning, Severity.Info }
                .Select(s => (Severity: s, Count: findings.Count(f => f.Severity == s))).Where(x => x.Count > 0).ToList();
            var rules = findings.GroupBy(f => f.RuleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Rule: g.Key, Name: g.First().Name, Counts: new[] { Severity.Error, Severity.Warning, Severity.Info }.Select(s => g.Count(f => f.Severity == s)).ToArray()))
                .ToList();
            var max = Math.Max(severities.Max(x => x.Count), rules.Max(r => r.Counts.Sum()));
            const int Width = 720, Label = 300, Bar = 360, Row = 24, Gap = 16;
            var rows = severities.Count + rules.Count;
            var height = (rows * Row) + Gap;
            var c = CultureInfo.InvariantCulture;

            Raw("<svg class=\"chart\" role=\"img\"");
            Attr("viewBox", string.Create(c, $"0 0 {Width} {height}"));
            Attr("aria-label", l.ChartHeading);
            Raw(">\n<title>");
            Text(l.ChartHeading);
            Raw("</title>\n");
            var y = 0;
            foreach (var (severity, count) in severities)
            {
                ChartRow(y, SeverityLabel(severity), [(severity, count)], max, Label, Bar, Row);
                y += Row;
            }

            y += Gap;
            foreach (var (rule, name, counts) in rules)
            {
                ChartRow(y, rule + " " + name, [(Severity.Error, counts[0]), (Severity.Warning, counts[1]), (Severity.Info, counts[2])], max, Label, Bar, Row);
                y += Row;
            }

            Raw("</svg>\n");
        }

        private void ChartRow(int y, string label, (Severity Severity, int Count)[] parts, int max, int labelWidth, int barWidth, int rowHeight)
        {
            var c = CultureInfo.InvariantCulture;
            Raw("<g class=\"chart-row\">");
            Raw(string.Create(c, $"<text class=\"chart-label\" x=\"{labelWidth - 8}\" y=\"{y + (rowHeight / 2) + 5}\" text-anchor=\"end\">"));
            Text(label);
            Raw("</text>");
            var x = labelWidth;
            foreach (var (severity, count) in parts.Where(p => p.Count > 0))
            {
                var width = Math.Max(2, (int)Math.Round((double)barWidth * count / max));
                Raw(string.Create(c, $"<rect class=\"bar bar-{severity.ToName()}\" x=\"{x}\" y=\"{y + 4}\" width=\"{width}\" height=\"{rowHeight - 8}\">"));
                Raw("<title>");
                Text(SeverityLabel(severity) + l.Colon + count.ToString(c));
                Raw("</title></rect>");
                x += width;
            }

            Raw(string.Create(c, $"<text class=\"chart-count\" x=\"{x + 6}\" y=\"{y + (rowHeight / 2) + 5}\">"));
            Number(parts.Sum(p => p.Count));
            Raw("</text></g>\n");
        }

        /// <summary>One row per file (named by its issuer where the title gives one) × the rule groups GM0xxx–GM4xxx.</summary>
        private void Matrix(IReadOnlyList<FileCheckResult> results)
        {
            Raw("<div class=\"scroll\">\n<table class=\"matrix\">\n<thead><tr><th>");
            Text(l.Issuer);
            Raw("</th>");
            for (var g = 0; g < RuleGroup.Count; g++)
            {
                Raw("<th class=\"num\">");
                Text(RuleGroup.Label(g, language));
                Raw("</th>");
            }

            Raw("<th class=\"num\">");
            Text(l.Total);
            Raw("</th></tr></thead>\n<tbody>\n");
            var totals = new int[RuleGroup.Count + 1];
            foreach (var result in results)
            {
                Raw("<tr><th>");
                Text(IssuerOf(result));
                Raw("<span class=\"matrix-path\">");
                Text(result.Path);
                Raw("</span></th>");
                for (var g = 0; g <= RuleGroup.Count; g++)
                {
                    var count = g < RuleGroup.Count ? result.Findings.Count(f => RuleGroup.Of(f.RuleId) == g) : result.Findings.Count;
                    totals[g] += count;
                    MatrixCell(count);
                }

                Raw("</tr>\n");
            }

            Raw("</tbody>\n<tfoot><tr><th>");
            Text(l.Total);
            Raw("</th>");
            foreach (var total in totals)
            {
                MatrixCell(total);
            }

            Raw("</tr></tfoot>\n</table>\n</div>\n");
        }

        private void MatrixCell(int count)
        {
            Raw(count == 0 ? "<td class=\"num zero\">" : "<td class=\"num\">");
            Number(count);
            Raw("</td>");
        }

        /// <summary>The body that issued the report: the title's words before its year ("兰溪镇人民政府"), else the file name.</summary>
        private static string IssuerOf(FileCheckResult result)
        {
            if (result.Title is { Length: > 0 } title)
            {
                var match = System.Text.RegularExpressions.Regex.Match(title, @"^\s*(.+?)\s*(?:19|20)\d{2}\s*年", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                if (match.Success)
                {
                    return match.Groups[1].Value;
                }
            }

            return Path.GetFileName(result.Path.Replace('\\', '/'));
        }

        private string SeverityLabel(Severity severity) =>
            severity switch { Severity.Error => l.SeverityError, Severity.Warning => l.SeverityWarning, _ => l.SeverityInfo };

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
            var location = ReaderLocation(finding, language);
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

            var values = finding.Properties
                .Where(p => PropertyLabel(p.Key) is not null && p.Value is not null)

                // The row's and column's words already follow the row and column numbers in the location.
                .Where(p => !(p.Key == "row" && finding.Location?.Row is not null) && !(p.Key == "column" && finding.Location?.Cell is not null))
                .OrderBy(p => p.Key is "expected" or "computed" ? 0 : 1)
                .ToList();
            if (values.Count > 0)
            {
                Raw("<dl class=\"props\">");
                foreach (var (key, value) in values)
                {
                    Raw(key is "expected" or "computed" ? "<div class=\"expected\"><dt>" : "<div><dt>");
                    Text(PropertyLabel(key));
                    Raw("</dt><dd>");
                    Text(FormatValue(value));
                    Raw("</dd></div>");
                }

                Raw("</dl>");
            }

            Raw("<p class=\"fix\"");
            Attr("data-label", l.Fix);
            Raw(">");
            Text(RuleHelp.Fix(finding.RuleId, language));
            Raw("</p></td></tr>\n");
        }

        /// <summary>
        /// The finding's place as a reader finds it: page, table, row and column (with the row's
        /// and column's own words when the rule names them), paragraph, or line on a PDF page.
        /// Lines and columns of HTML or text source are for tools, not readers: left out.
        /// </summary>
        internal static string ReaderLocation(Finding finding, Language language)
        {
            var english = language == Language.English;
            var c = CultureInfo.InvariantCulture;
            var parts = new List<string>();
            if (finding.Location is not { } at)
            {
                return string.Empty;
            }

            if (at.Page is int page)
            {
                parts.Add(english ? string.Create(c, $"page {page}") : string.Create(c, $"第{page}页"));
            }

            if (at.Table is int table)
            {
                parts.Add(english ? string.Create(c, $"table {table}") : string.Create(c, $"表{table}"));
                if (at.Row is int row)
                {
                    parts.Add((english ? string.Create(c, $"row {row}") : string.Create(c, $"第{row}行")) + Words(finding.Property("row"), english));
                }

                if (at.Cell is int cell)
                {
                    parts.Add((english ? string.Create(c, $"column {cell}") : string.Create(c, $"第{cell}列")) + Words(finding.Property("column"), english));
                }
            }
            else if (at.Paragraph is int paragraph)
            {
                parts.Add(english ? string.Create(c, $"paragraph {paragraph}") : string.Create(c, $"第{paragraph}段"));
            }
            else if (at.Page is not null && at.Line is int line)
            {
                parts.Add(english ? string.Create(c, $"line {line}") : string.Create(c, $"第{line}行"));
            }

            if (parts.Count == 0)
            {
                return string.Empty;
            }

            var text = string.Join(english ? ", " : " ", parts);
            return at.InConvertedCopy ? text + (english ? " (in the converted copy)" : "（转换后的副本）") : text;
        }

        private static string Words(object? words, bool english) =>
            words is string { Length: > 0 } s ? (english ? " (" + s + ")" : "（" + s + "）") : string.Empty;

        /// <summary>The label of a property readers need (the expected value, the figures compared), or null for the others.</summary>
        private string? PropertyLabel(string key) => key switch
        {
            "expected" => l.Expected,
            "computed" => l.Computed,
            "stated" => l.Stated,
            "table" => l.InTable,
            "parts" => l.Parts,
            "actual" or "found" => l.Found,
            "missing" => l.Missing,
            "published" => l.Published,
            "deadline" => l.Deadline,
            "row" => l.RowWords,
            "column" => l.ColumnWords,
            _ => null,
        };

        private static string FormatValue(object? value) => value switch
        {
            null => "—",
            string s => s,
            bool b => b ? "✓" : "✗",
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
            Colon = "：",
            Open = "（",
            Close = "）",
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
            FeedbackHeading = "政府信息公开工作年度报告检查反馈",
            Suppressed = "已接受（基线）",
            CheckDate = "检查日期",
            ChartHeading = "问题分布（按级别、按规则）",
            MatrixHeading = "各单位问题分类",
            FilesHeading = "逐份报告",
            RuleSetsUsed = "使用的规则集",
            ListSeparator = "，",
            FileCountTemplate = "（{0} 个文件）",
            Issuer = "单位",
            Total = "合计",
            Fix = "修改方法",
            Expected = "应为",
            Computed = "计算应为",
            Stated = "文中数字",
            InTable = "统计表",
            Parts = "分项",
            Found = "实际",
            Missing = "缺少",
            Published = "发布日期",
            Deadline = "期限",
            RowWords = "行",
            ColumnWords = "列",
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
            FeedbackHeading = "Annual report check: feedback",
            Suppressed = "Suppressed (baseline)",
            CheckDate = "Checked on",
            ChartHeading = "Findings by severity and by rule",
            MatrixHeading = "Findings per issuer and rule group",
            FilesHeading = "Reports",
            RuleSetsUsed = "Rule sets used",
            ListSeparator = ", ",
            FileCountTemplate = " ({0} files)",
            Issuer = "Issuer",
            Total = "Total",
            Fix = "How to fix",
            Expected = "Expected",
            Computed = "Computed",
            Stated = "Stated",
            InTable = "In the table",
            Parts = "Parts",
            Found = "Found",
            Missing = "Missing",
            Published = "Published",
            Deadline = "Deadline",
            RowWords = "Row",
            ColumnWords = "Column",
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

        public required string FeedbackHeading { get; init; }

        public required string Suppressed { get; init; }

        public required string CheckDate { get; init; }

        public required string ChartHeading { get; init; }

        public required string MatrixHeading { get; init; }

        public required string FilesHeading { get; init; }

        public required string RuleSetsUsed { get; init; }

        public required string ListSeparator { get; init; }

        public required string FileCountTemplate { get; init; }

        public required string Issuer { get; init; }

        public required string Total { get; init; }

        public required string Fix { get; init; }

        public required string Expected { get; init; }

        public required string Computed { get; init; }

        public required string Stated { get; init; }

        public required string InTable { get; init; }

        public required string Parts { get; init; }

        public required string Found { get; init; }

        public required string Missing { get; init; }

        public required string Published { get; init; }

        public required string Deadline { get; init; }

        public required string RowWords { get; init; }

        public required string ColumnWords { get; init; }
    }
}
