using System.Text;
using Gumu.SampleBuilder.Content;
using Gumu.SampleBuilder.Model;

namespace Gumu.SampleBuilder;

/// <summary>Writes docs/samples.md from the catalog, so the page cannot drift from the files.</summary>
internal static class SamplesPage
{
    public static string Render(IReadOnlyList<Sample> samples)
    {
        var page = new StringBuilder();
        page.Append("""
            # Sample reports

            `samples/` holds fictional 政府信息公开工作年度报告 of townships of 青山市 (an invented
            county-level city in Yunnan), of 青山市人民政府 itself, and of 江屿镇 (a town of the invented
            东岚县, in a province without a template of its own), plus inputs that are not reports. Every
            file is generated; nothing in it is copied from a real report. The folder says which template
            (rule set) a report must be checked against — `gumu check` chooses it from the report's year,
            headings and tables:

            | folder | reports | rule set |
            |---|---|---|
            | `compliant/`, `structure/`, `figures/` | 2018 reports of 兰溪镇 and 云岫乡 in the fourteen sections of the Yunnan 2018 template | `yunnan-2018` |
            | `national-2021/` | 柳塘镇's and 青山市人民政府's 2025 reports in the 2021 national format (国办公开办函〔2021〕30号), their defect variants, and two reports on 2021 and 2022 that follow an older format | `national-2021` |
            | `national-2019/` | 梅岭乡's 2020 report in the 2019 national format (国办公开办函〔2019〕60号) and its defect variants | `national-2019` |
            | `national-pre2019/` | 江屿镇's 2018 report under the old regulation: the six matters of its 第三十二条 in the report's own headings and order, with and without the 58-row table, and a variant | `national-pre2019` |
            | `input/` | files that are not reports, or not in a format the checker reads | — |

            Regenerate (byte-identical on every run) and refresh this page with:

                dotnet run --project tools/Gumu.SampleBuilder -- samples --docs docs/samples.md

            The generator builds an in-memory model of each compliant report, makes every defect sample
            from it by one small transformation (delete, swap, rename, duplicate or empty a section, change
            the title, a table cell, the rows or columns a table prints, one sentence or paragraph, or the
            publication date), and renders
            portal HTML (GB2312, or GBK for a newer CMS), DOCX (automatic heading numbering), Word-exported
            HTML and UTF-8 text. The tables are laid out from the rule sets' table schemas (rows, columns,
            parents): headers span their columns, labels span their rows, as on the official forms. The
            generator fails if a compliant table breaks a relation of its rule set (checked by the
            checker's own relation check), if a defect sample breaks other relations than the one it was
            made for, if a variant equals its source, if a DOCX does not pass `OpenXmlValidator`, or if a
            page holds a character its charset cannot encode. Each defect sample is a compliant report with
            exactly one defect.

            Do not put anything else under `samples/`: `gumu check samples` reports every file it finds.

            | file | what it demonstrates | must trigger |
            |---|---|---|

            """);
        foreach (var sample in samples)
        {
            page.Append(CultureInfo($"| `samples/{sample.Path}` | {Escape(sample.Demonstrates)} | {sample.ExpectedRules} |\n"));
        }

        page.Append("""

            "none" means no finding of any rule, warnings included. tests/expectations/samples.expected
            holds the findings each file gives today, reviewed; where the checker is wrong (a false
            positive or a missed finding) it says so there, next to the finding.

            ## The compliant 兰溪镇 figures (yunnan-2018)

            Quantities the text states (section → table row); all agree with the table:

            """);
        page.Append('\n');
        var t = LanxiReport.Table;
        string[] stated =
        [
            $"section 2: 主动公开政府信息{t.Text(1)}条 → row 1; 主动公开规范性文件{t.Text(2)}件 → row 2; 制发规范性文件{t.Text(3)}件 → row 3; 在政府网站公开信息{t.Text(5)}条 → row 5; 微信公众号推送{t.Text(7)}条 → row 7; 其他方式公开{t.Text(8)}条 → row 8",
            $"section 6: 政策解读稿件{t.Text(14)}篇 → row 14",
            $"section 7: 回应社会关切和群众关注热点{t.Text(9)}次 → row 9 (微信公众号{t.Text(15)}次 → row 15, 其他方式{t.Text(16)}次 → row 16)",
            $"section 8: 收到政府信息公开申请{t.Text(17)}件 → row 17; 其中{t.Text(24)}件延期 → row 24; 未收取任何费用 → row 49",
            $"section 9: 新闻发布会{t.Text(10)}次 → row 10, 主要负责同志{t.Text(11)}次 → row 11, 在线访谈{t.Text(12)}次 → row 12, 查阅点{t.Text(51)}个 → row 51",
            $"section 10: 行政复议{t.Text(40)}件 → row 40 (维持{t.Text(41)} → 41, 纠错{t.Text(42)} → 42, 撤回{t.Text(43)} → 43); 行政诉讼{t.Text(44)}件, 尚未审结 → rows 44, 47; 举报{t.Text(48)}件 → row 48",
            $"section 11: 工作人员{t.Text(52)}人 (专职{t.Text(53)}, 兼职{t.Text(54)}) → rows 52–54; 培训班{t.Text(57)}期, {t.Text(58)}人次 → rows 57–58; 专项经费{t.Text(55)}万元 → row 55",
        ];
        foreach (var line in stated)
        {
            page.Append("- ").Append(line).Append('\n');
        }

        page.Append("""

            Numbers in the text that are no template quantity (a checker must ignore them): 各类会议100余次,
            公文173件 / 91件, 6次镇长办公会, 约50人, 13个村（社区）, 信息简讯86条, 42批次,
            1286.4万元, 35.8万元, 72户, 意见11条, DN300 / DN110, 1.2公里, 约4600人, 窗口5个, 清单64项,
            便民服务事项412件, 网上申报137件, 建议3件, 提案1件, 第21号, 48场次, 5000余份, 3200人次, 12345,
            15个工作日, 5100余人, 3项制度, 兰政发〔2018〕17号, 青政办发〔2019〕3号, 0878-6231405, 675106.

            | row | 统计指标 | 单位 | 兰溪镇 | 云岫乡 |
            |---|---|---|---|---|

            """);
        foreach (var line in StatisticsTemplate.Lines)
        {
            page.Append(line.IsHeader
                ? CultureInfo($"| | {StatisticsTemplate.FlatLabel(line)} | {line.Unit} | {line.Unit} | {line.Unit} |\n")
                : CultureInfo($"| {line.Number} | {StatisticsTemplate.FlatLabel(line)} | {line.Unit} | {t.Text(line.Number)} | {YunxiuReport.Table.Text(line.Number)} |\n"));
        }

        page.Append("""

            云岫乡 states its figures in Chinese numerals: 主动公开政府信息四百零二条 (row 1), 主动公开规范性文件十二件
            (row 2), 在市政府门户网站乡镇专栏公开信息三百四十六条 (row 5), 回应…一百零三次 (row 9), 收到政府信息公开申请两件
            (row 17), 行政复议一件…维持 (rows 40–41), 未发生…行政诉讼，也未收到相关举报投诉 (rows 44 and 48 = 0).
            """);
        page.Append('\n');
        NationalFigures(page);
        return page.ToString();
    }

