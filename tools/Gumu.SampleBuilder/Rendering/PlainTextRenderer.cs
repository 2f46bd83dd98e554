using System.Globalization;
using System.Text;
using Gumu.SampleBuilder.Content;
using Gumu.SampleBuilder.Model;

namespace Gumu.SampleBuilder.Rendering;

/// <summary>
/// Renders a report as UTF-8 text (no BOM): title, metadata line, one paragraph per line with blank
/// lines between, typed heading numbers, the table as consecutive TAB-separated lines.
/// </summary>
internal static class PlainTextRenderer
{
    public static byte[] Render(AnnualReport report, string what)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metadata;
        var blocks = new List<string>
        {
            report.Title + "\n" + string.Create(CultureInfo.InvariantCulture, $"信息来源:{m.Source} 发布日期:{m.Published:yyyy-MM-dd} 作者:{m.Author}"),
        };
        blocks.AddRange(report.Intro.Select(p => p.FullText));
        foreach (var section in report.Sections)
        {
            blocks.Add(ChineseNumerals.Format(section.Number) + "、" + section.Title);
            foreach (var block in section.Body)
            {
                blocks.Add(block switch
                {
                    Paragraph paragraph => paragraph.FullText,
                    SubHeading sub => sub.Text,
                    StatisticsTableBlock table => Table(table.Table),
                    FormTableBlock form => FormTable(FormLayout.Of(form.Table)),
                    _ => throw new NotSupportedException($"{what}: plain text has no rendering for {block.GetType().Name}."),
                });
            }
        }

        blocks.AddRange(report.Signature);
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(string.Join("\n\n", blocks) + "\n");
    }

    /// <summary>A national form's table: one TAB-separated line per grid row, a merged cell's text in every slot it covers.</summary>
    private static string FormTable(TableLayout layout) => string.Join('\n', Enumerable.Range(0, layout.RowCount)
        .Select(r => string.Join('\t', Enumerable.Range(0, layout.ColumnCount).Select(c => layout[r, c].Text))));

    private static string Table(StatisticsTable table)
    {
        var lines = new List<string> { string.Join('\t', StatisticsTemplate.HeaderLabel, StatisticsTemplate.HeaderUnit, StatisticsTemplate.HeaderValue) };
        lines.AddRange(StatisticsTemplate.Lines.Select(line => string.Join(
            '\t',
            StatisticsTemplate.FlatLabel(line),
            line.Unit,
            line.IsHeader ? StatisticsTemplate.NotApplicable : table.Text(line.Number))));
        return string.Join('\n', lines);
    }
}
