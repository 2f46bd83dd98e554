using Gumu.SampleBuilder.Content;
using Gumu.SampleBuilder.Inputs;
using Gumu.SampleBuilder.Model;
using Gumu.SampleBuilder.Rendering;

namespace Gumu.SampleBuilder;

/// <summary>
/// A one-defect variant of a compliant report, the file it is published as, what it must trigger,
/// and the table relations (rule-set ids) its figures break, one entry per instance.
/// </summary>
internal sealed record Variant(string Path, AnnualReport Report, string Demonstrates, string Expected, IReadOnlyList<string>? Breaks = null)
{
    public IReadOnlyList<string> BrokenRelations => Breaks ?? [];
}

/// <summary>One generated file: where it goes, what it shows, which rule ids it must trigger.</summary>
internal sealed record Sample(string Path, string Demonstrates, string ExpectedRules, ReadOnlyMemory<byte> Content);

/// <summary>
/// Every sample, built from the compliant reports by one small transformation each. Checks its
/// own work with the rule sets' relations: compliant tables satisfy every relation, each variant
/// differs from its source, and a table defect breaks exactly the relations it was made for.
/// </summary>
internal static class SampleCatalog
{
    private const string None = "none";

    private static readonly PortalStyle LanxiPortal = new(
        [HeadingMarkup.StrongParagraph, HeadingMarkup.SplitSpans, HeadingMarkup.H3],
        TableLayout: false,
        ArticleId: "4718",
        PreviousTitle: "云岫乡人民政府2018年政府信息公开工作年度报告",
        NextTitle: "白沙镇人民政府2018年政府信息公开工作年度报告",
        PreviousPublished: new DateOnly(2019, 1, 16),
        NextPublished: new DateOnly(2019, 1, 15));

    private static readonly PortalStyle YunxiuPortal = new(
        [HeadingMarkup.FontFace, HeadingMarkup.BoldDivSplit],
        TableLayout: true,
        ArticleId: "2263",
        PreviousTitle: "松林乡人民政府2018年政府信息公开工作年度报告",
        NextTitle: "兰溪镇人民政府2018年政府信息公开工作年度报告");

    /// <summary>
    /// The DOCX samples that also get a PDF rendering (same path, .pdf), made by LibreOffice: the
    /// PDF must give the same findings as the DOCX. One line per sample.
    /// </summary>
    internal static readonly IReadOnlyList<string> RenderedAsPdf =
    [
        "compliant/lanxi-2018.docx",
        "compliant/yunxiu-2018.docx",
        "structure/lanxi-2018-section9-missing.docx",
        "structure/lanxi-2018-section3-title-variant.docx",
        "structure/lanxi-2018-section12-empty.docx",
        "structure/lanxi-2018-title-without-agency.docx",
        "figures/lanxi-2018-section8-count-mismatch.docx",
        "national-2021/liutang-2025.docx",
        "national-2021/liutang-2025-results-total-broken.docx",
        "national-2021/liutang-2025-received-mismatch.docx",
        "national-2021/qingshan-2025.docx",
        "national-2021/qingshan-2025-lawsuits-mismatch.docx",
        "national-2019/meiling-2020.docx",
    ];

