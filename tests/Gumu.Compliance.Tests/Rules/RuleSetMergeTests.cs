using System.Text;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Tests.Rules;

/// <summary>How a rule set that <c>extends</c> another is read: merged entry by entry, by id.</summary>
public sealed class RuleSetMergeTests
{
    private static RuleSet Load(string json) => RuleSetLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void National_2019_takes_what_it_does_not_restate_from_national_2021()
    {
        var n2019 = RuleSetLoader.BuiltIn("national-2019");
        var n2021 = RuleSetLoader.BuiltIn("national-2021");

        n2019.Sections.Select(s => s.Title).Should().Equal(n2021.Sections.Select(s => s.Title));
        n2019.Table("四")!.Columns.Should().BeEquivalentTo(n2021.Table("四")!.Columns);
        n2019.Table("三")!.Rows.Select(r => r.Id).Should().Equal(n2021.Table("三")!.Rows.Select(r => r.Id).Where(id => !id.StartsWith("R3.6.", StringComparison.Ordinal)));
        n2019.Table("三")!.Rows.Single(r => r.Id == "R3.6").Optional.Should().BeFalse("2019 has one (六)其他处理 row with values");
        n2019.Table("二")!.Columns.Select(c => c.Id).Should().Contain("change").And.NotContain("made");
        n2019.Section(6)!.Requires.Should().BeEmpty("the fee statement is asked of 2021 reports only");
        n2019.OutdatedBases.Select(b => b.Id).Should().Equal("old-regulation-articles");
        n2019.Abstract.Should().BeFalse();
    }

    [Fact]
    public void An_entry_with_a_known_id_is_merged_replace_replaces_it_and_remove_removes_it()
    {
        var set = Load("""
            {
              "id": "test-province-2021", "name": { "zh": "某省", "en": "a province" }, "extends": "national-2021",
              "sections": [ { "id": "other", "title": "其他需要说明的事项" } ],
              "tables": [
                { "id": "三", "relations": [
                  { "id": "legal-subtotal", "$remove": true },
                  { "id": "balance", "$replace": true, "rule": "GM2005", "forEach": "column", "expr": "R1 + R2 = R3.7 + R4" } ] }
              ]
            }
            """);

        set.Section(6)!.Title.Should().Be("其他需要说明的事项");
        set.Section(6)!.Number.Should().Be(6, "what the entry does not restate is kept");
        set.Table("三")!.Relations.Select(r => r.Id).Should().NotContain("legal-subtotal").And.Contain("balance");
        var balance = set.Table("三")!.Relations.Single(r => r.Id == "balance");
        balance.Rule.Should().Be("GM2005");
        balance.Description.Should().BeNull("a replaced entry keeps nothing of the inherited one");
    }

    [Theory]
    [InlineData("""{ "id": "x", "name": { "zh": "x", "en": "x" }, "extends": "national-2021", "tables": [ { "id": "五", "$remove": true } ] }""", "*tables entry '五' is marked $remove*")]
    [InlineData("""{ "id": "x", "name": { "zh": "x", "en": "x" }, "extends": "national-2099" }""", "*extends 'national-2099'*")]
    [InlineData("""{ "id": "x", "name": { "zh": "x", "en": "x" }, "extends": "national-2021", "sections": [ { "id": "other" }, { "id": "other" } ] }""", "*sections entry 'other' appears twice*")]
    [InlineData("""{ "id": "x", "name": { "zh": "x", "en": "x" }, "extends": "national-2021", "tables": [ { "id": "三", "rows": [ { "id": "R9", "label": "九", "parent": "R99" } ] } ] }""", "*row 'R9' names parent 'R99'*")]
    [InlineData("""{ "id": "x", "name": { "zh": "x", "en": "x" }, "extends": "national-2021", "sectoins": [] }""", "*sectoins*")]
    [InlineData("""{ "id": "x", "name": { "zh": "x", "en": "x" }, "extends": "national-2021", "tables": [ { "id": "四", "$replace": true, "name": { "zh": "x", "en": "x" }, "section": 4, "columns": [ { "id": "total", "label": "总计" } ], "rows": [ { "id": "cases", "label": "案件数" } ] } ] }""", "*quantity 'reviews'*'review.total'*")]
    public void A_broken_file_is_rejected_with_a_message_naming_the_entry(string json, string message)
    {
        var load = () => Load(json);

        load.Should().Throw<InvalidDataException>().WithMessage(message);
    }

    [Fact]
    public void An_abstract_rule_set_is_not_offered_and_cannot_check_a_report()
    {
        RuleSetLoader.BuiltInNames.Should().Equal("national-2019", "national-2021", "national-pre2019", "yunnan-2018");
        var common = () => RuleSetLoader.BuiltIn("common");

        common.Should().Throw<ArgumentException>();
    }
}
