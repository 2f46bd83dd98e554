using Gumu.Compliance.Figures;

namespace Gumu.Compliance.Tests.Figures;

public sealed class FigureReaderTests
{
    private static StatedFigure Single(string text)
    {
        var figures = FigureReader.Default.Read(text);
        figures.Should().ContainSingle($"'{text}' states one figure");
        return figures[0];
    }

    [Theory]
    [InlineData("全年共受理申请5件", "5", "件")]
    [InlineData("复核材料２件", "2", "件")]
    [InlineData("全年更新１２３条", "123", "条")]
    [InlineData("累计发布1,234条", "1234", "条")]
    [InlineData("累计发布12,345,678条", "12345678", "条")]
    [InlineData("投入经费12.5万元", "12.5", "万元")]
    [InlineData("收取费用0.35万元", "0.35", "万元")]
    [InlineData("收取费用800元", "800", "元")]
    [InlineData("发布信息1.2万条", "12000", "条")]
    [InlineData("参训60人次", "60", "人次")]
    [InlineData("培训骨干8人", "8", "人")]
    [InlineData("座谈3次", "3", "次")]
    [InlineData("设查阅点2个", "2", "个")]
    [InlineData("稿件14篇", "14", "篇")]
    [InlineData("制度3项", "3", "项")]
    [InlineData("共有 7 件", "7", "件")]
    public void Arabic_digits_with_their_unit(string text, string value, string unit)
    {
        var figure = Single(text);

        figure.Value.Should().Be(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        figure.Unit.Should().Be(unit);
        figure.Bound.Should().Be(FigureBound.Exact);
        figure.IsExact.Should().BeTrue();
    }

    [Theory]
    [InlineData("行政复议两件", 2, "件")]
    [InlineData("行政复议二件", 2, "件")]
    [InlineData("行政诉讼一件", 1, "件")]
    [InlineData("公开十二条", 12, "条")]
    [InlineData("回应一百零三次", 103, "次")]
    [InlineData("发布二十篇", 20, "篇")]
    [InlineData("办理十件", 10, "件")]
    [InlineData("培训一千零五人次", 1005, "人次")]
    [InlineData("举报〇件", 0, "件")]
    [InlineData("举报零件", 0, "件")]
    [InlineData("投入十二万元", 12, "万元")]
    [InlineData("審核兩件", 2, "件")]
    [InlineData("公开叁拾条", 30, "条")]
    public void Chinese_numerals_with_their_unit(string text, int value, string unit)
    {
        var figure = Single(text);

        figure.Value.Should().Be(value);
        figure.Unit.Should().Be(unit);
        figure.IsExact.Should().BeTrue();
    }

    [Theory]
    [InlineData("召开各类会议100余次", FigureBound.AtLeast, 100, null, "次")]
    [InlineData("回应30多件", FigureBound.AtLeast, 30, null, "件")]
    [InlineData("办理二十多件", FigureBound.AtLeast, 20, null, "件")]
    [InlineData("开展十余次", FigureBound.AtLeast, 10, null, "次")]
    [InlineData("开展百余次", FigureBound.AtLeast, 100, null, "次")]
    [InlineData("受理上百次", FigureBound.AtLeast, 100, null, "次")]
    [InlineData("咨询100次以上", FigureBound.AtLeast, 100, null, "次")]
    [InlineData("覆盖3万余人次", FigureBound.AtLeast, 30000, null, "人次")]
    [InlineData("受众近百人次", FigureBound.AtMost, 0, 100, "人次")]
    [InlineData("不到10件", FigureBound.AtMost, 0, 10, "件")]
    [InlineData("约50件", FigureBound.Around, 25, 100, "件")]
    [InlineData("大约40条", FigureBound.Around, 20, 80, "条")]
    [InlineData("50左右", FigureBound.Around, 25, 100, null)]
    [InlineData("20次左右", FigureBound.Around, 10, 40, "次")]
    [InlineData("开展数十次", FigureBound.Range, 10, 99, "次")]
    [InlineData("接待几百人次", FigureBound.Range, 100, 999, "人次")]
    [InlineData("办理3至5件", FigureBound.Range, 3, 5, "件")]
    public void Approximations_are_ranges_or_bounds_never_exact(string text, object bound, int minimum, int? maximum, string? unit)
    {
        var figure = Single(text);

        figure.Bound.Should().Be((FigureBound)bound);
        figure.IsExact.Should().BeFalse();
        figure.Minimum.Should().Be(minimum);
        figure.Maximum.Should().Be(maximum);
        figure.Unit.Should().Be(unit);
    }

    [Fact]
    public void An_approximation_admits_the_values_of_its_range_only()
    {
        var atLeast = Single("召开会议100余次");
        atLeast.Admits(100).Should().BeTrue();
        atLeast.Admits(150).Should().BeTrue();
        atLeast.Admits(99).Should().BeFalse();

        var near = Single("受众近百人次");
        near.Admits(96).Should().BeTrue();
        near.Admits(120).Should().BeFalse();

        var exact = Single("收到2件");
        exact.Admits(2).Should().BeTrue();
        exact.Admits(3).Should().BeFalse();
        exact.Overlaps(atLeast).Should().BeFalse();
        Single("约3件").Overlaps(exact).Should().BeTrue();
    }

    [Fact]
    public void The_figure_text_keeps_approximation_words_and_unit()
    {
        Single("全年约50件").Text.Should().Be("约50件");
        Single("全年100余次").Text.Should().Be("100余次");
        Single("全年１２件").Text.Should().Be("12件");
        Single("行政复议两件").Text.Should().Be("两件");
    }

    [Theory]
    [InlineData("依据青政发〔2019〕1号文件")]
    [InlineData("关于修缮沟渠的建议(32号)已办结")]
    [InlineData("铺设DN400排水管")]
    [InlineData("GB2312编码")]
    [InlineData("2018年")]
    [InlineData("二〇一八年")]
    [InlineData("自1月1日起")]
    [InlineData("12月31日止")]
    [InlineData("咨询电话0871-6123456")]
    [InlineData("手机13812345678")]
    [InlineData("12345热线")]
    [InlineData("发布日期2019-01-14")]
    [InlineData("上午9:30开会")]
    [InlineData("完成率98.5%")]
    [InlineData("占百分之五十")]
    [InlineData("第3次会议")]
    [InlineData("第三次会议")]
    [InlineData("《条例》第三十一条")]
    [InlineData("一是加强领导，二是完善制度")]
    [InlineData("打造一站式服务")]
    [InlineData("落实十三五规划")]
    [InlineData("一把手负总责")]
    [InlineData("一律先审后发")]
    [InlineData("一次性告知")]
    [InlineData("一起研究部署")]
    [InlineData("一件事一次办")]
    [InlineData("3个工作日内答复")]
    [InlineData("3个月内办结")]
    [InlineData("1.严格审查公开属性")]
    [InlineData("(2)规范会议公开")]
    [InlineData("两学一做")]
    [InlineData("三四个村")]
    [InlineData("十分重视")]
    [InlineData("进一步拓展")]
    [InlineData("周一例会")]
    [InlineData("十九大精神")]
    [InlineData("三公经费")]
    public void Numbers_that_are_not_counts_are_ignored(string text)
    {
        FigureReader.Default.Read(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("行政复议为零。", 0)]
    [InlineData("行政复议为零", 0)]
    [InlineData("行政诉讼数为0", 0)]
    [InlineData("行政诉讼数为0，举报", 0)]
    [InlineData("收到申请0件", 0)]
    public void Zero_is_a_figure(string text, int value)
    {
        Single(text).Value.Should().Be(value);
    }

    [Fact]
    public void A_Chinese_numeral_without_a_unit_is_no_figure_unless_a_zero_ends_its_clause()
    {
        FigureReader.Default.Read("零星维修").Should().BeEmpty();
        FigureReader.Default.Read("三个村寨").Should().ContainSingle().Which.Value.Should().Be(3);
    }

    [Fact]
    public void A_sentence_yields_each_of_its_figures_in_order()
    {
        var figures = FigureReader.Default.Read("2018年度收到申请1,024件，其中网络申请１２件、信函申请两件，收费0.5万元，答复率100%。");

        figures.Select(f => $"{f.Value}{f.Unit}").Should().Equal("1024件", "12件", "2件", "0.5万元");
    }

    [Fact]
    public void A_comma_between_clauses_is_no_thousands_separator()
    {
        var figures = FigureReader.Default.Read("行政复议2件，2件均维持；行政诉讼1件,234人参加旁听");

        figures.Select(f => $"{f.Value}{f.Unit}").Should().Equal("2件", "2件", "1件", "234人");
    }

    [Fact]
    public void A_reader_uses_the_units_it_is_given()
    {
        var reader = new FigureReader(["宗"]);

        reader.Read("受理3宗").Should().ContainSingle().Which.Unit.Should().Be("宗");
        reader.Read("受理3件").Should().ContainSingle().Which.Unit.Should().BeNull();
        reader.Read("受理三件").Should().BeEmpty();
    }

    [Theory]
    [InlineData("编号123456789012345678901234567890123件")]
    [InlineData("共79228162514264337593543950335万元")]
    [InlineData("共5至123456789012345678901234567890123件")]
    public void A_number_too_large_for_any_figure_is_passed_over_not_a_crash(string text) =>
        FigureReader.Default.Read(text).Should().NotContain(f => f.Value >= 1_000_000_000_000_000m);
}