    /// <summary>Every sample; <paramref name="renderPdfs"/> turns the DOCX of <see cref="RenderedAsPdf"/> into PDFs (keyed by PDF path).</summary>
    public static IReadOnlyList<Sample> Build(Func<IReadOnlyList<(string PdfPath, byte[] Docx)>, IReadOnlyDictionary<string, byte[]>> renderPdfs)
    {
        ArgumentNullException.ThrowIfNull(renderPdfs);
        var lanxi = LanxiReport.Create();
        var yunxiu = YunxiuReport.Create();
        RequireFaithful(lanxi);
        RequireFaithful(yunxiu);

        var samples = new List<Sample>();
        void Add(string path, string demonstrates, string expected, byte[] content) =>
            samples.Add(new Sample(path, demonstrates, expected, content));
        void Portal(string path, AnnualReport report, string demonstrates, string expected, IReadOnlyList<string> breaks) =>
            Add(path, demonstrates, expected, PortalHtmlRenderer.Render(Changed(lanxi, report, path, breaks), LanxiPortal, path));
        void Docx(string path, AnnualReport report, string demonstrates, string expected) =>
            Add(path, demonstrates, expected, DocxRenderer.Render(Changed(lanxi, report, path, []), path));

        // compliant/
        var lanxiDocx = DocxRenderer.Render(lanxi, "compliant/lanxi-2018.docx");
        Add("compliant/lanxi-2018-portal.html", "兰溪镇's complete report on the 青山市 portal page (GB2312, navigation, breadcrumb, scripts, footer); headings as `<strong>` paragraphs, split `<span>`s and `<h3>`; table with colspan and a rowspan \"其中\" cell", None,
            PortalHtmlRenderer.Render(lanxi, LanxiPortal, "compliant/lanxi-2018-portal.html"));
        Add("compliant/lanxi-2018.docx", "the same report as a Word file: headings numbered automatically (numbering.xml, chineseCounting \"%1、\" via the SectionHeading style), figures in runs of their own, table with gridSpan and vMerge", None, lanxiDocx);
        Add("compliant/lanxi-2018-word.html", "the same report saved by Word as a web page (Office namespaces, MsoNormal, mso-list numbers in `<![if !supportLists]>`, MsoNormalTable)", None,
            WordHtmlRenderer.Render(lanxi, "compliant/lanxi-2018-word.html"));
        Add("compliant/lanxi-2018.txt", "the same report as UTF-8 text; the table as TAB-separated lines", None,
            PlainTextRenderer.Render(lanxi, "compliant/lanxi-2018.txt"));
        Add("compliant/yunxiu-2018-portal.html", "a second township (云岫乡): other wording and figures, counts in Chinese numerals (两件, 十二件, 一百零三次) that agree with the table, a negated sentence zeroing lawsuits and complaints, a table-based page layout with `<font>`/`<div>` headings", None,
            PortalHtmlRenderer.Render(yunxiu, YunxiuPortal, "compliant/yunxiu-2018-portal.html"));
        Add("compliant/yunxiu-2018.docx", "云岫乡's report as a Word file", None,
            DocxRenderer.Render(yunxiu, "compliant/yunxiu-2018.docx"));

        foreach (var variant in LanxiVariants(lanxi))
        {
            if (variant.Path.EndsWith(".docx", StringComparison.Ordinal))
            {
                Docx(variant.Path, variant.Report, variant.Demonstrates, variant.Expected);
            }
            else
            {
                Portal(variant.Path, variant.Report, variant.Demonstrates, variant.Expected, variant.BrokenRelations);
            }
        }

        // national-2021/, national-2019/
        samples.AddRange(NationalSamples.Build());

        // input/
        Add("input/empty.html", "an empty file", "GM0003", []);
        Add("input/listing.html", "the portal's 年度报告 column page: 20 report titles with dates, no report body", "GM0003", ListingPage.Render("input/listing.html"));
        Add("input/broken.docx", "the first half of compliant/lanxi-2018.docx (truncated zip)", "GM0001", lanxiDocx[..(lanxiDocx.Length / 2)]);
        Add("input/legacy.doc", "a legacy Word 97–2003 file: OLE compound file with a WordDocument stream", "GM0002", CompoundFile.LegacyWordDocument());
        Add("input/report.pdf", "a scanned report as a PDF: two pages, each one image, no text layer", "GM0002", ScanImage.Pdf());
        Add("input/scan.png", "a PNG picture of a scanned page", "GM0002", ScanImage.Page());
        Add("input/lanxi-2018-really-docx.html", "compliant/lanxi-2018.docx saved under an .html name: must be sniffed and read as DOCX", None, lanxiDocx);

        var sources = RenderedAsPdf.Select(docx => samples.SingleOrDefault(s => s.Path == docx)
            ?? throw new InvalidOperationException($"{docx} is listed for a PDF rendering but is not a DOCX sample.")).ToList();
        var pdfs = renderPdfs([.. sources.Select(s => (PdfPath(s.Path), s.Content.ToArray()))]);
        foreach (var source in sources)
        {
            Add(PdfPath(source.Path), $"{source.Path} exported to PDF by LibreOffice (text layer, ruled table over several pages with its header row repeated)", source.ExpectedRules, pdfs[PdfPath(source.Path)]);
        }

        return samples;
    }

