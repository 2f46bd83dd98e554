using Gumu.Compliance.Text;

namespace Gumu.Compliance.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("推进“互联网+政务服务”工作情况", "推进互联网+政务服务工作情况")]
    [InlineData("推进\"互联网＋政务服务\"工作情况", "推进互联网+政务服务工作情况")]
    [InlineData("公开平台载体建设情况（含政府新闻发布工作落实情况）", "公开平台载体建设情况(含政府新闻发布工作落实情况)")]
    [InlineData("主動公開政府信息情況", "主动公开政府信息情况")]
    [InlineData("２０１８ 年", "2018年")]
    [InlineData("其中：主动公开规范性文件数", "其中:主动公开规范性文件数")]
    public void Key_folds_width_quotes_spaces_and_traditional_characters(string text, string expected) =>
        TextNormalizer.Key(text).Should().Be(expected);

    [Fact]
    public void Simplify_keeps_single_spaces_and_quotes() =>
        TextNormalizer.Simplify("  行政复议　 ２件，“均维持”  ").Should().Be("行政复议 2件,“均维持”");

    // Built in code and not enumerated at discovery: a lone surrogate survives neither an attribute
    // argument nor the serialisation of theory data.
    public static TheoryData<string, string> Unnormalisable() => new()
    {
        { "一、总体情况" + '\uD842', "一、总体情况\uFFFD" },
        { '\uDFB7' + "情况", "\uFFFD情况" },
        { "情况" + '\uFFFE', "情况\uFFFD" },
        { "𠮷溪乡", "𠮷溪乡" },
    };

    [Theory]
    [MemberData(nameof(Unnormalisable), DisableDiscoveryEnumeration = true)]
    public void Text_the_normaliser_cannot_take_gets_a_replacement_character_instead_of_an_exception(string text, string expected)
    {
        TextNormalizer.Key(text).Should().Be(expected);
        TextNormalizer.Simplify(text).Should().Be(expected);
    }
}
