using System.Globalization;
using System.Text.RegularExpressions;

namespace Gumu.Compliance.Documents;

/// <summary>
/// Reads the metadata line portals print above a report:
/// "信息来源:某某镇 发布日期:2019年01月14日 作者:某某 点击:".
/// </summary>
internal static partial class PortalMetadata
{
    /// <summary>True when a line looks like the portal's metadata line rather than report text.</summary>
    public static bool IsMetadataLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > 160)
        {
            return false;
        }

        var labels = 0;
        foreach (Match _ in Label().Matches(line))
        {
            labels++;
        }

        return labels >= 2 || (labels == 1 && DateField().IsMatch(line) && line.Length < 60);
    }

    /// <summary>Parses the fields of a metadata line; fields that are absent stay null.</summary>
    public static DocumentMetadata Parse(string line, SourceLocation? location = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Replace('\u00A0', ' ').Replace('\u3000', ' ');
        DateOnly? date = null;
        var m = DateField().Match(text);
        if (m.Success
            && int.TryParse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(m.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var mo)
            && int.TryParse(m.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
        {
            date = new DateOnly(y, mo, d);
        }

        return new DocumentMetadata
        {
            PublicationDate = date,
            PublicationDateLocation = date is null ? null : location,
            Issuer = Field(text, SourceField()),
            Author = Field(text, AuthorField()),
        };
    }

    private static string? Field(string text, Regex regex)
    {
        var m = regex.Match(text);
        var value = m.Success ? m.Groups["v"].Value.Trim() : null;
        return string.IsNullOrEmpty(value) ? null : value;
    }

    [GeneratedRegex("(信息来源|来源|发布日期|发布时间|成文日期|作者|点击|浏览次数|访问量)\\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex("(发布日期|发布时间|日期)\\s*[:：]\\s*(?<y>(19|20)[0-9]{2})\\s*[-年/.]\\s*(?<m>[0-9]{1,2})\\s*[-月/.]\\s*(?<d>[0-9]{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex DateField();

    [GeneratedRegex("(信息来源|来源)\\s*[:：]\\s*(?<v>[^\\s:：|]{1,40})", RegexOptions.CultureInvariant)]
    private static partial Regex SourceField();

    [GeneratedRegex("作者\\s*[:：]\\s*(?<v>[^\\s:：|]{1,20})", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorField();
}
