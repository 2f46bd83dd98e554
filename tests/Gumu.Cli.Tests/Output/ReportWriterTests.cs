using System.Text;
using Gumu.Compliance;
using Gumu.Compliance.Reporting;
using static Gumu.Cli.Tests.Output.SampleResults;

namespace Gumu.Cli.Tests.Output;

/// <summary>The library's public entry point to the report writers.</summary>
public sealed class ReportWriterTests
{
    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Xlsx)]
    public void Write_gives_the_format_writer_output_and_leaves_the_stream_open(ReportFormat format)
    {
        var options = new ReportWriterOptions { ToolVersion = "9.9.9", Language = Language.English };
        using var stream = new MemoryStream();

        ReportWriter.Write(Realistic(), format, stream, options);

        stream.CanWrite.Should().BeTrue();
        using var expected = new MemoryStream();
        ReportWriter.For(format).Write(expected, Realistic(), options);
        stream.ToArray().Should().Equal(expected.ToArray());
        stream.Length.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Default_options_are_chinese_with_the_library_version_and_no_date()
    {
        var options = ReportWriterOptions.Default;

        options.Language.Should().Be(Language.Chinese);
        options.CheckDate.Should().BeNull();
        options.ToolVersion.Should().MatchRegex(@"^\d+\.\d+\.\d+").And.NotContain("+");
        using var stream = new MemoryStream();
        ReportWriter.Write(Realistic(), ReportFormat.Json, stream);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Contain($"\"version\": \"{options.ToolVersion}\"");
    }

    [Fact]
    public void Unknown_format_is_refused()
    {
        var write = () => ReportWriter.Write(Realistic(), (ReportFormat)42, new MemoryStream());

        write.Should().Throw<ArgumentOutOfRangeException>();
    }
}
