using Gumu.Compliance.Text;

namespace Gumu.Compliance.Tests.Text;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("〇", 0)]
    [InlineData("零", 0)]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("二", 2)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十三", 23)]
    [InlineData("一百", 100)]
    [InlineData("一百零三", 103)]
    [InlineData("一百一十", 110)]
    [InlineData("三千零五", 3005)]
    [InlineData("一万二千", 12000)]
    [InlineData("两万零一百", 20100)]
    [InlineData("二〇一八", 2018)]
    [InlineData("贰拾叁", 23)]
    public void Reads_numerals(string text, long expected)
    {
        ChineseNumerals.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("一二十")]
    [InlineData("十百")]
    [InlineData("百百")]
    [InlineData("两〇一八")]
    [InlineData("五是")]
    [InlineData("一二三四五六七八九一二三四五六七八九一二三")]
    public void Rejects_malformed_numerals(string text) =>
        ChineseNumerals.TryParse(text, out _).Should().BeFalse();
}
