using Gumu.SampleBuilder.Content;
using Gumu.SampleBuilder.Model;
using Gumu.SampleBuilder.Rendering;

namespace Gumu.SampleBuilder;

/// <summary>A one-defect variant of a national report with the report it was made from and the portal it is published on.</summary>
internal sealed record NationalVariant(Variant Variant, AnnualReport Source, PortalStyle Portal);

/// <summary>
/// The samples in the national formats: under <c>national-2021/</c> the 2025 report of 柳塘镇 in
/// every format and its one-defect variants (reports the year's template checks, including two
/// that follow another format), under <c>national-2019/</c> the 2020 report of 梅岭乡 and its
/// variants. The folder names the rule set each file must be checked against.
/// </summary>
internal static class NationalSamples
{
    private const string None = "none";

    /// <summary>A newer CMS on the same portal: GBK (its editor's name, 陈喆, is outside GB2312), headings as h3, strong and split spans.</summary>
    public static PortalStyle LiutangPortal(int year) => new(
        [HeadingMarkup.H3, HeadingMarkup.StrongParagraph, HeadingMarkup.SplitSpans],
        TableLayout: false,
        ArticleId: "8352",
        PreviousTitle: $"青峰街道办事处{year}年政府信息公开工作年度报告",
        NextTitle: $"云岫乡人民政府{year}年政府信息公开工作年度报告",
        PreviousPublished: new DateOnly(year + 1, 1, 22),
        NextPublished: new DateOnly(year + 1, 1, 21),
        Gbk: true,
        Editor: "陈喆");

    public static readonly PortalStyle MeilingPortal = new(
        [HeadingMarkup.FontFace, HeadingMarkup.BoldDivSplit],
        TableLayout: true,
        ArticleId: "3107",
        PreviousTitle: "松林乡人民政府2020年政府信息公开工作年度报告",
        NextTitle: "兰溪镇人民政府2020年政府信息公开工作年度报告");

    /// <summary>青山市人民政府's own report on the same CMS as 柳塘镇's (its neighbours are two departments' reports).</summary>
    public static readonly PortalStyle QingshanPortal = new(
        [HeadingMarkup.StrongParagraph, HeadingMarkup.H3, HeadingMarkup.SplitSpans],
        TableLayout: false,
        ArticleId: "8466",
        PreviousTitle: "青山市人民政府办公室2025年政府信息公开工作年度报告",
        NextTitle: "青山市自然资源局2025年政府信息公开工作年度报告",
        PreviousPublished: new DateOnly(2026, 3, 27),
        NextPublished: new DateOnly(2026, 1, 28),
        Gbk: true,
        Editor: "陈喆");

    /// <summary>东岚县's portal of 2019, an older table-based CMS (GB2312).</summary>
    public static readonly PortalStyle JiangyuPortal = new(
        [HeadingMarkup.FontFace, HeadingMarkup.BoldDivSplit],
        TableLayout: true,
        ArticleId: "1954",
        PreviousTitle: "沙洲乡人民政府2018年政府信息公开工作年度报告",
        NextTitle: "石滩乡人民政府2018年政府信息公开工作年度报告",
        Site: JiangyuReport.Portal);

    /// <summary>兰溪镇's page of 2022, when the office re-dated its 2018 report.</summary>
    private static readonly PortalStyle Lanxi2021Portal = new(
        [HeadingMarkup.StrongParagraph, HeadingMarkup.SplitSpans, HeadingMarkup.H3],
        TableLayout: false,
        ArticleId: "6120",
        PreviousTitle: "云岫乡人民政府2021年政府信息公开工作年度报告",
        NextTitle: "白沙镇人民政府2021年政府信息公开工作年度报告",
        PreviousPublished: new DateOnly(2022, 1, 16),
        NextPublished: new DateOnly(2022, 1, 15));

