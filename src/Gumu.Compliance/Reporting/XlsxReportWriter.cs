using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Reporting;

/// <summary>
/// An Excel workbook (Open XML SDK) for people who review reports in a spreadsheet: sheet
/// "汇总"/"Summary" with one row per input file and a totals row, sheet "问题"/"Findings" with one
/// row per finding, sheet "按规则"/"By rule" with one row per rule that fired and a totals row.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Header row bold on dark blue and frozen, an autofilter over each sheet's data (the totals
/// row stays below it, so sorting leaves it last), column widths from the content (CJK characters
/// count double, capped at 60), counts and years as numbers. Findings a baseline accepted are not
/// listed; when there are any, the summary and rule sheets get a column counting them.</item>
/// <item>Printing: A4 landscape, fitted to one page wide, the header row repeated on every page,
/// the sheet name and page number in the footer.</item>
/// <item>Text comes from untrusted documents: characters XML 1.0 forbids are removed (control
/// characters) or replaced with U+FFFD (unpaired surrogates), text that looks like Excel's
/// <c>_xHHHH_</c> escape is itself escaped so it reads back literally (and cannot decode to a
/// control character), and a cell longer than
/// Excel's 32,767 characters is cut and ends with "…". Strings are inline, never formulas.</item>
/// <item>More rows than a sheet holds (1,048,576) are cut, with a last row saying so.</item>
/// <item>Deterministic: fixed relationship ids, fixed document properties (creator "gumu", no
/// dates), and the package is re-zipped with fixed entry times, so the same results give the
/// same bytes.</item>
/// </list>
/// </remarks>
internal sealed class XlsxReportWriter : IReportWriter
{
    /// <summary>The most characters Excel keeps in a cell.</summary>
    public const int MaxCellText = 32_767;

    /// <summary>The most rows a worksheet holds, header included.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Style index of the header cells: bold white on dark blue, bordered.</summary>
    internal const uint HeaderStyle = 1;

    /// <summary>Style index of the totals row: bold on light grey, bordered.</summary>
    internal const uint TotalsStyle = 2;

    private const int MaxColumnWidth = 60;

    private const int MinColumnWidth = 6;

    private static readonly string[] SummaryHeaderZh = ["文件", "格式", "标题", "年度", "规则集", "选用理由", "状态", "错误数", "警告数"];

    private static readonly string[] SummaryHeaderEn = ["Path", "Format", "Title", "Year", "Rule set", "Why this rule set", "Status", "Errors", "Warnings"];

    private static readonly string[] RuleHeaderZh = ["规则", "名称", "类别", "说明", "错误", "警告", "提示", "合计", "文件数"];

    private static readonly string[] RuleHeaderEn = ["Rule", "Name", "Group", "Summary", "Errors", "Warnings", "Infos", "Total", "Files"];

    // Reproducible-build convention: the earliest time a zip entry can carry.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Write(Stream output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(run);

        var english = run.Language == Language.English;
        var anySuppressed = results.Any(r => r.Suppressed.Count > 0);
        var summaryRows = SummaryRows(results, english, anySuppressed).ToList();
        var summary = new SheetContent(
            english ? "Summary" : "汇总",
            [.. english ? SummaryHeaderEn : SummaryHeaderZh, .. anySuppressed ? [english ? "Suppressed" : "已接受数"] : Array.Empty<string>()],
            summaryRows,
            english,
            SummaryTotals(results, summaryRows, english, anySuppressed));
        var findings = new SheetContent(
            english ? "Findings" : "问题",
            english
                ? ["Path", "Rule", "Name", "Severity", "Section", "Location", "Message", "Evidence"]
                : ["文件", "规则", "名称", "级别", "部分", "位置", "消息", "证据"],
            FindingRows(results, run.Language).ToList(),
            english,
            null);
        var ruleRows = RuleRows(results, run.Language, anySuppressed).ToList();
        var rules = new SheetContent(
            english ? "By rule" : "按规则",
            [.. english ? RuleHeaderEn : RuleHeaderZh, .. anySuppressed ? [english ? "Suppressed" : "已接受"] : Array.Empty<string>()],
            ruleRows,
            english,
            RuleTotals(results, ruleRows, english, anySuppressed));

        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var core = document.AddNewPart<CoreFilePropertiesPart>("rId2");
            WriteCoreProperties(core, run, english);