    /// <summary>
    /// The one-defect variants of 兰溪镇's report and the file each is published as. Variants whose
    /// table is an image or an attachment exist only as portal pages (the other renderers have no
    /// such content); every other variant can be rendered in all four formats.
    /// </summary>
    internal static IReadOnlyList<Variant> LanxiVariants(AnnualReport lanxi) =>
    [
        // structure/
        new("structure/lanxi-2018-section9-missing.docx", lanxi.WithoutSection(9),
            "section 9 deleted; automatic numbering renumbers the rest, so the numbers stay continuous (一…十三)", "GM1001 (section 9)"),
        new("structure/lanxi-2018-sections6-7-swapped.html", lanxi.WithSectionsSwapped(6, 7),
            "sections 6 and 7 in each other's place, renumbered so the typed numbers stay in order", "GM1002"),
        new("structure/lanxi-2018-section3-title-variant.docx", lanxi.WithSectionTitle(3, "重点领域政府信息公开情况"),
            "section 3 headed with the variant title 重点领域政府信息公开情况", "GM1003 (section 3)"),
        new("structure/lanxi-2018-section11-duplicated.html", lanxi.WithSectionDuplicated(11),
            "section 11 pasted twice, both copies numbered 十一", "GM1004 (section 11)"),
        new("structure/lanxi-2018-section12-empty.docx", lanxi.WithSectionEmptied(12),
            "section 12's heading followed directly by section 13's", "GM1005 (section 12)"),
        new("structure/lanxi-2018-table-missing.html", lanxi.WithoutStatisticsTable(),
            "no statistics table and no caption; section 14 keeps （一）其他需要报告的事项", "GM1006"),
        new("structure/lanxi-2018-table-image.html", lanxi.WithStatisticsTableReplacedBy(new TableImage("tongjibiao-2018.jpg")),
            "the caption followed by `<img src=\"tongjibiao-2018.jpg\">` instead of a table", "GM1007"),
        new("structure/lanxi-2018-table-attachment.html", lanxi.WithStatisticsTableReplacedBy(new AttachmentLink("附件:", "/uploadfile/201901/20190116093512.xls", "2018年统计表.xls")),
            "the caption followed only by the attachment link 附件:2018年统计表.xls", "GM1007"),
        new("structure/lanxi-2018-title-without-agency.docx", lanxi.WithTitle("2018年政府信息公开工作年度报告"),
            "title (first paragraph and core properties) without the agency: 2018年政府信息公开工作年度报告", "GM4001"),
        new("structure/lanxi-2018-section13-wrong-year.html", lanxi.WithSectionTitle(13, "开展2018年工作的初步安排"),
            "section 13 plans for the report year itself: 开展2018年工作的初步安排", "GM4002 (section 13)"),
        new("structure/lanxi-2018-intro-lists-titles-section5-missing.html",
            lanxi.WithIntro(LanxiReport.IntroListingEveryTitle, LanxiReport.IntroPeriod).WithoutSection(5),
            "the intro names all fourteen titles in one run-on paragraph while section 5 is missing as a heading (renumbered)", "GM1001 (section 5 only)"),

        // figures/
        new("figures/lanxi-2018-channels-sum-mismatch.html", lanxi.WithTableValue(20, 5),
            "row 20 (网络申请) = 5, so rows 18–21 add up to 11 while row 17 = 9", "GM2001 (17 = 18+19+20+21)", ["applications-by-channel"]),
        new("figures/lanxi-2018-section8-count-mismatch.html", lanxi.WithTextReplaced(8, "申请9件", "申请11件"),
            "section 8 says 收到政府信息公开申请11件; row 17 = 9", "GM2002 (section 8, stated 11, table 9)"),
        new("figures/lanxi-2018-section8-count-mismatch.docx", lanxi.WithTextReplaced(8, "申请9件", "申请11件"),
            "the same mismatch in a Word file (the 11 sits in a run of its own)", "GM2002 (section 8, stated 11, table 9)"),
        new("figures/lanxi-2018-lawsuit-outcome-missing.html", lanxi.WithTextReplaced(10, "被提起行政诉讼1件，截至本报告编制时法院尚未审结；", "被提起行政诉讼1件；"),
            "section 10 states 行政诉讼1件 and nothing about its outcome (the table still has row 47 = 1)", "GM3004 (section 10)"),
        new("figures/lanxi-2018-review-outcomes-incomplete.html", lanxi.WithTextReplaced(10, "、申请人撤回复议申请1件", string.Empty),
            "section 10 states 行政复议3件 with outcomes for 2 (维持1件、纠错1件)", "GM3003 (section 10)")
    ];

