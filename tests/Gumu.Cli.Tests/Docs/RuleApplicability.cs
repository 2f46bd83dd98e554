using System.Globalization;
using System.Text;
using Gumu.Compliance;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.Docs;

/// <summary>
/// Where each rule applies in each built-in rule set, read from the rule-set data: the sections,
/// tables, relations, quantities and statements that drive the rule's check. Every rule page shows
/// this as its "Where it applies" table (on the Chinese pages "适用范围"), and
/// <see cref="RulePageApplicabilityTests"/> keeps the pages equal to it, so a change of the rule
/// data that changes where a rule applies shows on the page.
/// </summary>
internal sealed class RuleApplicability
{
    /// <summary>The heading of the table on an English rule page (under "What it checks").</summary>
    public const string Heading = "### Where it applies";

    /// <summary>The heading of the table on a Chinese rule page (under "检查内容").</summary>
    public const string ChineseHeading = "### 适用范围";

    private static readonly RuleApplicability EnglishText = new(Language.English);
    private static readonly RuleApplicability ChineseText = new(Language.Chinese);

    private readonly bool _zh;

    private RuleApplicability(Language language) => _zh = language == Language.Chinese;

    /// <summary>The heading of the table on a page in <paramref name="language"/>.</summary>
    public static string HeadingIn(Language language) => language == Language.Chinese ? ChineseHeading : Heading;