    public static IEnumerable<Sample> Build()
    {
        var liutang = LiutangReport.Create();
        var meiling = MeilingReport.Create();
        SampleCatalog.RequireFaithful(liutang);
        SampleCatalog.RequireFaithful(meiling);

        const string l = "national-2021/liutang-2025";
        yield return new Sample($"{l}-portal.html",
            "柳塘镇's complete 2025 report in the 2021 national format on the portal's newer CMS (GBK: the editor's name 陈喆 is outside GB2312); six sections, headings as `<h3>`, `<strong>` and split spans; table 二 in four parts (第二十条第（一）（五）（六）（八）项, each with its own 信息内容 header row, colspan where a part has fewer columns), table 三 under a three-row header (申请人情况 → 自然人 / 法人或其他组织 → five kinds / 总计) with rowspan labels (三、本年度办理结果, （三）不予公开 …), table 四 with one row of 15 values under a three-level header; the opening paragraph lists all six titles in running text; section 六 states 未收取信息处理费",
            None, PortalHtmlRenderer.Render(liutang, LiutangPortal(LiutangReport.Year), $"{l}-portal.html"));
        yield return new Sample($"{l}-word.html", "the same report saved by Word as a web page (GB2312, mso-list heading numbers, MsoNormalTable with rowspan/colspan)", None,
            WordHtmlRenderer.Render(liutang, $"{l}-word.html"));
        yield return new Sample($"{l}.docx", "the same report as a Word file: headings numbered automatically, tables merged with gridSpan and vMerge, header rows repeated on each page", None,
            DocxRenderer.Render(liutang, $"{l}.docx"));
        yield return new Sample($"{l}.txt", "the same report as UTF-8 text: each table as TAB rows, a merged cell's text repeated in every slot it covers", None,
            PlainTextRenderer.Render(liutang, $"{l}.txt"));

        const string m = "national-2019/meiling-2020";
        yield return new Sample($"{m}-portal.html",
            "梅岭乡's complete 2020 report in the 2019 national format (GB2312, table-based page): table 二 in five parts with 上一年项目数量 / 本年增/减 (one −1) / 处理决定数量 and 政府集中采购 (36.5 万元), table 三 with one （六）其他处理 row, table 四 with one review upheld; the text states the review and that no lawsuit was filed",
            None, PortalHtmlRenderer.Render(meiling, MeilingPortal, $"{m}-portal.html"));
        yield return new Sample($"{m}.docx", "the same report as a Word file", None, DocxRenderer.Render(meiling, $"{m}.docx"));

        var qingshan = QingshanGovernmentReport.Create();
        SampleCatalog.RequireFaithful(qingshan);
        const string q = "national-2021/qingshan-2025";
        yield return new Sample($"{q}-portal.html",
            "青山市人民政府's own 2025 report (a county-level city government, deadline 2026-03-31) published on 2026-03-26: every part of table 三 filled, table 四 with reviews upheld, corrected and ended otherwise and lawsuits filed directly (one pending) and after review, table 二 with 12.6 万元 of fees; section 一 restates 新收, 上年结转, 办结 and every kind of result, 结转下年度, the 行政规范性文件 made and in force, the reviews with outcomes and the lawsuits by kind, among many figures that are no template quantity (4862条, 2317条, 同比增长8.6%, 126篇, 2024年为65件, 64.8%, 11个工作日, 5120条, 286万人次, 4.6万件, 99.2%, 260人次, 2025年9月12日); section 三 states 共收到 (new and carried over) and the information-processing fee, which section 六 does not",
            None, PortalHtmlRenderer.Render(qingshan, QingshanPortal, $"{q}-portal.html"));
        yield return new Sample($"{q}.docx", "the same report as a Word file", None, DocxRenderer.Render(qingshan, $"{q}.docx"));

        var jiangyu = JiangyuReport.Create();
        SampleCatalog.RequireFaithful(jiangyu);
        const string j = "national-pre2019/jiangyu-2018";
        yield return new Sample($"{j}-portal.html",
            "江屿镇 (a town of 东岚县, outside Yunnan) on its county's older portal (GB2312, table layout): a 2018 report under the old regulation in the report's own headings — 概述, then the six matters of 第三十二条 with reviews and lawsuits before fees — and the 58-row statistics table attached under the last section; the text restates 收到申请4件, 行政复议1件 (upheld) and no lawsuit",
            None, PortalHtmlRenderer.Render(jiangyu, JiangyuPortal, $"{j}-portal.html"));
        yield return new Sample($"{j}.docx", "the same report as a Word file", None, DocxRenderer.Render(jiangyu, $"{j}.docx"));
        yield return new Sample($"{j}-without-table.html", "the same report without the statistics table and its caption: the table is optional before 2019",
            None, PortalHtmlRenderer.Render(SampleCatalog.Changed(jiangyu, jiangyu.WithoutStatisticsTable(), $"{j}-without-table.html", []), JiangyuPortal, $"{j}-without-table.html"));

        foreach (var (variant, source, portal) in Variants(liutang, meiling))
        {
            var report = SampleCatalog.Changed(source, variant.Report, variant.Path, variant.BrokenRelations);
            yield return new Sample(variant.Path, variant.Demonstrates, variant.Expected, variant.Path.EndsWith(".docx", StringComparison.Ordinal)
                ? DocxRenderer.Render(report, variant.Path)
                : PortalHtmlRenderer.Render(report, portal, variant.Path));
        }
    }

