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
}
