using Gumu.Compliance.Text;

namespace Gumu.Compliance.Tests.Text;

public sealed class HeadingNumberTests
{
    [Theory]
    [InlineData("一、总体公开情况说明", HeadingNumberStyle.Chinese, 1, 2)]
    [InlineData("十四、其他应报告的事项", HeadingNumberStyle.Chinese, 14, 3)]
    [InlineData("一 、总体", HeadingNumberStyle.Chinese, 1, 3)]
    [InlineData("二.主动", HeadingNumberStyle.Chinese, 2, 2)]
    [InlineData("三,重点", HeadingNumberStyle.Chinese, 3, 2)]
    [InlineData("第四部分 推进", HeadingNumberStyle.Chinese, 4, 5)]
    [InlineData("（一）加强组织", HeadingNumberStyle.ParenthesizedChinese, 1, 3)]
    [InlineData("(二)提升", HeadingNumberStyle.ParenthesizedChinese, 2, 3)]
    [InlineData("1.严格审查", HeadingNumberStyle.Arabic, 1, 2)]
    [InlineData("12、其他", HeadingNumberStyle.Arabic, 12, 3)]
    [InlineData("(3)其他", HeadingNumberStyle.ParenthesizedArabic, 3, 3)]
    [InlineData("1)其他", HeadingNumberStyle.ParenthesizedArabic, 1, 2)]
    public void Splits_the_number_from_the_title(string text, object style, int value, int length)
    {
        var number = HeadingNumber.Parse(text);

        number.Should().Be(new HeadingNumber((HeadingNumberStyle)style, value, length));
    }

    [Theory]
    [InlineData("2018年全镇无依申请公开事项")]
    [InlineData("一是落实统一的标准化答复文本")]
    [InlineData("1.5万元用于培训")]
    [InlineData("十三五规划")]
    [InlineData("总体公开情况说明")]
    [InlineData("")]
    public void Finds_no_number_where_there_is_none(string text) =>
        HeadingNumber.Parse(text).Style.Should().Be(HeadingNumberStyle.None);
}