    /// <summary>
    /// The one-defect variants of the national reports: one per rule and relation kind the
    /// national formats add. Each is the compliant report with one small change.
    /// </summary>
    internal static IReadOnlyList<NationalVariant> Variants(AnnualReport liutang, AnnualReport meiling)
    {
        var liutang2022 = LiutangReport.Create(2022);
        var lanxi = LanxiReport.Create();
        var qingshan = QingshanGovernmentReport.Create();
        var jiangyu = JiangyuReport.Create();
        var portal = LiutangPortal(LiutangReport.Year);
        const string l = "national-2021/liutang-2025";
        const string q = "national-2021/qingshan-2025";
        NationalVariant Liutang(string path, AnnualReport report, string demonstrates, string expected, params string[] breaks) =>
            new(new Variant(path, report, demonstrates, expected, breaks), liutang, portal);
        NationalVariant Meiling(string path, AnnualReport report, string demonstrates, string expected, params string[] breaks) =>
            new(new Variant(path, report, demonstrates, expected, breaks), meiling, MeilingPortal);
        NationalVariant Qingshan(string path, AnnualReport report, string demonstrates, string expected, params string[] breaks) =>
            new(new Variant(path, report, demonstrates, expected, breaks), qingshan, QingshanPortal);
        NationalVariant Jiangyu(string path, AnnualReport report, string demonstrates, string expected, params string[] breaks) =>
            new(new Variant(path, report, demonstrates, expected, breaks), jiangyu, JiangyuPortal);

        // What 柳塘镇's and 青山市's texts restate, from their tables.
        var applications = LiutangReport.Applications;
        int Total(string row) => applications.Count(row, "total");
        var unavailable = applications.SumOfParts("R3.4", "total");
        var made = LiutangReport.Proactive.Count("normative", "made");
        var cityApplications = QingshanGovernmentReport.Applications;
        var cityReviews = QingshanGovernmentReport.ReviewsAndLawsuits;
        var cityLawsuits = cityReviews.Count("cases", "direct.total") + cityReviews.Count("cases", "afterReview.total");
        var cityCompleted = cityApplications.Count("R3.7", "total");
        var cityCarriedForward = cityApplications.Count("R4", "total");
        var cityInForce = QingshanGovernmentReport.Proactive.Count("normative", "inForce");

        return
        [
            // Tables missing, unreadable, incomplete or empty.
            Liutang($"{l}-table3-missing.html", liutang.WithoutFormTable("三"),
                "table 三 left out: section 三 keeps only its sentence “…申请情况如下：”", "GM1006 (section 3, table 三)"),
            Liutang($"{l}-table4-image.html", liutang.WithFormTableReplacedBy("四", new TableImage("xzfyxzss2025.png")),
                "table 四 pasted as a picture (`<img src=\"xzfyxzss2025.png\">`); the text still states that there was no review and no lawsuit", "GM1007 (section 4, table 四)"),
            Liutang($"{l}-table3-rows-missing.docx", liutang.WithFormTable("三", t => t.WithoutRows("R3.3.7", "R3.3.8")),
                "table 三 printed without the rows 7.属于行政执法案卷 and 8.属于行政查询事项 under （三）不予公开 (both were 0, so every relation still holds)", "GM1008 (section 3, 2 rows)"),
            Liutang($"{l}-table3-column-missing.html", liutang.WithFormTable("三", t => t.WithoutColumns("research")),
                "table 三 printed without the 科研机构 column (all 0), as offices drop empty columns", "GM1008 (section 3, column 科研机构)"),
            Liutang($"{l}-table3-empty-form.html", liutang.WithFormTable("三", t => t.Emptied()),
                "table 三 published as the empty form: every value cell blank (the text still states 9 new applications)", "GM1009 (section 3, table 三)"),

            // Another format than the year's.
            new(new Variant("national-2021/liutang-2022-table2-2019-format.html", liutang2022.WithFormTableReplacedBy("二", new FormTableBlock(LiutangReport.ProactiveIn2019Form)),
                "柳塘镇's 2022 report with table 二 copied from the 2019 form (本年新制作数量 / 本年新公开数量 / 对外公开总数量, 上一年项目数量 / 本年增/减, 政府集中采购); checked against national-2021, whose table 二 columns it lacks",
                "GM1010 (tables of the 2019 format), GM1008 (section 2: the 2021 columns)"), liutang2022, LiutangPortal(2022)),
            new(new Variant("national-2021/lanxi-2021-yunnan-sections.html", lanxi.WithYearsShifted(3),
                "兰溪镇's 2018 report re-dated to 2021 (every year +3): the fourteen Yunnan sections and the 58-row table in a report whose year calls for the 2021 national format",
                "GM1010 (sections of yunnan-2018), then what national-2021 misses: GM1001 / GM1003 for its sections, GM1006 for tables 二 三 四"), lanxi, Lanxi2021Portal),

            // Figures of table 三 that do not add up.
            Liutang($"{l}-applications-balance-broken.html", liutang.WithFormTable("三", t => t.With("R4", "natural", 0).With("R4", "total", 0)),
                "四、结转下年度继续办理 left at 0 in 自然人 and 总计 although one application was carried into the next year: 一 + 二 ≠ 三（七） + 四 in both columns",
                "GM2001 ×2 (balance: 自然人, 总计)", "balance", "balance"),
            Liutang($"{l}-results-total-broken.docx", liutang.WithFormTable("三", t => t.With("R3.5.1", "natural", 1).With("R3.5.1", "total", 1)),
                "one 信访举报投诉类申请 entered under （五）不予处理 in 自然人 and 总计, but （七）总计 not updated: the results add up to 7 and 10 where （七）总计 says 6 and 9",
                "GM2001 ×2 (results total: 自然人, 总计)", "results-total", "results-total"),
            Liutang($"{l}-applicants-total-broken.html", liutang.WithFormTable("三", t => t.With("R3.1", "total", 5)),
                "（一）予以公开 总计 mistyped as 5 where its applicants add up to 4; the 总计 column's results then add up to 10 where （七）总计 is 9",
                "GM2001 ×2 (applicants total of （一）予以公开; results total of 总计), GM2002 (section 1: its 予以公开4件 against the mistyped 5)", "applicants-total", "results-total"),

            // Table 二.
            Liutang($"{l}-table2-text-in-cell.html", liutang.WithFormTable("二", t => t.With("enforcement", "decisions", "暂无")),
                "table 二 行政强制 本年处理决定数量 holds “暂无” instead of a number", "GM2004 (section 2, table 二)"),
            Liutang($"{l}-in-force-below-made.html", liutang.WithFormTable("二", t => t.With("normative", "inForce", 0)),
                "table 二 行政规范性文件: 本年制发 1, 本年废止 0, 现行有效 0 — a document made this year is neither in force nor repealed", "GM2005 (table 二 行政规范性文件)", "in-force-covers-made"),

            // Reviews and lawsuits.
            Liutang($"{l}-section1-reviews-mismatch.docx", liutang.WithTextReplaced(1, LiutangReport.ReviewsAndLawsuitsSentence, "全年因政府信息公开被申请行政复议2件，未发生因政府信息公开引起的行政诉讼。"),
                "section 一 says 被申请行政复议2件 while table 四 行政复议 总计 is 0 (the lawsuits, none, still agree)", "GM2002 (section 1, stated 2, table 0)"),
            Liutang($"{l}-review-litigation-not-reported.html", liutang.WithoutFormTable("四").WithTextReplaced(1, LiutangReport.ReviewsAndLawsuitsSentence, string.Empty),
                "table 四 left out and the sentence on reviews and lawsuits deleted from section 一: nothing states either", "GM1006 (section 4, table 四), GM3001, GM3002 (section 4)"),

            // What the text states against the tables (GM2002), one quantity each.
            Liutang($"{l}-new-applications-mismatch.html", liutang.WithTextReplaced(1, LiutangReport.NewApplications(Total("R1")), LiutangReport.NewApplications(Total("R1") + 1)),
                $"section 一 says 新收政府信息公开申请{Total("R1") + 1}件; table 三 一、本年新收 总计 is {Total("R1")}", "GM2002 (section 1, 新收)"),
            Liutang($"{l}-received-mismatch.docx", liutang.WithTextReplaced(3, LiutangReport.Received(Total("R1") + Total("R2")), LiutangReport.Received(Total("R1") + Total("R2") + 1)),
                $"section 三 says 共收到政府信息公开申请{Total("R1") + Total("R2") + 1}件: neither 一、本年新收 ({Total("R1")}) nor 一 + 二、上年结转 ({Total("R1") + Total("R2")})", "GM2002 (section 3, 收到)"),
            Liutang($"{l}-carried-over-mismatch.html", liutang.WithTextReplaced(1, LiutangReport.CarriedOver(Total("R2")), LiutangReport.CarriedOver(Total("R2") + 1)),
                $"section 一 says 上年结转{Total("R2") + 1}件; table 三 二、上年结转 总计 is {Total("R2")}", "GM2002 (section 1, 上年结转)"),
            Liutang($"{l}-completed-mismatch.html", liutang.WithTextReplaced(1, LiutangReport.Completed(Total("R3.7")), LiutangReport.Completed(Total("R3.7") + 1)),
                $"section 一 says 办结{Total("R3.7") + 1}件; table 三 （七）总计 总计 is {Total("R3.7")} (the four results it lists add up to {Total("R3.7")}, fewer than the total: no contradiction in the text)", "GM2002 (section 1, 办结)"),
            Liutang($"{l}-granted-mismatch.docx", liutang.WithTextReplaced(1, LiutangReport.Granted(Total("R3.1")), LiutangReport.Granted(Total("R3.1") - 1)),
                $"section 一 lists 予以公开{Total("R3.1") - 1}件 among the results; table 三 （一）予以公开 总计 is {Total("R3.1")}", "GM2002 (section 1, 予以公开)"),
            Liutang($"{l}-results-exceed-completed.html", liutang.WithTextReplaced(1, LiutangReport.Unavailable(unavailable), LiutangReport.Unavailable(unavailable + 1)),
                $"section 一: 办结{Total("R3.7")}件，其中… {LiutangReport.Unavailable(unavailable + 1)}: the listed results add up to {Total("R3.7") + 1}, more than the total stated before them (GM2003), and （四）无法提供 adds up to {unavailable} in table 三 (GM2002)", "GM2003 (section 1, parts > 办结; missed today: checker bug, 不予公开1件 after 部分公开1件 is not read), GM2002 (section 1, 无法提供)"),
            Liutang($"{l}-normative-made-mismatch.html", liutang.WithTextReplaced(1, LiutangReport.NormativeMade(made), LiutangReport.NormativeMade(made + 1)),
                $"section 一 says 印发行政规范性文件{made + 1}件; table 二 行政规范性文件 本年制发件数 is {made}", "GM2002 (section 1, 规范性文件 制发)"),
            Qingshan($"{q}-normative-in-force-mismatch.docx", qingshan.WithTextReplaced(1, QingshanGovernmentReport.NormativeInForce(cityInForce), QingshanGovernmentReport.NormativeInForce(cityInForce - 2)),
                $"青山市's section 一 says 年末现行有效行政规范性文件{cityInForce - 2}件; table 二 行政规范性文件 现行有效件数 is {cityInForce}", "GM2002 (section 1, 现行有效规范性文件)"),
            Qingshan($"{q}-carried-forward-mismatch.html", qingshan.WithTextReplaced(1, QingshanGovernmentReport.CompletedAndCarriedForward(cityCompleted, cityCarriedForward), QingshanGovernmentReport.CompletedAndCarriedForward(cityCompleted, cityCarriedForward + 1)),
                $"青山市's section 一 says 结转下年度继续办理{cityCarriedForward + 1}件; table 三 四、结转下年度继续办理 总计 is {cityCarriedForward}", "GM2002 (section 1, 结转下年度)"),
            Qingshan($"{q}-all-completed-but-carried-forward.html", qingshan.WithTextReplaced(1, QingshanGovernmentReport.CompletedAndCarriedForward(cityCompleted, cityCarriedForward), "申请已全部办结"),
                $"青山市's section 一 says 申请已全部办结 where it said 办结{cityCompleted}件，结转下年度继续办理{cityCarriedForward}件; table 三 四、结转下年度继续办理 总计 is {cityCarriedForward}", "GM2002 (section 1, 已全部办结)"),
            Qingshan($"{q}-lawsuits-mismatch.docx", qingshan.WithTextReplaced(1, QingshanGovernmentReport.Lawsuits(cityLawsuits), QingshanGovernmentReport.Lawsuits(cityReviews.Count("cases", "direct.total"))),
                $"青山市's section 一 says 被提起行政诉讼{cityReviews.Count("cases", "direct.total")}件, counting only the lawsuits filed directly; table 四 未经复议直接起诉 总计 {cityReviews.Text("cases", "direct.total")} + 复议后起诉 总计 {cityReviews.Text("cases", "afterReview.total")} = {cityLawsuits}", "GM2002 (section 1, 行政诉讼: two cells)"),
            Qingshan($"{q}-reviews-all-upheld.html", qingshan.WithTextReplaced(1, QingshanGovernmentReport.ReviewOutcomes(cityReviews), "均获维持"),
                $"青山市's section 一 says 被申请行政复议{cityReviews.Text("cases", "review.total")}件，均获维持 where table 四 has 结果纠正 {cityReviews.Text("cases", "review.corrected")} and 其他结果 {cityReviews.Text("cases", "review.other")} (the lawsuits in the next clause, one pending, are not what it says)", "GM2002 (section 1, 均获维持 for reviews)"),

            // Required statements, bases, plausibility, deadlines.
            Liutang($"{l}-fee-statement-missing.html", liutang.WithoutParagraph(6, "信息处理费"),
                "section 六 without its paragraph （一）信息处理费收取情况 (the other two stay as （二）（三）); nothing else in the report mentions the fee", "GM1011 (section 6, 信息处理费)"),
            Liutang($"{l}-cites-2019-format.docx", liutang.WithIntroTextReplaced(LiutangReport.Basis, LiutangReport.SupersededBasis),
                "the opening names the 2019 format (国办公开办函〔2019〕60号) as the basis of a 2025 report; tables and sections are the 2021 ones", "GM4004 (60号)"),
            Liutang($"{l}-township-reports-rules.html", liutang.WithFormTable("二", t => t.With("rules", "inForce", 2)),
                "table 二: a township reports 2 规章 in force (规章 are made only by provincial governments and cities with districts)", "GM2005 (table 二 规章)"),
            Qingshan($"{q}-fee-in-yuan.html", qingshan.WithFormTable("二", t => t.With("fees", "amount", "126000元")),
                "table 二 行政事业性收费: 本年收费金额（单位：万元） written as “126000元” (12.6 万元 in yuan)", "GM2005 (table 二, 元 in a 万元 cell)", "value"),
            Liutang($"{l}-published-late.html", liutang.WithPublished(new DateOnly(LiutangReport.Year + 1, 2, 10)),
                "柳塘镇's report published on 2026-02-10, after the townships' deadline 2026-01-31 (signed 2026年1月20日)", "GM4003 (township, 2026-01-31)"),
            Qingshan($"{q}-published-april.html", qingshan.WithPublished(new DateOnly(QingshanGovernmentReport.Year + 1, 4, 8)),
                "青山市人民政府's own report published on 2026-04-08, after a county-level government's deadline 2026-03-31 (its March publication, qingshan-2025-portal.html, is on time)", "GM4003 (government, 2026-03-31)"),

            // Before 2019, outside Yunnan.
            Jiangyu("national-pre2019/jiangyu-2018-fees-matter-missing.html", jiangyu.WithoutSection(JiangyuReport.Fees),
                "江屿镇's report without its section 政府信息公开的收费及减免情况 (renumbered), and no other sentence on fees: one of the six matters of the old 第三十二条 is not covered anywhere", "GM1001 (matter 4, document-wide)"),

            // The 2019 format.
            Meiling("national-2019/meiling-2020-normative-made-mismatch.html", meiling.WithTextReplaced(1, MeilingReport.NormativeMade(MeilingReport.Proactive.Count("normative", "newMade")), MeilingReport.NormativeMade(MeilingReport.Proactive.Count("normative", "newMade") + 1)),
                $"section 一 says 印发规范性文件{MeilingReport.Proactive.Count("normative", "newMade") + 1}件; the 2019 table 二 规范性文件 本年新制作数量 is {MeilingReport.Proactive.Text("normative", "newMade")}", "GM2002 (section 1, 规范性文件 本年新制作数量)"),
            Meiling("national-2019/meiling-2020-published-exceeds-total.html", meiling.WithFormTable("二", t => t.With("normative", "newPublished", 7)),
                "table 二 规范性文件: 本年新公开数量 7 > 对外公开总数量 6", "GM2005 (table 二 规范性文件)", "published-within-total"),
            Meiling("national-2019/meiling-2020-reviews-total-broken.html", meiling.WithFormTable("四", t => t.With("cases", "review.corrected", 1)),
                "table 四: a stray 1 under 行政复议 结果纠正 next to 结果维持 1, while 行政复议 总计 stays 1 (the text states one review, upheld)", "GM2001 (table 四 行政复议 总计)", "reviews-by-outcome"),
        ];
    }

