using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;
using Gumu.Compliance.Tests.Support;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Tests.Corpus;

/// <summary>
/// Acceptance over the beginnings of real reports (read from ../shared at run time, never copied):
/// no file makes the checker crash or a rule fail, and no section counts as present because its
/// title is only listed in running text such as an intro.
/// </summary>
public sealed class RealExcerptTests
{
    private static readonly ReportChecker Checker = new();
    private static readonly RuleSet Yunnan = RuleSetLoader.BuiltIn("yunnan-2018");

    public static TheoryData<string> Excerpts()
    {
        var data = new TheoryData<string>();
        if (RepositoryPaths.RealExcerpts is { } folder)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add("(absent)"); // never run: the theory is skipped
        }

        return data;
    }

    [CorpusTheory]
    [MemberData(nameof(Excerpts))]
    public async Task Checking_a_real_excerpt_never_fails(string file)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.RealExcerpts!, file));

        result.Format.Should().Be("text");
        result.Findings.Should().NotContain(f => f.RuleId == "GM0005" || f.RuleId == "GM0001" || f.RuleId == "GM0004");
    }

    /// <summary>
    /// The rule set the corpus index says an excerpt follows: its template, or for one marked
    /// "other" the one its year calls for (before 2019 outside the Yunnan form: national-pre2019).
    /// </summary>
    private static string ExpectedRuleSet(System.Text.Json.JsonElement entry)
    {
        var year = entry.GetProperty("year").GetInt32();
        return entry.GetProperty("template").GetString() switch
        {
            "yunnan-2018-14" => "yunnan-2018",
            "other" when year <= 2018 => "national-pre2019",
            "other" => year <= 2020 ? "national-2019" : "national-2021",
            var named => named!,
        };
    }

    [CorpusTheory]
    [MemberData(nameof(Excerpts))]
    public async Task Each_excerpt_is_checked_against_the_template_its_year_and_headings_call_for_and_is_a_report(string file)
    {
        using var index = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.RealExcerpts!, "index.json")));
        var entry = index.RootElement.EnumerateArray().Single(e => e.GetProperty("file").GetString() == file);

        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.RealExcerpts!, file));

        result.Findings.Should().NotContain(f => f.RuleId == "GM0003", "{0} is the beginning of a real report", file);
        result.RuleSet.Should().Be(ExpectedRuleSet(entry), "{0} ({1}): {2}", file, entry.GetProperty("what_it_shows").GetString(), result.RuleSetReason);
        result.RuleSetReason.Should().NotBeNullOrEmpty();
    }

    /// <summary>What the corpus notes say a real excerpt shows, found by the rule that checks it.</summary>
    [CorpusTheory]
    [InlineData("2022-hunan-taojiang-songmutang.txt", "GM2005", 2)]
    [InlineData("2023-xinjiang-nlk-town-table.txt", "GM2005", 6)]
    public async Task A_town_reporting_rules_in_force_gets_the_rules_warning(string file, string ruleId, int inForce)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.RealExcerpts!, file));

        var finding = result.Findings.Should().ContainSingle(f => f.RuleId == ruleId).Subject;
        finding.Message.Should().Contain("规章").And.Contain($"“现行有效件数” {inForce}");
    }

    [CorpusTheory]
    [InlineData("2019-henan-pingqiao-fgw-image-tables.txt", "2019年度区发改委政府信息公开工作年度报告")]
    public async Task A_breadcrumb_above_the_title_is_not_taken_for_it(string file, string title)
    {
        var result = await Checker.CheckFileAsync(Path.Combine(RepositoryPaths.RealExcerpts!, file));

        result.Title.Should().Be(title);
        result.Findings.Should().NotContain(f => f.RuleId == "GM4001");
    }

    [CorpusTheory]
    [MemberData(nameof(Excerpts))]
    public void No_section_is_present_only_because_running_text_lists_its_title(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.RealExcerpts!, file));
        var document = PlainTextReportReader.Parse(text, ReaderLimits.Default, default);

        var outline = OutlineBuilder.Build(document, Yunnan);

        var titleKeys = Yunnan.Sections
            .SelectMany(s => s.Variants.Prepend(s.Title))
            .Where(t => !t.Contains('{', StringComparison.Ordinal))
            .Select(TextNormalizer.Key)
            .ToList();
        foreach (var section in outline.Sections)
        {
            var heading = TextNormalizer.Key(section.Heading.Paragraph.Text[section.Heading.Numbering.Length..]);
            var titleEnd = heading.Length - (section.Heading.InlineContent is { } inline ? TextNormalizer.Key(inline).Length : 0);
            var headingTitle = heading[..titleEnd];
            titleKeys.Count(k => k.Length >= 6 && headingTitle.Contains(k, StringComparison.Ordinal) && !TextNormalizer.Key(section.Heading.Title).Contains(k, StringComparison.Ordinal))
                .Should().Be(0, "heading \"{0}\" of {1} must be a heading, not a list of titles", section.Heading.Paragraph.Text, file);
            section.Heading.Paragraph.Text.Should().NotContain("组成", "an intro sentence is never a heading");
        }
    }

    [CorpusTheory]
    [InlineData("2018-yunnan-province-forestry-grassland-traditional.txt", new[] { 2, 3 })]
    public void Traditional_characters_and_inline_headings_are_recognised_while_the_intro_list_is_not(string file, int[] firstSections)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.RealExcerpts!, file));
        var document = PlainTextReportReader.Parse(text, ReaderLimits.Default, default);

        var outline = OutlineBuilder.Build(document, Yunnan);

        outline.Sections.Select(s => s.Number).Take(firstSections.Length).Should().Equal(firstSections);
        outline.Sections.Should().OnlyContain(s => s.Heading.BlockIndex > 1, "the title and the intro that lists the parts are not headings");
    }
}
