using DocumentFormat.OpenXml;
using Gumu.SampleBuilder.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>
/// Renders a report as a DOCX the way a township office's Word file looks: the section headings use
/// the paragraph style "SectionHeading", which carries automatic chineseCounting numbering
/// ("%1、"), so no "一、" is typed in document.xml; sub-headings "（一）" are typed; tables merge
/// cells with gridSpan and vMerge.
/// </summary>
internal static class DocxRenderer
{
    private const string SectionHeadingStyle = "SectionHeading";

    private const string SubHeadingStyle = "SubHeading";

    private const string TableTextStyle = "TableText";

    private const string TableStyle = "TableGrid";

    private const int SectionNumberingId = 1;

    // Twips of the four grid columns: "其中" | label | 单位 | 统计数.
    private static readonly int[] Columns = [907, 4479, 1134, 1985];

    // Width of a national form's table in twips (the text width of the page), shared by its grid columns by weight.
    private const int FormTableWidth = 8844;

    public static byte[] Render(AnnualReport report, string what)
    {
        ArgumentNullException.ThrowIfNull(report);
        var body = new W.Body();
        body.Append(Titled(report.Title));
        body.Append(new W.Paragraph(new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Center })));
        foreach (var paragraph in report.Intro)
        {
            body.Append(BodyParagraph(paragraph));
        }

        foreach (var section in report.Sections)
        {
            body.Append(Para(new W.ParagraphProperties(new W.ParagraphStyleId { Val = SectionHeadingStyle }), Runs(section.Title)));
            foreach (var block in section.Body)
            {
                body.Append(block switch
                {
                    Paragraph paragraph => BodyParagraph(paragraph),
                    SubHeading sub => Para(new W.ParagraphProperties(new W.ParagraphStyleId { Val = SubHeadingStyle }), Runs(sub.Text)),
                    StatisticsTableBlock table => Table(table.Table),
                    FormTableBlock form => FormTable(FormLayout.Of(form.Table)),
                    _ => throw new NotSupportedException($"{what}: DOCX has no rendering for {block.GetType().Name}."),
                });
            }
        }

        foreach (var line in report.Signature)
        {
            body.Append(Para(
                new W.ParagraphProperties(new W.Indentation { FirstLine = "0", FirstLineChars = 0 }, new W.Justification { Val = W.JustificationValues.Right }),
                Runs(line)));
        }

        body.Append(new W.SectionProperties(
            new W.PageSize { Width = 11906U, Height = 16838U },
            new W.PageMargin { Top = 2098, Right = 1474U, Bottom = 1984, Left = 1588U, Header = 851U, Footer = 992U, Gutter = 0U },
            new W.Columns { Space = "425" },
            new W.DocGrid { Type = W.DocGridValues.Lines, LinePitch = 579 }));

        var bytes = DocxPackage.Write(
            new W.Document(body).OuterXml,
            Styles().OuterXml,
            Numbering().OuterXml,
            Settings().OuterXml,
            report.Title,
            report.Metadata);
        DocxPackage.Validate(bytes, what);
        return bytes;
    }

    private static W.Paragraph Titled(string title) => Para(
        new W.ParagraphProperties(
            new W.Indentation { FirstLine = "0", FirstLineChars = 0 },
            new W.Justification { Val = W.JustificationValues.Center }),
        Runs(title, () => new W.RunProperties(
            new W.RunFonts { EastAsia = "方正小标宋简体" },
            new W.Bold(),
            new W.FontSize { Val = "44" },
            new W.FontSizeComplexScript { Val = "44" })));

    private static W.Paragraph Para(W.ParagraphProperties properties, IEnumerable<W.Run> runs)
    {
        var p = new W.Paragraph(properties);
        p.Append(runs);
        return p;
    }

    private static W.Paragraph BodyParagraph(Paragraph paragraph)
    {
        var p = new W.Paragraph();
        if (paragraph.Lead is not null)
        {
            p.Append(Runs(paragraph.Lead, () => new W.RunProperties(new W.RunFonts { EastAsia = "楷体_GB2312" }, new W.Bold())));
        }

        p.Append(Runs(paragraph.Text));
        return p;
    }

    /// <summary>
    /// Runs split where the script changes, as Word saves them: CJK runs carry the eastAsia font
    /// hint, Latin and digit runs do not, so a figure is a run of its own.
    /// </summary>
    private static IEnumerable<W.Run> Runs(string text, Func<W.RunProperties>? properties = null) =>
        TextSegments.ByScript(text).Select(segment =>
        {
            var rPr = properties?.Invoke() ?? new W.RunProperties();
            if (!segment.IsAscii)
            {
                var fonts = rPr.GetFirstChild<W.RunFonts>();
                if (fonts is null)
                {
                    rPr.PrependChild(new W.RunFonts { Hint = W.FontTypeHintValues.EastAsia });
                }
                else
                {
                    fonts.Hint = W.FontTypeHintValues.EastAsia;
                }
            }

            var run = new W.Run();
            if (rPr.HasChildren)
            {
                run.Append(rPr);
            }

            run.Append(new W.Text(segment.Text) { Space = segment.Text.Trim().Length == segment.Text.Length ? null : SpaceProcessingModeValues.Preserve });
            return run;
        });

    private static W.Table Table(StatisticsTable table)
    {
        var grid = new W.TableGrid(Columns.Select(c => new W.GridColumn { Width = c.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var tbl = new W.Table(
            new W.TableProperties(
                new W.TableStyle { Val = TableStyle },
                new W.TableWidth { Width = Columns.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                new W.TableJustification { Val = W.TableRowAlignmentValues.Center },
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            grid);

        var header = new W.TableRow(new W.TableRowProperties(new W.TableHeader()));
        header.Append(Cell(StatisticsTemplate.HeaderLabel, 0, span: 2), Cell(StatisticsTemplate.HeaderUnit, 2), Cell(StatisticsTemplate.HeaderValue, 3));
        tbl.Append(header);

        foreach (var line in StatisticsTemplate.Lines)
        {
            var row = new W.TableRow(new W.TableRowProperties(new W.TableRowHeight { Val = 397U }));
            if (StatisticsTemplate.IsInGroup(line.Number))
            {
                row.Append(line.Number == StatisticsTemplate.GroupFirst
                    ? Cell(StatisticsTemplate.GroupLabel, 0, merge: W.MergedCellValues.Restart)
                    : Cell(string.Empty, 0, merge: W.MergedCellValues.Continue));
                row.Append(Cell(line.Label, 1, left: true));
            }
            else
            {
                row.Append(Cell(line.Label, 0, span: 2, left: true));
            }

            row.Append(Cell(line.Unit, 2), Cell(line.IsHeader ? StatisticsTemplate.NotApplicable : table.Text(line.Number), 3));
            tbl.Append(row);
        }

        return tbl;
    }

    private static W.TableCell Cell(string text, int column, int span = 1, W.MergedCellValues? merge = null, bool left = false) =>
        SizedCell(text, Columns.Skip(column).Take(span).Sum(), span, merge, left, bold: false);

    private static W.TableCell SizedCell(string text, int width, int span, W.MergedCellValues? merge, bool left, bool bold)
    {
        var tcPr = new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            tcPr.Append(new W.GridSpan { Val = span });
        }

        if (merge is { } value)
        {
            // A continuing cell is written as a bare <w:vMerge/>, as Word does.
            tcPr.Append(value == W.MergedCellValues.Restart ? new W.VerticalMerge { Val = value } : new W.VerticalMerge());
        }

        tcPr.Append(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center });
        var pPr = new W.ParagraphProperties(new W.ParagraphStyleId { Val = TableTextStyle });
        if (left)
        {
            pPr.Append(new W.Justification { Val = W.JustificationValues.Left });
        }

        var p = new W.Paragraph(pPr);
        p.Append(Runs(text, bold ? () => new W.RunProperties(new W.Bold()) : null));
        return new W.TableCell(tcPr, p);
    }

    /// <summary>
    /// A national form's table: merged header and label cells as gridSpan and vMerge (a continuing
    /// cell as wide as the cell it continues, text only in the first), header rows repeated on
    /// every page, headers bold.
    /// </summary>
    private static W.Table FormTable(TableLayout layout)
    {
        var widths = layout.Widths(FormTableWidth);
        var tbl = new W.Table(
            new W.TableProperties(
                new W.TableStyle { Val = TableStyle },
                new W.TableWidth { Width = FormTableWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                new W.TableJustification { Val = W.TableRowAlignmentValues.Center },
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new W.TableGrid(widths.Select(c => new W.GridColumn { Width = c.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var header = true;
        for (var r = 0; r < layout.RowCount; r++)
        {
            // Only the header rows at the top repeat on a new page.
            var isHeader = header &= layout.WordCells(r).All(c => c.Cell.Role == LayoutRole.Header);
            var row = new W.TableRow(isHeader
                ? new W.TableRowProperties(new W.TableHeader())
                : new W.TableRowProperties(new W.TableRowHeight { Val = 397U }));
            foreach (var (cell, continues) in layout.WordCells(r))
            {
                W.MergedCellValues? merge = cell.RowSpan == 1 ? null : continues ? W.MergedCellValues.Continue : W.MergedCellValues.Restart;
                row.Append(SizedCell(continues ? string.Empty : cell.Text, TableLayout.Width(cell, widths), cell.ColumnSpan, merge,
                    left: cell.Role == LayoutRole.Label, bold: cell.Role is LayoutRole.Header or LayoutRole.Title));
            }

            tbl.Append(row);
        }

        return tbl;
    }

    private static W.Styles Styles()
    {
        var styles = new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "仿宋_GB2312", ComplexScript = "Times New Roman" },
                    new W.Kern { Val = 2U },
                    new W.FontSize { Val = "32" },
                    new W.FontSizeComplexScript { Val = "32" },
                    new W.Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                    new W.SpacingBetweenLines { Line = "560", LineRule = W.LineSpacingRuleValues.Exact })))
        );

        styles.Append(
            new W.Style(
                new W.StyleName { Val = "Normal" },
                new W.PrimaryStyle(),
                new W.StyleParagraphProperties(
                    new W.WidowControl { Val = false },
                    new W.Indentation { FirstLine = "640", FirstLineChars = 200 },
                    new W.Justification { Val = W.JustificationValues.Both }))
            { Type = W.StyleValues.Paragraph, Default = true, StyleId = "Normal" },
            new W.Style(
                new W.StyleName { Val = "Section Heading" },
                new W.BasedOn { Val = "Normal" },
                new W.NextParagraphStyle { Val = "Normal" },
                new W.UIPriority { Val = 9 },
                new W.PrimaryStyle(),
                new W.StyleParagraphProperties(
                    new W.KeepNext(),
                    new W.NumberingProperties(new W.NumberingId { Val = SectionNumberingId }),
                    new W.OutlineLevel { Val = 0 }),
                new W.StyleRunProperties(new W.RunFonts { EastAsia = "黑体" }))
            { Type = W.StyleValues.Paragraph, StyleId = SectionHeadingStyle, CustomStyle = true },
            new W.Style(
                new W.StyleName { Val = "Sub Heading" },
                new W.BasedOn { Val = "Normal" },
                new W.NextParagraphStyle { Val = "Normal" },
                new W.PrimaryStyle(),
                new W.StyleParagraphProperties(new W.KeepNext(), new W.OutlineLevel { Val = 1 }),
                new W.StyleRunProperties(new W.RunFonts { EastAsia = "楷体_GB2312" }, new W.Bold()))
            { Type = W.StyleValues.Paragraph, StyleId = SubHeadingStyle, CustomStyle = true },
            new W.Style(
                new W.StyleName { Val = "Table Text" },
                new W.BasedOn { Val = "Normal" },
                new W.StyleParagraphProperties(
                    new W.SpacingBetweenLines { Line = "300", LineRule = W.LineSpacingRuleValues.Exact },
                    new W.Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new W.Justification { Val = W.JustificationValues.Center }),
                new W.StyleRunProperties(new W.RunFonts { EastAsia = "宋体" }, new W.FontSize { Val = "21" }, new W.FontSizeComplexScript { Val = "21" }))
            { Type = W.StyleValues.Paragraph, StyleId = TableTextStyle, CustomStyle = true },
            new W.Style(
                new W.StyleName { Val = "Table Grid" },
                new W.UIPriority { Val = 39 },
                new W.StyleTableProperties(
                    new W.TableBorders(
                        new W.TopBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                        new W.LeftBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                        new W.BottomBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                        new W.RightBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                        new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                        new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" }),
                    new W.TableCellMarginDefault(
                        new W.TableCellLeftMargin { Width = 108, Type = W.TableWidthValues.Dxa },
                        new W.TableCellRightMargin { Width = 108, Type = W.TableWidthValues.Dxa })))
            { Type = W.StyleValues.Table, StyleId = TableStyle });
        return styles;
    }

    /// <summary>One list, one level: 一、二、三、… (chineseCounting, "%1、", no tab after the number).</summary>
    private static W.Numbering Numbering() => new(
        new W.AbstractNum(
            new W.Nsid { Val = "5A3C1E27" },
            new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
            new W.TemplateCode { Val = "D6CA7A4C" },
            new W.Level(
                new W.StartNumberingValue { Val = 1 },
                new W.NumberingFormat { Val = W.NumberFormatValues.ChineseCounting },
                new W.ParagraphStyleIdInLevel { Val = SectionHeadingStyle },
                new W.LevelSuffix { Val = W.LevelSuffixValues.Nothing },
                new W.LevelText { Val = "%1、" },
                new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                new W.PreviousParagraphProperties(new W.Indentation { Left = "0", FirstLine = "640" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new W.NumberingInstance(new W.AbstractNumId { Val = 0 }) { NumberID = SectionNumberingId });

    private static W.Settings Settings() => new(
        new W.Zoom { Percent = "100" },
        new W.DefaultTabStop { Val = 420 },
        new W.DrawingGridVerticalSpacing { Val = "579" },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.CompressPunctuation },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new W.ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" },
        new W.DecimalSymbol { Val = "." },
        new W.ListSeparator { Val = "," });
}