    /// <summary>
    /// Every national variant whose table is a table, rendered as portal HTML, DOCX, Word HTML and
    /// text; a variant that differs from its source only in its publication date, only as the
    /// portal page and text, the renderings that print a 发布日期 (a Word file has none).
    /// </summary>
    internal static IEnumerable<(string Variant, string Rendering, byte[] Content)> RenderingsOfEveryVariant()
    {
        foreach (var (variant, source, portal) in Variants(LiutangReport.Create(), MeilingReport.Create()))
        {
            if (variant.Report.Sections.Any(s => s.Body.Any(b => b is TableImage or AttachmentLink)))
            {
                continue;
            }

            if (SampleCatalog.SameText(source, variant.Report))
            {
                yield return (variant.Path, "portal.html", PortalHtmlRenderer.Render(variant.Report, portal, variant.Path));
                yield return (variant.Path, "txt", PlainTextRenderer.Render(variant.Report, variant.Path));
                continue;
            }

            yield return (variant.Path, "portal.html", PortalHtmlRenderer.Render(variant.Report, portal, variant.Path));
            yield return (variant.Path, "docx", DocxRenderer.Render(variant.Report, variant.Path));
            yield return (variant.Path, "word.html", WordHtmlRenderer.Render(variant.Report, variant.Path));
            yield return (variant.Path, "txt", PlainTextRenderer.Render(variant.Report, variant.Path));
        }
    }
}