    /// <summary>The Markdown block of a rule: the heading, a blank line and the table, one row per built-in rule set.</summary>
    public static string Block(string ruleId, IReadOnlyList<RuleSet> ruleSets, Language language = Language.English)
    {
        var words = For(language);
        var text = new StringBuilder();
        text.Append(HeadingIn(language)).Append("\n\n");
        text.Append(words.L("| rule set | where |\n", "| 规则集 | 检查范围 |\n")).Append("|---|---|\n");
        foreach (var set in ruleSets)
        {
            text.Append("| `").Append(set.Id).Append("` | ").Append(words.WhereIn(ruleId, set).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>Where the rule applies in one rule set, in a sentence of the page's language.</summary>
    public static string Where(string ruleId, RuleSet set, Language language = Language.English) => For(language).WhereIn(ruleId, set);

    private static RuleApplicability For(Language language) => language == Language.Chinese ? ChineseText : EnglishText;

    private string L(string en, string zh) => _zh ? zh : en;

    private string NotChecked => L("not checked", "不检查");

    private string WhereIn(string ruleId, RuleSet set) =>
        set.Severities.TryGetValue(ruleId, out var severity) && severity == "off"
            ? L("off: the rule set's `severities` switch it off", "关闭：规则集的 `severities` 关闭了此规则")
            : WhereChecked(ruleId, set);

    private string WhereChecked(string ruleId, RuleSet set) => ruleId switch
    {
        "GM0001" or "GM0002" or "GM0004" => L("every file, before a rule set is chosen", "每个文件，在选择规则集之前"),
        "GM0003" => L(
            "every file: a report has a report's title, an opening that states one, or the headings or tables of a template",
            "每个文件：年度报告有报告的标题、说明其为年度报告的开头，或某一模板的标题或表格"),
        "GM0005" => L("every check of the rule set", "规则集的每一项检查"),
        "GM1001" => RequiredSections(set),
        "GM1004" or "GM1005" => AllSections(set),
        "GM1002" => AnyOrder(set)
            ? NotChecked + L(": the sections may come in any order", "：各部分顺序不限")
            : L("the order of ", "以下各部分的顺序：") + AllSections(set),
        "GM1003" => L(
            $"the headings of {AllSections(set)}; {set.Sections.Sum(s => s.Variants.Count)} variant titles are recognised",
            $"{AllSections(set)}的标题；可识别 {set.Sections.Sum(s => s.Variants.Count)} 种变体标题"),
        "GM1006" => Tables(set, RequiredTables(set), withCaption: true),
        "GM1007" or "GM1009" => Tables(set, RequiredTables(set), withCaption: false),
        "GM1008" => TableShapes(set),
        "GM1010" => Mismatch(set),
        "GM1011" => SectionStatements(set, ruleId),
        "GM3001" or "GM3002" or "GM3005" => Statements(set, ruleId),
        "GM2001" => Relations(set, "GM2001", values: true),
        "GM2005" => Plausibility(set),
        "GM2002" => NarrativeAgainstTables(set),
        "GM2003" => NarrativeAgainstItself(set),
        "GM2004" => set.Tables.Count == 0 ? NotChecked : L("every value cell of ", "以下表格的每个数值单元格：") + List(set.Tables.Select(TableName)),
        "GM3003" or "GM3004" => Proceedings(set, ruleId),
        "GM4001" => L(
            $"the title: it must name the agency and the year and contain {set.TitlePhrase} ({set.TitlePhraseVariants.Count} near variants are recognised as a title)",
            $"标题：须写明机关名称和年度，并含有“{set.TitlePhrase}”（另可识别 {set.TitlePhraseVariants.Count} 种相近写法为标题）"),
        "GM4002" => YearSources(set),
        "GM4003" => Deadlines(set),
        "GM4004" => OutdatedBases(set),
        _ => NotChecked,
    };

    private string Section(RuleSet set, int? number) =>
        number is not int n ? L("no section", "不属于任何部分")
            : set.Section(n) is { } section ? L($"{section.Title} (section {n})", $"{section.Title}（第 {n} 部分）") : L($"section {n}", $"第 {n} 部分");

    private static bool AnyOrder(RuleSet set) => set.SectionOrder == "any";

    // GM1001: the sections a report must have, how they are recognised, what else covers them.
    private string RequiredSections(RuleSet set)
    {
        var required = set.Sections.Where(s => s.Required).ToList();
        if (required.Count == 0)
        {
            return NotChecked;
        }

        var text = required.Count == set.Sections.Count
            ? AllSections(set)
            : L($"the {required.Count} required sections, {Section(set, required[0].Number)} to {Section(set, required[^1].Number)}",
                $"{required.Count} 个必需部分，从{Section(set, required[0].Number)}到{Section(set, required[^1].Number)}");
        if (AnyOrder(set))
        {
            text += L(", in any order and wording", "，顺序和措辞不限");
        }

        if (set.Sections.Any(s => s.Keywords.Count > 0))
        {
            text += L("; a heading with the section's keywords counts", "；含有该部分关键词的标题也算");
        }

        var covered = set.Sections.Where(s => s.Statements.Count > 0).ToList();
        if (covered.Count > 0)
        {
            text += L($"; a statement in the text covers {List(covered.Select(s => s.Title))} too", $"；{List(covered.Select(s => s.Title))}也可由正文中的相应表述代替");
        }

        var optional = set.Sections.Where(s => !s.Required).ToList();
        if (optional.Count > 0)
        {
            text += L($"; {List(optional.Select(s => s.Title))} is not required", $"；{List(optional.Select(s => s.Title))}不是必需的");
        }

        return text;
    }

    private string AllSections(RuleSet set) =>
        set.Sections.Count == 0 ? NotChecked
            : L($"the {set.Sections.Count} sections, {Section(set, set.Sections[0].Number)} to {Section(set, set.Sections[^1].Number)}",
                $"全部 {set.Sections.Count} 个部分，从{Section(set, set.Sections[0].Number)}到{Section(set, set.Sections[^1].Number)}");

    // How a page names a table: "table 三" (表三), or the label a rule set gives its one table.
    private string TableName(TableSpec table) => table.Label is { } label ? (_zh ? label.Zh : label.En) : L($"table {table.Id}", $"表{table.Id}");

    private static IReadOnlyList<TableSpec> RequiredTables(RuleSet set) => [.. set.Tables.Where(t => t.Required)];

    private string Tables(RuleSet set, IReadOnlyList<TableSpec> tables, bool withCaption)
    {
        if (tables.Count == 0)
        {
            return NotChecked;
        }

        var text = List(tables.Select(t => t.Section is null ? TableName(t) : L($"{TableName(t)} under {Section(set, t.Section)}", $"{Section(set, t.Section)}下的{TableName(t)}")));
        var captioned = tables.Where(t => t.CaptionPattern is not null).ToList();
        return withCaption && captioned.Count > 0
            ? text + L($"; also a caption of {List(captioned.Select(TableName))} without its table", $"；也包括只有{List(captioned.Select(TableName))}的表题而没有表格的情况")
            : text;
    }

    // What GM1008 looks for: the rows that are neither optional nor headings (in tables whose rows
    // have labels), and the value columns that are not optional (in tables with more than one).
    private string TableShapes(RuleSet set)
    {
        var parts = new List<string>();
        foreach (var table in set.Tables)
        {
            var parents = table.Columns.Select(c => c.Parent).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var valueColumns = table.Columns.Where(c => !parents.Contains(c.Id)).ToList();
            var shape = new List<string>();
            if (table.RowLabels)
            {
                shape.Add(Count(table.Rows.Count(r => !r.Optional && !r.Heading), "row", "行"));
            }

            if (valueColumns.Count > 1)
            {
                shape.Add(Count(valueColumns.Count(c => !c.Optional), "column", "列"));
            }

            if (shape.Count > 0)
            {
                parts.Add($"{TableName(table)}{L(": ", "：")}{string.Join(L(" and ", "、"), shape)}");
            }
        }

        return parts.Count == 0 ? NotChecked : string.Join(L("; ", "；"), parts);
    }

    private string Mismatch(RuleSet set)
    {
        var signs = new List<string>();
        foreach (var other in RuleSetLoader.BuiltInSets.Where(o => o.Id != set.Id && !Overlaps(o.Detection.Years, set.Detection.Years)))
        {
            if (other.Detection.Signature.Count > 0)
            {
                signs.Add(L($"the table headers of `{other.Id}`", $"`{other.Id}` 的表头"));
            }

            if (other.Detection.MinimumDistinctiveHeadings > 0)
            {
                signs.Add(L($"the section headings of `{other.Id}`", $"`{other.Id}` 的部分标题"));
            }
        }

        var text = _zh
            ? $"{Years(set.Detection.Years)}的报告" + (signs.Count == 0 ? string.Empty : $"出现 {string.Join("或 ", signs)}")
            : $"a report of {Years(set.Detection.Years)}" + (signs.Count == 0 ? string.Empty : $" that shows {string.Join(" or ", signs)}");

        // A template with a form of its own fits no report that lacks it, unless another template
        // of the same years asks for less.
        var fallback = RuleSetLoader.BuiltInSets.Any(o => o.Id != set.Id && Overlaps(o.Detection.Years, set.Detection.Years)
            && o.Detection.MinimumDistinctiveHeadings < set.Detection.MinimumDistinctiveHeadings);
        if (set.Detection.MinimumDistinctiveHeadings > 0 && !fallback)
        {
            var minimum = set.Detection.MinimumDistinctiveHeadings;
            var count = minimum.ToString(CultureInfo.InvariantCulture);
            text += _zh
                ? $"；这些年度的报告{(minimum == 1 ? "没有该模板自己的任何标题" : $"该模板自己的标题不足 {count} 个")}：没有合适的内置模板"
                : $"; a report of these years that shows {(minimum == 1 ? "none" : "fewer than " + count)} of its own headings: no built-in template fits";
        }

        return text;
    }

    private string Statements(RuleSet set, string ruleId)
    {
        var statements = set.Narrative?.RequiredStatements.Where(r => r.Rule == ruleId).ToList() ?? [];
        if (statements.Count == 0)
        {
            return NotChecked;
        }

        return string.Join(L("; ", "；"), statements.Select(statement =>
        {
            var quantity = set.Narrative!.Quantities.First(q => q.Id == statement.Quantity);
            var where = statement.Section ?? quantity.Sections[0];
            var text = L($"{quantity.Name.Zh}: the text of {List(quantity.Sections.Select(n => Section(set, n)))}", $"{quantity.Name.Zh}：{List(quantity.Sections.Select(n => Section(set, n)))}的正文");
            var tables = statement.SatisfiedBy.Select(c => c.Split(':')[0]).Distinct(StringComparer.Ordinal).ToList();
            if (tables.Count > 0)
            {
                text += L(", or a filled cell of ", "，或") + List(tables.Select(t => set.Table(t) is { } table ? TableName(table) : L("table " + t, "表" + t))) + L(string.Empty, "中已填写的单元格");
            }

            return text + (quantity.Sections.Count > 1 || where != quantity.Sections[0] ? L($"; reported at {Section(set, where)}", $"；问题报告在{Section(set, where)}") : string.Empty);
        }));
    }

    private string Relations(RuleSet set, string ruleId, bool values)
    {
        var parts = new List<string>();
        foreach (var table in set.Tables)
        {
            var ids = table.Relations.Where(r => r.Rule == ruleId)
                .Select(r => r.IssuerKinds.Count == 0 ? $"`{r.Id}`" : L($"`{r.Id}` (for {List(r.IssuerKinds.Select(k => KindName(set, k)))})", $"`{r.Id}`（适用于{List(r.IssuerKinds.Select(k => KindName(set, k)))}）"))
                .ToList();
            if (ids.Count > 0)
            {
                parts.Add($"{TableName(table)}{L(": ", "：")}{string.Join(L(", ", "、"), ids)}");
            }
        }

        if (values && set.Tables.Count > 0)
        {
            parts.Add(L(
                $"the value of every cell of {List(set.Tables.Select(TableName))} (no negative number where the template allows none, whole counts)",
                $"{List(set.Tables.Select(TableName))}每个单元格的数值（模板不允许负数处不得为负数，件数须为整数）"));
        }

        return parts.Count == 0 ? NotChecked : string.Join(L("; ", "；"), parts);
    }

    private string Plausibility(RuleSet set)
    {
        var relations = Relations(set, "GM2005", values: false);
        var yuan = set.Tables.Where(t => t.Columns.Any(c => c.Unit == "万元") || t.Rows.Any(r => r.Unit == "万元")).ToList();
        if (yuan.Count == 0)
        {
            return relations;
        }

        var amounts = L($"an amount written in 元 in a cell of {List(yuan.Select(TableName))} counted in 万元", $"{List(yuan.Select(TableName))}中以万元计的单元格填写了以元计的金额");
        return relations == NotChecked ? amounts : relations + L("; ", "；") + amounts;
    }

    private string SectionStatements(RuleSet set, string ruleId)
    {
        var parts = new List<string>();
        foreach (var section in set.Sections)
        {
            foreach (var statement in section.Requires.Where(r => r.Rule == ruleId))
            {
                parts.Add(L($"{statement.Name.Zh} in {Section(set, section.Number)}", $"{Section(set, section.Number)}中的{statement.Name.Zh}")
                    + (statement.Elsewhere.Count > 0 ? L(", or unambiguously anywhere in the report", "，或报告中其他位置意思明确的表述") : string.Empty));
            }
        }

        var fromQuantities = Statements(set, ruleId);
        if (fromQuantities != NotChecked)
        {
            parts.Add(fromQuantities);
        }

        return parts.Count == 0 ? NotChecked : string.Join(L("; ", "；"), parts);
    }

    private string Deadlines(RuleSet set)
    {
        if (set.Deadline is not { } deadline)
        {
            return NotChecked;
        }

        var text = L($"the publication date, against {deadline}", $"发布日期，与 {deadline} 比较");
        foreach (var byKind in set.Deadlines)
        {
            text += L($"; for {List(byKind.IssuerKinds.Select(k => KindName(set, k)))}, against {byKind.Deadline}", $"；{List(byKind.IssuerKinds.Select(k => KindName(set, k)))}与 {byKind.Deadline} 比较");
        }

        return text;
    }

    private string OutdatedBases(RuleSet set) =>
        set.OutdatedBases.Count == 0
            ? NotChecked
            : L("the opening's citations of ", "开头部分引用的") + List(set.OutdatedBases.Select(b => L($"{b.Name.Zh} (instead of {b.Current.Zh})", $"{b.Name.Zh}（应为{b.Current.Zh}）")));

    private string KindName(RuleSet set, string kind) =>
        set.IssuerKinds.FirstOrDefault(k => k.Kind == kind)?.Name is { } name ? L(name.En + "s", name.Zh) : kind;

    private string NarrativeAgainstTables(RuleSet set)
    {
        if (set.Narrative is not { } narrative)
        {
            return NotChecked;
        }

        var parts = narrative.Quantities
            .Where(q => q.Row is not null || q.Cells is not null)
            .Select(q => L($"{q.Name.Zh} ({Cells(q)})", $"{q.Name.Zh}（{Cells(q)}）"))
            .ToList();
        parts.AddRange(narrative.Assertions.Select(a => L(
            $"the phrase {a.Phrases[0]} ({a.Name.Zh}: {a.Cells} = {a.Value.ToString(CultureInfo.InvariantCulture)})",
            $"用语“{a.Phrases[0]}”（{a.Name.Zh}：{a.Cells} = {a.Value.ToString(CultureInfo.InvariantCulture)}）")));
        parts.AddRange(narrative.Proceedings.Select(p => L(
            $"the outcomes of {narrative.Quantities.First(q => q.Id == p.Quantity).Name.Zh} (rows {string.Join(", ", p.OutcomeRows.Select(r => r.Row.ToString(CultureInfo.InvariantCulture)))})",
            $"{narrative.Quantities.First(q => q.Id == p.Quantity).Name.Zh}的结果（第 {string.Join("、", p.OutcomeRows.Select(r => r.Row.ToString(CultureInfo.InvariantCulture)))} 行）")));
        return parts.Count == 0 ? NotChecked : L("the text against the tables: ", "正文与表格比较：") + string.Join(L(", ", "，"), parts);
    }

    private string Cells(NarrativeQuantitySpec quantity)
    {
        var main = quantity.Row is int row ? L("row ", "第 ") + row.ToString(CultureInfo.InvariantCulture) + L(string.Empty, " 行") : quantity.Cells!;
        return quantity.AlternativeCells.Count == 0 ? main : string.Join(L(" or ", " 或 "), quantity.AlternativeCells.Prepend(main));
    }

    private string NarrativeAgainstItself(RuleSet set)
    {
        if (set.Narrative is not { Quantities.Count: > 0 } narrative)
        {
            return NotChecked;
        }

        var text = L("a quantity the text states twice: ", "正文两次提到的同一数量：") + string.Join(L(", ", "、"), narrative.Quantities.Select(q => q.Name.Zh).Distinct(StringComparer.Ordinal));
        var totals = narrative.Quantities.Where(q => narrative.Quantities.Any(p => p.PartOf == q.Id)).ToList();
        if (totals.Count > 0)
        {
            text += L("; a total against its parts stated after it: ", "；总数与其后列出的分项比较：") + string.Join(L(", ", "，"), totals.Select(t =>
                L($"{t.Name.Zh} ({string.Join(", ", narrative.Quantities.Where(p => p.PartOf == t.Id).Select(p => p.Name.Zh))})",
                  $"{t.Name.Zh}（{string.Join("、", narrative.Quantities.Where(p => p.PartOf == t.Id).Select(p => p.Name.Zh))}）")));
        }

        return text;
    }

    private string Proceedings(RuleSet set, string ruleId)
    {
        var proceedings = set.Narrative?.Proceedings.Where(p => p.Rule == ruleId).ToList() ?? [];
        return proceedings.Count == 0
            ? NotChecked
            : string.Join(L("; ", "；"), proceedings.Select(p =>
            {
                var quantity = set.Narrative!.Quantities.First(q => q.Id == p.Quantity);
                var sections = List(quantity.Sections.Select(n => Section(set, n)));
                return L($"the outcomes the text of {sections} states for {quantity.Name.Zh}, against its count", $"{sections}正文所述{quantity.Name.Zh}的结果，与其总数比较");
            }));
    }

    private string YearSources(RuleSet set)
    {
        var sources = new List<string> { L("the statistics period", "统计期间") };
        sources.AddRange(set.Tables.Where(t => t.CaptionPattern is not null).Select(t => L("the caption of " + TableName(t), TableName(t) + "的表题")));
        sources.AddRange(set.Sections.Where(s => s.Title.Contains("{Y+1}", StringComparison.Ordinal)).Select(s => L($"the year in the heading of {Section(set, s.Number)}", $"{Section(set, s.Number)}标题中的年份")));
        return L("the report year against ", "报告年度与") + List(sources) + L(string.Empty, "比较");
    }

    private string Years(YearRange years) => (years.From, years.To) switch
    {
        (int from, int to) when from == to => from.ToString(CultureInfo.InvariantCulture) + L(string.Empty, " 年"),
        (int from, int to) => L($"{from}–{to}", $"{from}—{to} 年"),
        (int from, null) => L($"{from} and later", $"{from} 年及以后"),
        (null, int to) => L($"{to} and earlier", $"{to} 年及以前"),
        _ => L("any year", "任何年度"),
    };

    private static bool Overlaps(YearRange a, YearRange b) =>
        (a.From ?? int.MinValue) <= (b.To ?? int.MaxValue) && (b.From ?? int.MinValue) <= (a.To ?? int.MaxValue);

    private string Count(int count, string noun, string measure) =>
        _zh ? $"{count.ToString(CultureInfo.InvariantCulture)} {measure}" : count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => _zh ? string.Join("、", list.Take(list.Count - 1)) + "和" + list[^1] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
