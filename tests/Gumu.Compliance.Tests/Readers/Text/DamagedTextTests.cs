using System.Text;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Tests.Support;

namespace Gumu.Compliance.Tests.Readers.Text;

/// <summary>
/// A plain-text report with one stray byte (a cut multi-byte sequence, a control character) is
/// read with that character replaced; only a figure it touches is affected. Binary data stays
/// GM0002.
/// </summary>
public sealed class DamagedTextTests
{
    private static readonly byte[] Report = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "compliant", "lanxi-2018.txt"));

    private static readonly ReportChecker Checker = new();

    public static TheoryData<byte> StrayBytes() => new() { 0xFF, 0x80, 0x1B, 0x00, 0x07, 0x7F };

    [Theory]
    [MemberData(nameof(StrayBytes))]
    public async Task A_stray_byte_inside_a_narrative_sentence_costs_nothing(byte stray)
    {
        var bytes = Replace(Report, "统一规范设置政务公开栏", "统一规范设置政", [stray], "公开栏");

        var result = await Checker.CheckAsync(new MemoryStream(bytes), "lanxi.txt");

        result.Format.Should().Be("text");
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public async Task A_stray_byte_in_a_table_figure_makes_that_cell_unreadable()
    {
        var bytes = Replace(Report, "条\t268\n", "条\t2", [0xFF], "8\n");

        var result = await Checker.CheckAsync(new MemoryStream(bytes), "lanxi.txt");

        result.Format.Should().Be("text");
        result.Findings.Select(f => (f.RuleId, f.Location?.ToCompactString(), f.Evidence)).Should().Equal(("GM2004", "114:1", "2\uFFFD8"));
    }

    [Fact]
    public async Task A_gb18030_report_with_a_stray_byte_is_read_as_gb18030()
    {
        var gb = Encoding.GetEncoding("GB18030").GetBytes(Encoding.UTF8.GetString(Report));
        var at = Find(gb, Encoding.GetEncoding("GB18030").GetBytes("统一规范设置政务公开栏")) + 4;
        gb[at] = 0x1B;

        var result = await Checker.CheckAsync(new MemoryStream(gb), "lanxi-gb.txt");

        result.Format.Should().Be("text");
        result.Title.Should().Be("兰溪镇人民政府2018年政府信息公开工作年度报告");
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public async Task No_single_byte_change_makes_the_report_unreadable()
    {
        var unreadable = new List<string>();
        for (var at = 0; at < Report.Length; at += 97)
        {
            foreach (var stray in new byte[] { 0xFF, 0x00, 0x1B, 0xC3 })
            {
                var bytes = (byte[])Report.Clone();
                bytes[at] = stray;
                var result = await Checker.CheckAsync(new MemoryStream(bytes), "mutant.txt");
                if (result.Findings.Any(f => f.RuleId is "GM0001" or "GM0002"))
                {
                    unreadable.Add($"byte {at} = 0x{stray:X2}: {result.Findings[0].RuleId}");
                }
            }
        }

        unreadable.Should().BeEmpty();
    }

    [Theory]
    [InlineData(64)]
    [InlineData(4096)]
    [InlineData(200_000)]
    public async Task Random_bytes_stay_unsupported(int length)
    {
        var bytes = new byte[length];
        new Random(20190116).NextBytes(bytes);
        bytes[0] = 0x41; // not a known signature

        var result = await Checker.CheckAsync(new MemoryStream(bytes), "blob.txt");

        result.Findings.Should().ContainSingle().Which.RuleId.Should().Be("GM0002");
    }

    [Fact]
    public async Task Random_bytes_that_decode_as_gb18030_stay_unsupported()
    {
        // Every pair a valid GB18030 character: no invalid sequence, but control characters throughout.
        var random = new Random(7);
        var bytes = new byte[8192];
        for (var i = 0; i < bytes.Length; i += 2)
        {
            bytes[i] = (byte)random.Next(0xB0, 0xF8);
            bytes[i + 1] = (byte)(i % 16 == 0 ? random.Next(0x01, 0x1F) : random.Next(0xA1, 0xFF));
        }

        var result = await Checker.CheckAsync(new MemoryStream(bytes), "blob.txt");

        result.Findings.Should().ContainSingle().Which.RuleId.Should().Be("GM0002");
    }

    private static byte[] Replace(byte[] source, string find, string before, byte[] middle, string after)
    {
        var at = Find(source, Encoding.UTF8.GetBytes(find));
        at.Should().BeGreaterThanOrEqualTo(0, "the sample holds \"{0}\"", find);
        return [.. source[..at], .. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after), .. source[(at + Encoding.UTF8.GetByteCount(find))..]];
    }

    private static int Find(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
