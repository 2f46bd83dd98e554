using Gumu.Cli.Configuration;

namespace Gumu.Cli.Tests.Configuration;

/// <summary>The glob semantics docs/configuration.md promises for "ignore" and "overrides".</summary>
public sealed class PathGlobsTests
{
    private static readonly string Base = Path.Combine(Path.GetTempPath(), "office");

    [Theory]
    [InlineData("*.jpg", "乡镇/兰溪镇/photo.jpg", true)]
    [InlineData("*.jpg", "photo.JPG", true)]
    [InlineData("*.jpg", "乡镇/report.html", false)]
    [InlineData("**/附件*", "乡镇/兰溪镇/附件1-统计表.png", true)]
    [InlineData("**/附件*", "附件2.docx", true)]
    [InlineData("**/附件*", "乡镇/兰溪镇/report-附件.docx", false)]
    [InlineData("附件", "乡镇/兰溪镇/附件/表.png", true)]
    [InlineData("乡镇/石门镇", "乡镇/石门镇/report.html", true)]
    [InlineData("石门镇/*.html", "乡镇/石门镇/report.html", false)]
    [InlineData("/report.html", "report.html", true)]
    [InlineData("/report.html", "乡镇/report.html", false)]
    [InlineData("乡镇/**/*.docx", "乡镇/a/b/c.docx", true)]
    public void A_pattern_matches_as_in_gitignore(string pattern, string relative, bool matches)
    {
        var globs = new PathGlobs([pattern]);

        globs.Matches(Base, Path.Combine(Base, relative), relative).Should().Be(matches);
    }

    [Fact]
    public void Outside_the_configuration_s_folder_only_name_patterns_apply()
    {
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "附件", "photo.jpg");

        new PathGlobs(["*.jpg"]).Matches(Base, outside, "../elsewhere/附件/photo.jpg").Should().BeTrue();
        new PathGlobs(["elsewhere/**"]).Matches(Base, outside, "../elsewhere/附件/photo.jpg").Should().BeFalse();
    }
}