    /// <summary>The figures of the compliant national reports, table by table, and what their text restates.</summary>
    private static void NationalFigures(StringBuilder page)
    {
        var liutang = LiutangReport.Applications;
        var meiling = MeilingReport.Applications;
        var meilingReviews = MeilingReport.ReviewsAndLawsuits;
        page.Append("""

            ## The compliant 柳塘镇 figures (national-2021, 2025)

            Section 一 restates:
            """);
        page.Append(CultureInfo($" 新收政府信息公开申请{liutang.Text("R1", "total")}件 → 三 R1 总计; 上年结转{liutang.Text("R2", "total")}件 → R2 总计; 办结{liutang.Text("R3.7", "total")}件 → （七）总计 总计, "));
        page.Append(CultureInfo($"其中予以公开{liutang.Text("R3.1", "total")}件 → （一） 总计、部分公开{liutang.Text("R3.2", "total")}件 → （二）、不予公开{liutang.SumOfParts("R3.3", "total")}件 → （三） parts、无法提供{liutang.SumOfParts("R3.4", "total")}件 → （四） parts; "));
        page.Append(CultureInfo($"印发行政规范性文件{LiutangReport.Proactive.Text("normative", "made")}件 → 二 行政规范性文件 本年制发件数; "));
        page.Append("""
            未发生…行政复议和行政诉讼 → 四 行政复议 总计 = 0 and 行政诉讼 总计 = 0. Section 三 restates
            """);
        page.Append(CultureInfo($" 共收到政府信息公开申请{liutang.Count("R1", "total") + liutang.Count("R2", "total")}件 → R1 + R2 总计. "));
        page.Append("""
            One application is carried into the next year (四、结转下年度继续办理 = 1), which the text does not
            state; its "均已按期办结" is about proposals (section 六). Section 六 states 未收取信息处理费.

            Numbers in the text that are no template quantity: 信息312条, 较上年增加27条, 公开栏更新48期,
            柳政规〔2025〕1号, 2025年9月至11月, 文件63件, 9个工作日, 2024年新收申请6件 and 同比增加3件 (another
            year), 386条次, 37人次, 5%, 培训2期, 86人次, 建议2件, 提案1件, 0878-6357120.

            """);
        Tables(page, LiutangReport.Proactive, liutang, LiutangReport.ReviewsAndLawsuits);
        page.Append("""

            ## The compliant 梅岭乡 figures (national-2019, 2020)

            Section 一 restates:
            """);
        page.Append(CultureInfo($" 新收政府信息公开申请{meiling.Text("R1", "total")}件 → 三 R1 总计; 上年结转{meiling.Text("R2", "total")}件 → R2 总计; 已全部办结 → 四、结转下年度继续办理 总计 = 0; "));
        page.Append(CultureInfo($"被申请行政复议{meilingReviews.Text("cases", "review.total")}件，经复议维持原答复 → 四 行政复议 总计 and 结果维持; 未发生…行政诉讼 → 行政诉讼 总计 = 0.\n"));
        Tables(page, MeilingReport.Proactive, meiling, meilingReviews);
        page.Append(CultureInfo($"\n印发规范性文件{MeilingReport.Proactive.Text("normative", "newMade")}件 (section 一) → 二 规范性文件 本年新制作数量. Numbers that are no template quantity: 信息287条, 比上年增加31条, 公开栏更新24期, 2019年新收的2件申请 (another year).\n"));
        QingshanFigures(page);
        JiangyuFigures(page);
    }

