using Gumu.Compliance.Figures;

namespace Gumu.Compliance.Tests.Figures;

public sealed class TableValueTests
{
    private static readonly string[] Units = ["件", "条", "万元", "人次"];

    [Theory]
    [InlineData("5", 5)]
    [InlineData(" 12 ", 12)]
    [InlineData("０", 0)]
    [InlineData("１２", 12)]
    [InlineData("1,234", 1234)]
    [InlineData("12.5", 12.5)]
    [InlineData("0.00", 0)]
    [InlineData("-1", -1)]
    [InlineData("5件", 5)]
    [InlineData("3.5万元", 3.5)]
    [InlineData("3.5(万元)", 3.5)]
    [InlineData("两", 2)]
    [InlineData("十二", 12)]
    [InlineData("无", 0)]
    public void Numbers(string text, double value)
    {
        var parsed = TableValue.Parse(text, Units);

        parsed.Kind.Should().Be(TableValueKind.Number);
        parsed.Number.Should().Be((decimal)value);
    }

    [Theory]
    [InlineData("", TableValueKind.Blank)]
    [InlineData("   ", TableValueKind.Blank)]
    [InlineData("/", TableValueKind.NotApplicable)]
    [InlineData("／", TableValueKind.NotApplicable)]
    [InlineData("—", TableValueKind.NotApplicable)]
    [InlineData("——", TableValueKind.NotApplicable)]
    [InlineData("-", TableValueKind.NotApplicable)]
    [InlineData("--", TableValueKind.NotApplicable)]
    [InlineData("见附件", TableValueKind.Text)]
    [InlineData("100余", TableValueKind.Text)]
    [InlineData("一", TableValueKind.Text)]
    [InlineData("1,23", TableValueKind.Text)]
    [InlineData("二〇", TableValueKind.Text)]
    [InlineData("123456789012345678901234567890123", TableValueKind.Text)] // no decimal holds it (found by fuzzing)
    [InlineData("一二三四五六七八九一二三四五六七八九一二三", TableValueKind.Text)]
    public void Blank_not_applicable_and_text_stay_apart_from_zero(string text, object kind)
    {
        var parsed = TableValue.Parse(text, Units);

        parsed.Kind.Should().Be((TableValueKind)kind);
        parsed.Number.Should().BeNull();
        parsed.Text.Should().Be(text.Trim());
    }
}