    /// <summary>
    /// Every variant that all renderers can express, rendered as portal HTML, DOCX, Word HTML and
    /// text: the same report in four formats must give the same findings.
    /// </summary>
    internal static IEnumerable<(string Variant, string Rendering, byte[] Content)> RenderingsOfEveryVariant()
    {
        var lanxi = LanxiReport.Create();
        var rendered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in LanxiVariants(lanxi).Where(v => !StandsInForTheTable(v.Report) && rendered.Add(System.IO.Path.ChangeExtension(v.Path, null))))
        {
            yield return (variant.Path, "portal.html", PortalHtmlRenderer.Render(variant.Report, LanxiPortal, variant.Path));
            yield return (variant.Path, "docx", DocxRenderer.Render(variant.Report, variant.Path));
            yield return (variant.Path, "word.html", WordHtmlRenderer.Render(variant.Report, variant.Path));
            yield return (variant.Path, "txt", PlainTextRenderer.Render(variant.Report, variant.Path));
        }

        foreach (var rendering in NationalSamples.RenderingsOfEveryVariant())
        {
            yield return rendering;
        }
    }

    /// <summary>Where the PDF rendering of a DOCX sample goes.</summary>
    internal static string PdfPath(string docxPath) => System.IO.Path.ChangeExtension(docxPath, ".pdf");

    private static bool StandsInForTheTable(AnnualReport report) =>
        report.Sections.Any(s => s.Body.Any(b => b is TableImage or AttachmentLink));

    /// <summary>Fails unless the report has tables and every relation of their rule sets holds.</summary>
    internal static void RequireFaithful(AnnualReport report)
    {
        if (report.Table is null && !report.FormTables.Any())
        {
            throw new InvalidOperationException($"{report.Agency}: no statistics table.");
        }

        var broken = FigureCheck.BrokenRelations(report);
        if (broken.Count > 0)
        {
            throw new InvalidOperationException($"{report.Agency} {report.Year}'s compliant tables break: " + string.Join("; ", broken));
        }
    }

    /// <summary>The variant, once it is known to differ from its source and to break exactly the expected table relations.</summary>
    internal static AnnualReport Changed(AnnualReport source, AnnualReport variant, string path, IReadOnlyList<string> breaks)
    {
        if (Equivalent(source, variant))
        {
            throw new InvalidOperationException($"{path}: the variant is identical to its source.");
        }

        var broken = FigureCheck.BrokenRelations(variant);
        if (!broken.Select(b => b.Relation).Order(StringComparer.Ordinal).SequenceEqual(breaks.Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"{path}: expected the broken relations [{string.Join(", ", breaks)}], found [{string.Join("; ", broken)}]");
        }

        return variant;
    }

    private static bool Equivalent(AnnualReport a, AnnualReport b) => SameText(a, b) && a.Metadata == b.Metadata;

    /// <summary>True when two reports say the same (title, year, opening, sections), whatever their publication metadata.</summary>
    internal static bool SameText(AnnualReport a, AnnualReport b) =>
        a.Title == b.Title
        && a.Year == b.Year
        && a.Intro.SequenceEqual(b.Intro)
        && a.Sections.Length == b.Sections.Length
        && a.Sections.Zip(b.Sections).All(pair => pair.First.TemplateNumber == pair.Second.TemplateNumber
            && pair.First.Number == pair.Second.Number
            && pair.First.Title == pair.Second.Title
            && pair.First.Body.SequenceEqual(pair.Second.Body));
}
