using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;

namespace Gumu.Compliance.Tests.Sections;

/// <summary>The kind of body of a report that names none, from how its opening refers to itself.</summary>
public sealed class IssuerTests
{
    private static readonly RuleSet National = RuleSetLoader.BuiltIn("national-2021");

    private static string? KindFromOpening(string text) =>
        ReportIssuer.FromSelfReferences(PlainTextReportReader.Parse(text, ReaderLimits.Default, default), National)?.Kind;

    [Theory]
    [InlineData("一、总体情况\n现结合我镇实际，汇报我镇2023年政府信息公开工作。", "township")]
    [InlineData("一、总体情况\n本乡坚持把政务公开作为重点工作。", "township")]
    [InlineData("一、总体情况\n我街道全年主动公开信息85条。", "subdistrict")]
    [InlineData("一、总体情况\n2024年，我局认真贯彻落实《条例》。", "department")]
    public void One_kind_of_self_reference_shows_the_kind(string text, string kind) =>
        KindFromOpening(text).Should().Be(kind);

    [Theory]
    [InlineData("一、总体情况\n我局会同我镇开展公开培训。")]
    [InlineData("一、总体情况\n2024年，我市持续深化政务公开，形成了公开透明的基本局面。")]
    [InlineData("一、总体情况\n全年主动公开政府信息171条。")]
    public void Mixed_ambiguous_or_no_self_references_show_no_kind(string text) =>
        KindFromOpening(text).Should().BeNull();

    [Fact]
    public void Self_references_past_the_opening_paragraphs_do_not_count()
    {
        var text = string.Concat(Enumerable.Repeat("全年主动公开政府信息171条。\n", 8)) + "我镇将继续做好公开工作。";

        KindFromOpening(text).Should().BeNull();
    }
}
