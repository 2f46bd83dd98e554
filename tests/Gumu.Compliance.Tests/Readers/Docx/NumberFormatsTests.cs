using Gumu.Compliance.Readers.Docx;

namespace Gumu.Compliance.Tests.Readers.Docx;

public sealed class NumberFormatsTests
{
    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(21, "chineseCounting", "二十一")]
    [InlineData(99, "chineseCounting", "九十九")]
    [InlineData(100, "chineseCounting", "一〇〇")]
    [InlineData(14, "chineseCountingThousand", "十四")]
    [InlineData(100, "chineseCountingThousand", "一百")]
    [InlineData(101, "chineseCountingThousand", "一百零一")]
    [InlineData(110, "chineseCountingThousand", "一百一十")]
    [InlineData(1010, "chineseCountingThousand", "一千零一十")]
    [InlineData(10000, "chineseCountingThousand", "一万")]
    [InlineData(12, "chineseLegalSimplified", "壹拾贰")]
    [InlineData(102, "ideographDigital", "一〇二")]
    [InlineData(3, "ideographTraditional", "丙")]
    [InlineData(10, "ideographTraditional", "癸")]
    [InlineData(11, "ideographTraditional", "甲")]
    [InlineData(2, "ideographZodiac", "丑")]
    [InlineData(3, "decimalEnclosedCircle", "③")]
    [InlineData(20, "decimalEnclosedCircle", "⑳")]
    [InlineData(21, "decimalEnclosedCircle", "21")]
    [InlineData(2, "decimalEnclosedParen", "⑵")]
    [InlineData(3, "lowerLetter", "c")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(26, "upperLetter", "Z")]
    [InlineData(4, "lowerRoman", "iv")]
    [InlineData(1994, "upperRoman", "MCMXCIV")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(7, "decimal", "7")]
    [InlineData(5, "decimalZero", "05")]
    [InlineData(3, "someFutureFormat", "3")]
    public void Formats_a_counter_as_Word_displays_it(int value, string numFmt, string expected) =>
        NumberFormats.Format(value, numFmt).Should().Be(expected);

    [Theory]
    [InlineData("bullet")]
    [InlineData("none")]
    public void Formats_without_a_number_give_null(string numFmt) =>
        NumberFormats.Format(1, numFmt).Should().BeNull();
}