    /// <summary>青山市人民政府's figures and what its text restates.</summary>
    private static void QingshanFigures(StringBuilder page)
    {
        var a = QingshanGovernmentReport.Applications;
        var p = QingshanGovernmentReport.Proactive;
        var r = QingshanGovernmentReport.ReviewsAndLawsuits;
        page.Append("""

            ## The compliant 青山市人民政府 figures (national-2021, 2025; a county-level government)

            Section 一 restates:
            """);
        page.Append(CultureInfo($" 制发行政规范性文件{p.Text("normative", "made")}件 → 二 本年制发件数; 年末现行有效行政规范性文件{p.Text("normative", "inForce")}件 → 现行有效件数; "));
        page.Append(CultureInfo($"新收{a.Text("R1", "total")}件 → 三 R1 总计; 上年结转{a.Text("R2", "total")}件 → R2; 办结{a.Text("R3.7", "total")}件 → （七）总计; 结转下年度继续办理{a.Text("R4", "total")}件 → R4; "));
        page.Append(CultureInfo($"予以公开{a.Text("R3.1", "total")}件, 部分公开{a.Text("R3.2", "total")}件, 不予公开{a.SumOfParts("R3.3", "total")}件, 无法提供{a.SumOfParts("R3.4", "total")}件, 不予处理{a.SumOfParts("R3.5", "total")}件, 其他处理{a.SumOfParts("R3.6", "total")}件 → （一）…（六） (they add up to 办结); "));
        page.Append(CultureInfo($"被申请行政复议{r.Text("cases", "review.total")}件 (维持{r.Text("cases", "review.upheld")}, 纠正{r.Text("cases", "review.corrected")}, 其他{r.Text("cases", "review.other")}) → 四 行政复议; "));
        page.Append(CultureInfo($"被提起行政诉讼{r.Count("cases", "direct.total") + r.Count("cases", "afterReview.total")}件, 其中未经复议直接起诉{r.Text("cases", "direct.total")}件, 复议后起诉{r.Text("cases", "afterReview.total")}件 → 四 行政诉讼 (two groups). "));
        page.Append(CultureInfo($"Section 三: 共收到{a.Count("R1", "total") + a.Count("R2", "total")}件（含上年结转的申请） → R1 + R2, and 未收取信息处理费 (section 六 does not state the fee).\n"));
        page.Append("""

            Numbers in the text that are no template quantity: 4862条, 386条, 142条, 2317条, 同比增长8.6%,
            废止2件, 126篇, 41篇, 17个, 同比增长12.3%, 2024年为65件, 64.8%, 11个工作日, 2025年9月12日, 5120条,
            26个领域, 286万人次, 4.6万件, 99.2%, 97.8%, 查阅点3个, 4%, 培训3期, 260人次, 2个单位, 80分,
            青政办发〔2025〕27号, 整改9项, 任务32项, 建议46件, 提案58件, 面商率100%, 6个乡镇, 1.8万户次.
            """);
        page.Append('\n');
        Tables(page, p, a, r);
    }

