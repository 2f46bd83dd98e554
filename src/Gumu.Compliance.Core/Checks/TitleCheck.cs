using Gumu.Compliance.Sections;
using Gumu.Compliance.Text;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>GM4001 title-malformed: the title must name the agency, the year and "政府信息公开工作年度报告".</summary>
internal sealed class TitleCheck : IReportCheck
{
    private static readonly string[] NoTitle = ["title"];

    public IReadOnlyList<string> RuleIds { get; } = ["GM4001"];

    public void Run(CheckContext context)
    {
        var title = context.Title;
        var order = title.BlockIndex ?? -1;
        if (title.Text is not { } text)
        {
            context.Report("GM4001", "no-title", null, null, null, -1, [P("missing", NoTitle)]);
            return;
        }

        var key = TextNormalizer.Key(text);
        var phrase = TextNormalizer.Key(context.RuleSet.TitlePhrase);
        var missing = new List<string>();
        var phraseAt = key.IndexOf(phrase, StringComparison.Ordinal);
        if (phraseAt < 0)
        {
            missing.Add("phrase");
        }

        var yearAt = ReportTitle.FindYear(key)?.Index ?? -1;
        if (yearAt < 0)
        {
            missing.Add("year");
        }

        // The agency stands before the year, or between a leading year and the phrase, or on the
        // byline the title stands next to.
        var agency = ReportIssuer.FromTitle(key);
        if (agency.Length < 2 && ReportIssuer.Byline(title, context.Document, context.RuleSet) is null)
        {
            missing.Insert(0, "agency");
        }

        if (missing.Count == 0)
        {
            return;
        }

        var english = context.Options.Language == Language.English;
        var words = missing.Select(m => (m, english) switch
        {
            ("agency", false) => "机关名称",
            ("year", false) => "年份",
            ("phrase", false) => "“" + context.RuleSet.TitlePhrase + "”字样",
            ("agency", true) => "the agency name",
            ("year", true) => "the year",
            _ => "\"" + context.RuleSet.TitlePhrase + "\"",
        });
        var missingText = string.Join(english ? ", " : "、", words);
        context.Report("GM4001", "default", null, title.Location, text, order,
            [P("title", text), P("missing", missing.ToArray())],
            messageValues: [P("missing", missingText)]);
    }
}
