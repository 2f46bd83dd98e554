using System.Globalization;
using System.Text;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.Docs;

/// <summary>
/// Where each rule applies in each built-in rule set, read from the rule-set data: the sections,
/// tables, relations, quantities and statements that drive the rule's check. Every rule page shows
/// this as its "Where it applies" table, and <see cref="RulePageApplicabilityTests"/> keeps the pages
/// equal to it, so a change of the rule data that changes where a rule applies shows on the page.
/// </summary>
internal static class RuleApplicability
{
    /// <summary>The heading of the table on a rule page (under "What it checks").</summary>
    public const string Heading = "### Where it applies";

    private const string NotChecked = "not checked";

    /// <summary>The Markdown block of a rule: the heading, a blank line and the table, one row per built-in rule set.</summary>
    public static string Block(string ruleId, IReadOnlyList<RuleSet> ruleSets)
    {
        var text = new StringBuilder();
        text.Append(Heading).Append("\n\n");
        text.Append("| rule set | where |\n|---|---|\n");
        foreach (var set in ruleSets)
        {
            text.Append("| `").Append(set.Id).Append("` | ").Append(Where(ruleId, set).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>Where the rule applies in one rule set, in a sentence of the page's English.</summary>
    public static string Where(string ruleId, RuleSet set) =>
        set.Severities.TryGetValue(ruleId, out var severity) && severity == "off"
            ? "off: the rule set's `severities` switch it off"
            : WhereChecked(ruleId, set);

    private static string WhereChecked(string ruleId, RuleSet set) => ruleId switch
    {
        "GM0001" or "GM0002" or "GM0004" => "every file, before a rule set is chosen",
        "GM0003" => "every file: a report has a report's title, an opening that states one, or the headings or tables of a template",
        "GM0005" => "every check of the rule set",
        "GM1001" => RequiredSections(set),
        "GM1004" or "GM1005" => AllSections(set),
        "GM1002" => AnyOrder(set) ? NotChecked + ": the sections may come in any order" : "the order of " + AllSections(set),
        "GM1003" => $"the headings of {AllSections(set)}; {set.Sections.Sum(s => s.Variants.Count)} variant titles are recognised",
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
        "GM2004" => set.Tables.Count == 0 ? NotChecked : "every value cell of " + List(set.Tables.Select(TableName)),
        "GM3003" or "GM3004" => Proceedings(set, ruleId),
        "GM4001" => $"the title: it must name the agency and the year and contain {set.TitlePhrase} ({set.TitlePhraseVariants.Count} near variants are recognised as a title)",
        "GM4002" => YearSources(set),
        "GM4003" => Deadlines(set),
        "GM4004" => OutdatedBases(set),
        _ => NotChecked,
    };

    private static string Section(RuleSet set, int? number) =>
        number is not int n ? "no section"
            : set.Section(n) is { } section ? $"{section.Title} (section {n})" : $"section {n}";

    private static bool AnyOrder(RuleSet set) => set.SectionOrder == "any";

    // GM1001: the sections a report must have, how they are recognised, what else covers them.
    private static string RequiredSections(RuleSet set)
    {
        var required = set.Sections.Where(s => s.Required).ToList();
        if (required.Count == 0)
        {
            return NotChecked;
        }

        var text = required.Count == set.Sections.Count
            ? AllSections(set)
            : $"the {required.Count} required sections, {Section(set, required[0].Number)} to {Section(set, required[^1].Number)}";
        if (AnyOrder(set))
        {
            text += ", in any order and wording";
        }

        if (set.Sections.Any(s => s.Keywords.Count > 0))
        {
            text += "; a heading with the section's keywords counts";
        }

        var covered = set.Sections.Where(s => s.Statements.Count > 0).ToList();
        if (covered.Count > 0)
        {
            text += $"; a statement in the text covers {List(covered.Select(s => s.Title))} too";
        }

        var optional = set.Sections.Where(s => !s.Required).ToList();
        if (optional.Count > 0)
        {
            text += $"; {List(optional.Select(s => s.Title))} is not required";
        }

        return text;
    }

    private static string AllSections(RuleSet set) =>
        set.Sections.Count == 0 ? NotChecked
            : $"the {set.Sections.Count} sections, {Section(set, set.Sections[0].Number)} to {Section(set, set.Sections[^1].Number)}";

    // How the pages' English names a table: "table 三", or the label a rule set gives its one table.
    private static string TableName(TableSpec table) => table.Label is { } label ? label.En : $"table {table.Id}";

    private static IReadOnlyList<TableSpec> RequiredTables(RuleSet set) => [.. set.Tables.Where(t => t.Required)];

    private static string Tables(RuleSet set, IReadOnlyList<TableSpec> tables, bool withCaption)
    {
        if (tables.Count == 0)
        {
            return NotChecked;
        }

        var text = List(tables.Select(t => t.Section is null ? TableName(t) : $"{TableName(t)} under {Section(set, t.Section)}"));
        var captioned = tables.Where(t => t.CaptionPattern is not null).ToList();
        return withCaption && captioned.Count > 0 ? $"{text}; also a caption of {List(captioned.Select(TableName))} without its table" : text;
    }

    // What GM1008 looks for: the rows that are neither optional nor headings (in tables whose rows
    // have labels), and the value columns that are not optional (in tables with more than one).
    private static string TableShapes(RuleSet set)
    {
        var parts = new List<string>();
        foreach (var table in set.Tables)
        {
            var parents = table.Columns.Select(c => c.Parent).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var valueColumns = table.Columns.Where(c => !parents.Contains(c.Id)).ToList();
            var shape = new List<string>();
            if (table.RowLabels)
            {
                shape.Add(Count(table.Rows.Count(r => !r.Optional && !r.Heading), "row"));
            }

            if (valueColumns.Count > 1)
            {
                shape.Add(Count(valueColumns.Count(c => !c.Optional), "column"));
            }

            if (shape.Count > 0)
            {
                parts.Add($"{TableName(table)}: {string.Join(" and ", shape)}");
            }
        }

        return parts.Count == 0 ? NotChecked : string.Join("; ", parts);
    }

    private static string Mismatch(RuleSet set)
    {
        var signs = new List<string>();
        foreach (var other in RuleSetLoader.BuiltInSets.Where(o => o.Id != set.Id && !Overlaps(o.Detection.Years, set.Detection.Years)))
        {
            if (other.Detection.Signature.Count > 0)
            {
                signs.Add($"the table headers of `{other.Id}`");
            }

            if (other.Detection.MinimumDistinctiveHeadings > 0)
            {
                signs.Add($"the section headings of `{other.Id}`");
            }
        }

        var text = $"a report of {Years(set.Detection.Years)}";
        text += signs.Count == 0 ? string.Empty : $" that shows {string.Join(" or ", signs)}";

        // A template with a form of its own fits no report that lacks it, unless another template
        // of the same years asks for less.
        var fallback = RuleSetLoader.BuiltInSets.Any(o => o.Id != set.Id && Overlaps(o.Detection.Years, set.Detection.Years)
            && o.Detection.MinimumDistinctiveHeadings < set.Detection.MinimumDistinctiveHeadings);
        if (set.Detection.MinimumDistinctiveHeadings > 0 && !fallback)
        {
            var minimum = set.Detection.MinimumDistinctiveHeadings;
            text += $"; a report of these years that shows {(minimum == 1 ? "none" : "fewer than " + minimum.ToString(CultureInfo.InvariantCulture))} of its own headings: no built-in template fits";
        }

        return text;
    }

    private static string Statements(RuleSet set, string ruleId)
    {
        var statements = set.Narrative?.RequiredStatements.Where(r => r.Rule == ruleId).ToList() ?? [];
        if (statements.Count == 0)
        {
            return NotChecked;
        }

        return string.Join("; ", statements.Select(statement =>
        {
            var quantity = set.Narrative!.Quantities.First(q => q.Id == statement.Quantity);
            var where = statement.Section ?? quantity.Sections[0];
            var text = $"{quantity.Name.Zh}: the text of {List(quantity.Sections.Select(n => Section(set, n)))}";
            var tables = statement.SatisfiedBy.Select(c => c.Split(':')[0]).Distinct(StringComparer.Ordinal).ToList();
            if (tables.Count > 0)
            {
                text += ", or a filled cell of " + List(tables.Select(t => set.Table(t) is { } table ? TableName(table) : "table " + t));
            }

            return text + (quantity.Sections.Count > 1 || where != quantity.Sections[0] ? $"; reported at {Section(set, where)}" : string.Empty);
        }));
    }

    private static string Relations(RuleSet set, string ruleId, bool values)
    {
        var parts = new List<string>();
        foreach (var table in set.Tables)
        {
            var ids = table.Relations.Where(r => r.Rule == ruleId)
                .Select(r => r.IssuerKinds.Count == 0 ? $"`{r.Id}`" : $"`{r.Id}` (for {List(r.IssuerKinds.Select(k => KindName(set, k)))})")
                .ToList();
            if (ids.Count > 0)
            {
                parts.Add($"{TableName(table)}: {string.Join(", ", ids)}");
            }
        }

        if (values && set.Tables.Count > 0)
        {
            parts.Add($"the value of every cell of {List(set.Tables.Select(TableName))} (no negative number where the template allows none, whole counts)");
        }

        return parts.Count == 0 ? NotChecked : string.Join("; ", parts);
    }

    private static string Plausibility(RuleSet set)
    {
        var relations = Relations(set, "GM2005", values: false);
        var yuan = set.Tables.Where(t => t.Columns.Any(c => c.Unit == "万元") || t.Rows.Any(r => r.Unit == "万元")).ToList();
        if (yuan.Count == 0)
        {
            return relations;
        }

        var amounts = $"an amount written in 元 in a cell of {List(yuan.Select(TableName))} counted in 万元";
        return relations == NotChecked ? amounts : relations + "; " + amounts;
    }

    private static string SectionStatements(RuleSet set, string ruleId)
    {
        var parts = new List<string>();
        foreach (var section in set.Sections)
        {
            foreach (var statement in section.Requires.Where(r => r.Rule == ruleId))
            {
                parts.Add($"{statement.Name.Zh} in {Section(set, section.Number)}"
                    + (statement.Elsewhere.Count > 0 ? ", or unambiguously anywhere in the report" : string.Empty));
            }
        }

        var fromQuantities = Statements(set, ruleId);
        if (fromQuantities != NotChecked)
        {
            parts.Add(fromQuantities);
        }

        return parts.Count == 0 ? NotChecked : string.Join("; ", parts);
    }

    private static string Deadlines(RuleSet set)
    {
        if (set.Deadline is not { } deadline)
        {
            return NotChecked;
        }

        var text = $"the publication date, against {deadline}";
        foreach (var byKind in set.Deadlines)
        {
            text += $"; for {List(byKind.IssuerKinds.Select(k => KindName(set, k)))}, against {byKind.Deadline}";
        }

        return text;
    }

    private static string OutdatedBases(RuleSet set) =>
        set.OutdatedBases.Count == 0
            ? NotChecked
            : "the opening's citations of " + List(set.OutdatedBases.Select(b => $"{b.Name.Zh} (instead of {b.Current.Zh})"));

    private static string KindName(RuleSet set, string kind) =>
        set.IssuerKinds.FirstOrDefault(k => k.Kind == kind)?.Name.En is { } name ? name + "s" : kind;

    private static string NarrativeAgainstTables(RuleSet set)
    {
        if (set.Narrative is not { } narrative)
        {
            return NotChecked;
        }

        var parts = narrative.Quantities
            .Where(q => q.Row is not null || q.Cells is not null)
            .Select(q => $"{q.Name.Zh} ({Cells(q)})")
            .ToList();
        parts.AddRange(narrative.Assertions.Select(a => $"the phrase {a.Phrases[0]} ({a.Name.Zh}: {a.Cells} = {a.Value.ToString(CultureInfo.InvariantCulture)})"));
        parts.AddRange(narrative.Proceedings.Select(p =>
            $"the outcomes of {narrative.Quantities.First(q => q.Id == p.Quantity).Name.Zh} (rows {string.Join(", ", p.OutcomeRows.Select(r => r.Row.ToString(CultureInfo.InvariantCulture)))})"));
        return parts.Count == 0 ? NotChecked : "the text against the tables: " + string.Join(", ", parts);
    }

    private static string Cells(NarrativeQuantitySpec quantity)
    {
        var main = quantity.Row is int row ? "row " + row.ToString(CultureInfo.InvariantCulture) : quantity.Cells!;
        return quantity.AlternativeCells.Count == 0 ? main : string.Join(" or ", quantity.AlternativeCells.Prepend(main));
    }

    private static string NarrativeAgainstItself(RuleSet set)
    {
        if (set.Narrative is not { Quantities.Count: > 0 } narrative)
        {
            return NotChecked;
        }

        var text = "a quantity the text states twice: " + string.Join(", ", narrative.Quantities.Select(q => q.Name.Zh).Distinct(StringComparer.Ordinal));
        var totals = narrative.Quantities.Where(q => narrative.Quantities.Any(p => p.PartOf == q.Id)).ToList();
        if (totals.Count > 0)
        {
            text += "; a total against its parts stated after it: " + string.Join(", ", totals.Select(t =>
                $"{t.Name.Zh} ({string.Join(", ", narrative.Quantities.Where(p => p.PartOf == t.Id).Select(p => p.Name.Zh))})"));
        }

        return text;
    }

    private static string Proceedings(RuleSet set, string ruleId)
    {
        var proceedings = set.Narrative?.Proceedings.Where(p => p.Rule == ruleId).ToList() ?? [];
        return proceedings.Count == 0
            ? NotChecked
            : string.Join("; ", proceedings.Select(p =>
            {
                var quantity = set.Narrative!.Quantities.First(q => q.Id == p.Quantity);
                return $"the outcomes the text of {List(quantity.Sections.Select(n => Section(set, n)))} states for {quantity.Name.Zh}, against its count";
            }));
    }

    private static string YearSources(RuleSet set)
    {
        var sources = new List<string> { "the statistics period" };
        sources.AddRange(set.Tables.Where(t => t.CaptionPattern is not null).Select(t => "the caption of " + TableName(t)));
        sources.AddRange(set.Sections.Where(s => s.Title.Contains("{Y+1}", StringComparison.Ordinal)).Select(s => $"the year in the heading of {Section(set, s.Number)}"));
        return "the report year against " + List(sources);
    }

    private static string Years(YearRange years) => (years.From, years.To) switch
    {
        (int from, int to) when from == to => from.ToString(CultureInfo.InvariantCulture),
        (int from, int to) => $"{from}–{to}",
        (int from, null) => $"{from} and later",
        (null, int to) => $"{to} and earlier",
        _ => "any year",
    };

    private static bool Overlaps(YearRange a, YearRange b) =>
        (a.From ?? int.MinValue) <= (b.To ?? int.MaxValue) && (b.From ?? int.MinValue) <= (a.To ?? int.MaxValue);

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