            SheetContent[] sheets = [summary, findings, rules];
            var sheetElements = new Sheets();
            var filters = new List<DefinedName>();
            var titles = new List<DefinedName>();
            for (var i = 0; i < sheets.Length; i++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"rId{i + 1}");
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(id);
                worksheetPart.Worksheet = BuildWorksheet(sheets[i], selected: i == 0, out var range);
                sheetElements.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
                filters.Add(new DefinedName(QuoteSheet(sheets[i].Name) + "!" + Absolute(range))
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                });

                // The header row repeats on every printed page.
                titles.Add(new DefinedName(QuoteSheet(sheets[i].Name) + "!$1:$1")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }

            var styles = workbookPart.AddNewPart<WorkbookStylesPart>(string.Create(CultureInfo.InvariantCulture, $"rId{sheets.Length + 1}"));
            styles.Stylesheet = BuildStylesheet();
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetElements,
                new DefinedNames([.. filters, .. titles]));
        }

        WriteDeterministicZip(package, output);
    }

    /// <summary>Rows of the summary sheet: path, format, title, year, rule set and why, status, errors, warnings.</summary>
    private static IEnumerable<object?[]> SummaryRows(IReadOnlyList<FileCheckResult> results, bool english, bool withSuppressed)
    {
        foreach (var result in results)
        {
            var status = result.IsUnreadable
                ? english ? "unreadable" : "无法读取"
                : result.HasErrors
                    ? english ? "errors" : "有错误"
                    : english ? "passed" : "通过";
            yield return
            [
                result.Path,
                result.Format,
                result.Title,
                result.Year,
                result.RuleSet,
                result.RuleSetReason,
                status,
                result.Findings.Count(f => f.Severity == Severity.Error),
                result.Findings.Count(f => f.Severity == Severity.Warning),
                .. withSuppressed ? [result.Suppressed.Count] : Array.Empty<object?>(),
            ];
        }
    }

    /// <summary>The summary's totals row: how many files passed, had errors or were unreadable, and the sums of the counts.</summary>
    private static object?[] SummaryTotals(IReadOnlyList<FileCheckResult> results, List<object?[]> rows, bool english, bool withSuppressed)
    {
        var s = RunSummary.Of(results);
        return
        [
            english ? "Total" : "合计",
            null,
            null,
            null,
            null,
            null,
            english
                ? string.Create(CultureInfo.InvariantCulture, $"{s.Passed} passed, {s.WithErrors} with errors, {s.Unreadable} unreadable")
                : string.Create(CultureInfo.InvariantCulture, $"{s.Passed} 个通过，{s.WithErrors} 个有错误，{s.Unreadable} 个无法读取"),
            rows.Sum(r => (int)r[7]!),
            rows.Sum(r => (int)r[8]!),
            .. withSuppressed ? [rows.Sum(r => (int)r[9]!)] : Array.Empty<object?>(),
        ];
    }

    /// <summary>Rows of the rule sheet: one per rule that has findings (or suppressed ones), by rule id, with counts per severity and the files it concerns.</summary>
    private static IEnumerable<object?[]> RuleRows(IReadOnlyList<FileCheckResult> results, Language language, bool withSuppressed)
    {
        var ids = results.SelectMany(r => r.Findings.Concat(r.Suppressed)).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var findings = results.SelectMany(r => r.Findings).Where(f => f.RuleId == id).ToList();
            var name = findings.FirstOrDefault()?.Name ?? results.SelectMany(r => r.Suppressed).First(f => f.RuleId == id).Name;
            var catalog = Rules.RuleCatalog.Default;
            yield return
            [
                id,
                name,
                RuleGroup.LabelOf(id, language),
                catalog.Contains(id) ? catalog[id].Summary.In(language) : null,
                findings.Count(f => f.Severity == Severity.Error),
                findings.Count(f => f.Severity == Severity.Warning),
                findings.Count(f => f.Severity == Severity.Info),
                findings.Count,
                results.Count(r => r.Findings.Any(f => f.RuleId == id)),
                .. withSuppressed ? [results.Sum(r => r.Suppressed.Count(f => f.RuleId == id))] : Array.Empty<object?>(),
            ];
        }
    }

    private static object?[] RuleTotals(IReadOnlyList<FileCheckResult> results, List<object?[]> rows, bool english, bool withSuppressed) =>
    [
        english ? "Total" : "合计",
        null,
        null,
        null,
        rows.Sum(r => (int)r[4]!),
        rows.Sum(r => (int)r[5]!),
        rows.Sum(r => (int)r[6]!),
        rows.Sum(r => (int)r[7]!),
        results.Count(r => r.Findings.Count > 0),
        .. withSuppressed ? [rows.Sum(r => (int)r[9]!)] : Array.Empty<object?>(),
    ];

    /// <summary>Rows of the findings sheet: path, rule id, name, severity, section, location, message, evidence.</summary>
    private static IEnumerable<object?[]> FindingRows(IReadOnlyList<FileCheckResult> results, Language language)
    {
        var english = language == Language.English;
        foreach (var result in results)
        {
            foreach (var finding in result.Findings)
            {
                var location = finding.Location?.Format(language);
                yield return
                [
                    result.Path,
                    finding.RuleId,
                    finding.Name,
                    finding.Severity switch
                    {
                        Severity.Error => english ? "error" : "错误",
                        Severity.Warning => english ? "warning" : "警告",
                        _ => english ? "info" : "提示",
                    },
                    finding.Section,
                    string.IsNullOrEmpty(location) ? null : location,
                    finding.Message,
                    finding.Evidence,
                ];
            }
        }
    }

    private static Worksheet BuildWorksheet(SheetContent sheet, bool selected, out string range)
    {
        var columnCount = sheet.Header.Count;
        var rows = sheet.Rows;
        var dataRows = Math.Min(rows.Count, MaxRows - 1);
        var truncated = rows.Count > MaxRows - 1;
        if (truncated)
        {
            dataRows = MaxRows - 2;
        }

        var widths = new int[columnCount];
        var sheetData = new SheetData();
        var header = new Row { RowIndex = 1U };
        for (var c = 0; c < columnCount; c++)
        {
            header.Append(TextCell(CellReference(c, 1), sheet.Header[c], HeaderStyle));
            widths[c] = DisplayWidth(sheet.Header[c]) + 2;
        }

        sheetData.Append(header);
        for (var r = 0; r < dataRows; r++)
        {
            sheetData.Append(BuildRow((uint)(r + 2), rows[r], null, widths));
        }

        var lastRow = (uint)(dataRows + 1);
        if (truncated)
        {
            lastRow++;
            var note = sheet.English
                ? string.Create(CultureInfo.InvariantCulture, $"… {rows.Count - dataRows} more rows not shown: a worksheet holds at most {MaxRows} rows. Use --format json for all of them.")
                : string.Create(CultureInfo.InvariantCulture, $"……另有 {rows.Count - dataRows} 行未列出：工作表最多 {MaxRows} 行；完整结果请用 --format json 输出。");
            sheetData.Append(new Row(TextCell(CellReference(0, lastRow), note, null)) { RowIndex = lastRow });
        }

        // The totals row stays outside the filter range, so sorting and filtering leave it last.
        var withTotals = sheet.Totals is not null && rows.Count > 0 && lastRow < MaxRows;
        if (withTotals)
        {
            sheetData.Append(BuildRow(lastRow + 1, sheet.Totals!, TotalsStyle, widths));
        }

        range = string.Create(CultureInfo.InvariantCulture, $"A1:{ColumnName(columnCount - 1)}{lastRow}");
        var columns = new Columns();
        for (var c = 0; c < columnCount; c++)
        {
            columns.Append(new Column
            {
                Min = (uint)(c + 1),
                Max = (uint)(c + 1),
                Width = Math.Clamp(widths[c], MinColumnWidth, MaxColumnWidth) + 1,
                CustomWidth = true,
            });
        }

        var view = new SheetView(
            new Pane
            {
                VerticalSplit = 1D,
                TopLeftCell = "A2",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            },
            new DocumentFormat.OpenXml.Spreadsheet.Selection
            {
                Pane = PaneValues.BottomLeft,
                ActiveCell = "A2",
                SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" },
            })
        {
            TabSelected = selected,
            WorkbookViewId = 0U,
        };

        var used = !withTotals
            ? range
            : string.Create(CultureInfo.InvariantCulture, $"A1:{ColumnName(columnCount - 1)}{lastRow + 1}");
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = used },
            new SheetViews(view),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            columns,
            sheetData,
            new AutoFilter { Reference = range },
            new PageMargins { Left = 0.5D, Right = 0.5D, Top = 0.6D, Bottom = 0.6D, Header = 0.3D, Footer = 0.3D },

            // A4 (9), landscape, as wide as one page and as many pages down as it takes.
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U },
            new HeaderFooter(new OddFooter(sheet.English ? "&L&A&RPage &P of &N" : "&L&A&R第 &P 页，共 &N 页")));
    }

    private static Row BuildRow(uint rowIndex, object?[] values, uint? style, int[] widths)
    {
        var row = new Row { RowIndex = rowIndex };
        for (var c = 0; c < values.Length; c++)
        {
            switch (values[c])
            {
                case null:
                    break;
                case int number:
                    var numberCell = new Cell
                    {
                        CellReference = CellReference(c, rowIndex),
                        CellValue = new CellValue(number),
                    };
                    if (style is uint s)
                    {
                        numberCell.StyleIndex = s;
                    }

                    row.Append(numberCell);
                    widths[c] = Math.Max(widths[c], number.ToString(CultureInfo.InvariantCulture).Length);
                    break;
                case string text:
                    var cell = TextCell(CellReference(c, rowIndex), text, style);
                    row.Append(cell);
                    widths[c] = Math.Max(widths[c], DisplayWidth(cell.InlineString!.InnerText));
                    break;
                default:
                    throw new InvalidOperationException("Unexpected cell value " + values[c]!.GetType());
            }
        }

        return row;
    }

    private static Cell TextCell(string reference, string text, uint? style)
    {
        var value = CellText(text);
        var element = new DocumentFormat.OpenXml.Spreadsheet.Text(value);
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value.Contains('\n', StringComparison.Ordinal)))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }

        var cell = new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(element),
        };
        if (style is uint s)
        {
            cell.StyleIndex = s;
        }

        return cell;
    }

    /// <summary>
    /// The text to store for a cell: XML-safe, at most <see cref="MaxCellText"/> characters as
    /// Excel counts them, with literal "_xHHHH_" protected from Excel's unescaping.
    /// </summary>
    internal static string CellText(string text) =>
        EscapeExcelEscapes(OutputText.Truncate(OutputText.ForXml(text), MaxCellText));

    /// <summary>
    /// Excel reads "_xHHHH_" in cell text as the character U+HHHH (ECMA-376 ST_Xstring), and
    /// LibreOffice also shorter forms such as "_x1_"; a document that contains such text
    /// literally would read back changed (or smuggle in a control character), so the underscore
    /// that starts it is itself written as "_x005F_".
    /// </summary>
    internal static string EscapeExcelEscapes(string text)
    {
        if (!text.Contains("_x", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '_' && IsExcelEscape(text, i))
            {
                builder.Append("_x005F");
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    // "_x" then hex digits then "_". Excel decodes four digits; LibreOffice also decodes one to
    // four (e.g. "_x1_" becomes U+0001), so any of those lengths is protected.
    private static bool IsExcelEscape(string text, int i)
    {
        if (i + 3 >= text.Length || (text[i + 1] != 'x' && text[i + 1] != 'X'))
        {
            return false;
        }

        var k = i + 2;
        while (k < text.Length && k < i + 6 && char.IsAsciiHexDigit(text[k]))
        {
            k++;
        }

        return k > i + 2 && k < text.Length && text[k] == '_';
    }

    private static Stylesheet BuildStylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new Color { Rgb = "FFFFFFFF" }, new FontName { Val = "Calibri" }))
        { Count = 3U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FF1F4E79" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 4U },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center })
            {
                NumberFormatId = 0U, FontId = 2U, FillId = 2U, BorderId = 1U, FormatId = 0U,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            },
            new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 3U, BorderId = 1U, FormatId = 0U, ApplyFont = true, ApplyFill = true, ApplyBorder = true })
        { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    private static void WriteCoreProperties(CoreFilePropertiesPart part, ReportWriterOptions run, bool english)
    {
        var title = english ? "gumu check results" : "gumu 检查结果";
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>" + System.Security.SecurityElement.Escape(title) + "</dc:title>"
            + "<dc:creator>" + System.Security.SecurityElement.Escape(OutputText.ForXml("gumu " + run.ToolVersion)) + "</dc:creator>"
            + "</cp:coreProperties>";
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = new UTF8Encoding(false).GetBytes(xml);
        stream.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Copies the package into a new zip with fixed entry times, then to the output, so equal content gives equal bytes.</summary>
    private static void WriteDeterministicZip(MemoryStream package, Stream output)
    {
        package.Position = 0;
        using var copy = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(copy, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                to.LastWriteTime = EntryTime;
                using var reader = entry.Open();
                using var writer = to.Open();
                reader.CopyTo(writer);
            }
        }

        copy.Position = 0;
        copy.CopyTo(output);
    }

    /// <summary>Column width in characters: East Asian wide and full-width characters count two; the longest line counts.</summary>
    private static int DisplayWidth(string text)
    {
        var widest = 0;
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                widest = Math.Max(widest, width);
                width = 0;
                continue;
            }

            width += IsWide(rune.Value) ? 2 : 1;
            if (width > MaxColumnWidth)
            {
                return MaxColumnWidth;
            }
        }

        return Math.Max(widest, width);
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);

    private static string CellReference(int column, uint row) =>
        ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>"A" for 0, "Z" for 25, "AA" for 26 …</summary>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string QuoteSheet(string name) => "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(r =>
        {
            var digits = 0;
            while (digits < r.Length && !char.IsAsciiDigit(r[digits]))
            {
                digits++;
            }

            return "$" + r[..digits] + "$" + r[digits..];
        }));

    private sealed record SheetContent(string Name, IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows, bool English, object?[]? Totals);
}
