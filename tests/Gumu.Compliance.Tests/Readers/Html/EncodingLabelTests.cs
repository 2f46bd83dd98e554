using System.Text;

namespace Gumu.Compliance.Tests.Readers.Html;

/// <summary>
/// Whatever charset a page declares, the clerk gets either the page read or a GM0001 that says,
/// in the clerk's language, which encoding could not be read: never a .NET message.
/// </summary>
public sealed class EncodingLabelTests
{
    /// <summary>
    /// The labels of the WHATWG Encoding Standard (one or more per encoding), and names .NET
    /// knows that the standard does not (UTF-7, UTF-32, EBCDIC).
    /// </summary>
    public static TheoryData<string> Labels() =>
    [
        "utf-8", "unicode-1-1-utf-8", "utf8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
        "866", "cp866", "ibm866", "iso-8859-2", "latin2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "cyrillic",
        "iso-8859-6", "arabic", "iso-8859-7", "greek", "iso-8859-8", "hebrew", "iso-8859-8-i", "logical",
        "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "latin9", "iso-8859-16",
        "koi8-r", "koi8", "koi8-u", "koi8-ru", "macintosh", "x-mac-roman", "windows-874", "dos-874",
        "windows-1250", "windows-1251", "windows-1252", "ascii", "us-ascii", "iso-8859-1", "latin1", "windows-1253",
        "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic",
        "gbk", "gb2312", "chinese", "csgb2312", "gb_2312-80", "iso-ir-58", "x-gbk", "cp936", "gb18030",
        "big5", "big5-hkscs", "cn-big5", "x-x-big5", "euc-jp", "x-euc-jp", "iso-2022-jp", "shift_jis", "sjis", "windows-31j",
        "euc-kr", "ks_c_5601-1987", "windows-949", "iso-2022-kr", "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext",
        "replacement", "utf-16be", "utf-16le", "utf-16", "x-user-defined",
        "x-mac-chinesesimp", "utf-32", "utf-32be", "no-such-encoding",
    ];

    /// <summary>Encodings .NET knows that cannot be declared in a page's ASCII header: the label must be refused, not obeyed.</summary>
    public static TheoryData<string> Unreadable() => ["utf-7", "unicode-1-1-utf-7", "csunicode11utf7", "ibm037", "ebcdic-cp-us", "x-ebcdic-koreanextended"];

    [Theory]
    [MemberData(nameof(Labels))]
    public async Task A_declared_label_is_read(string label)
    {
        var result = await CheckAsync(label, Language.Chinese);

        result.Format.Should().Be("html");
        result.Findings.Should().NotContain(f => f.RuleId == "GM0001" || f.RuleId == "GM0002");
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task An_unreadable_label_is_one_GM0001_naming_it_in_the_users_language(string label)
    {
        var zh = await CheckAsync(label, Language.Chinese);
        var en = await CheckAsync(label, Language.English);

        var upper = label.ToUpperInvariant();
        zh.Findings.Should().ContainSingle().Which.Message.Should().Be($"网页声明的字符编码 {upper} 无法读取；请将网页另存为 UTF-8 或 GB18030 编码后重新提交");
        en.Findings.Should().ContainSingle().Which.Message.Should().Be($"The page declares the character encoding {upper}, which cannot be read; save the page as UTF-8 or GB18030 and submit it again");
    }

    [Fact]
    public void An_undeclared_utf8_page_with_a_stray_byte_stays_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><body><p>一、总体公开情况说明</p><p>兰溪乡全年主动公开政府信息38条。</p></body></html>");
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("全年"));
        bytes[at] = 0xFF;

        var document = new Gumu.Compliance.Readers.Html.HtmlReportReader().Read(new MemoryStream(bytes), Documents.ReaderLimits.Default, CancellationToken.None);

        document.Blocks.OfType<Documents.ParagraphBlock>().Select(p => p.Text).Should().Equal("一、总体公开情况说明", "兰溪乡\uFFFD\uFFFD\uFFFD年主动公开政府信息38条。");
    }

    private static Task<FileCheckResult> CheckAsync(string label, Language language)
    {
        var page = $"<html><head><meta charset=\"{label}\"><title>Qingshi</title></head><body><p>Qingshi township, annual report.</p></body></html>";
        var checker = new ReportChecker(new ReportCheckerOptions { Check = new CheckOptions { Language = language } });
        return checker.CheckAsync(new MemoryStream(Encoding.ASCII.GetBytes(page)), "page.html");
    }
}