    /// <summary>江屿镇's statistics table (the 58 rows) and what its text restates.</summary>
    private static void JiangyuFigures(StringBuilder page)
    {
        var t = JiangyuReport.Table;
        page.Append("""

            ## The compliant 江屿镇 report (national-pre2019, 2018)

            Headings, in the report's order, and the matter of the old 第三十二条 each covers: 一、概述 (overview,
            not required); 二、主动公开政府信息情况 (2); 三、依申请公开政府信息情况 (3); 四、因政府信息公开申请行政复议、
            提起行政诉讼的情况 (5); 五、政府信息公开的收费及减免情况 (4); 六、存在的主要问题和改进措施 (6);
            七、其他需要报告的事项 (7), with the statistics table under 附：江屿镇2018年政府信息公开情况统计表.
            The text restates
            """);
        page.Append(CultureInfo($" 主动公开政府信息{t.Text(1)}条 (row 1), 网站{t.Text(5)}条 (5), 微信{t.Text(7)}条 (7), 其他方式{t.Text(8)}条 (8), 制发规范性文件{t.Text(3)}件 (3); "));
        page.Append(CultureInfo($"收到申请{t.Text(17)}件 (17; 当面{t.Text(18)}, 网络{t.Text(20)}, 信函{t.Text(21)}), 同意公开{t.Text(27)}件 (27), 已主动公开{t.Text(26)}件 (26), 不属于本机关{t.Text(36)}件 (36); "));
        page.Append(CultureInfo($"行政复议{t.Text(40)}件, 维持 (40, 41); no lawsuit (44 = 0); 举报投诉{t.Text(48)}件 (48); 未收取任何费用 (49 = 0); 专职1名、兼职2名 (53, 54); 会议{t.Text(56)}次, 培训{t.Text(57)}期, {t.Text(58)}人次 (56–58).\n"));
    }

    private static void Tables(StringBuilder page, params FormTable[] tables)
    {
        foreach (var table in tables)
        {
            var columns = table.ValueColumns;
            page.Append(CultureInfo($"\nTable {table.Id} ({table.Spec.Name.Zh}):\n\n"));
            page.Append("| row | ").Append(string.Join(" | ", columns.Select(c => Escape(ColumnPath(table, c))))).Append(" |\n");
            page.Append("|---|").Append(string.Concat(columns.Select(_ => "---|"))).Append('\n');
            foreach (var row in table.ValueRows)
            {
                var own = table.ColumnsOf(row);
                page.Append("| ").Append(Escape(RowLabel(table, row))).Append(" | ")
                    .Append(string.Join(" | ", columns.Select(c => own.Contains(c) ? table.Text(row.Id, c.Id) : string.Empty)))
                    .Append(" |\n");
            }
        }
    }

    /// <summary>A row's label, after its parent's when the parent is a group of the form ("（三）不予公开 1.属于国家秘密"); "—" for a table without row labels.</summary>
    private static string RowLabel(FormTable table, Gumu.Compliance.Rules.TableRowSpec row)
    {
        if (!table.Spec.RowLabels)
        {
            return "—";
        }

        var parent = row.Parent is { } id ? table.Spec.Rows.Single(r => r.Id == id) : null;
        return (parent is { Heading: false } ? PrintedForm.Text(parent.Label) + " " : string.Empty) + PrintedForm.Text(row.Label);
    }

    /// <summary>A value column with the header groups above it: "行政诉讼 / 复议后起诉 / 总计".</summary>
    private static string ColumnPath(FormTable table, Gumu.Compliance.Rules.TableColumnSpec column)
    {
        var path = new List<string>();
        for (var c = column; c is not null; c = c.Parent is { } parent ? table.Spec.Columns.Single(x => x.Id == parent) : null)
        {
            path.Insert(0, PrintedForm.ColumnHeader(c));
        }

        return string.Join(" / ", path.Skip(path.Count > 1 && table.Id == "三" ? 1 : 0));
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);
}
