using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Gumu.SampleBuilder.Model;

/// <summary>
/// Small transformations of a report, each introducing one kind of defect. Every transformation
/// fails loudly when the report does not have the shape it expects, so a change to the compliant
/// content cannot silently produce a sample without its defect.
/// </summary>
internal static partial class ReportVariants
{
    public static AnnualReport WithoutSection(this AnnualReport report, int templateNumber) =>
        report.WithSections(Renumber(report.Sections.Remove(report.Section(templateNumber))));

    /// <summary>Swaps two sections; the author then renumbers, so the typed numbers stay continuous.</summary>
    public static AnnualReport WithSectionsSwapped(this AnnualReport report, int first, int second)
    {
        var sections = report.Sections;
        var i = sections.IndexOf(report.Section(first));
        var j = sections.IndexOf(report.Section(second));
        return report.WithSections(Renumber(sections.SetItem(i, sections[j]).SetItem(j, sections[i])));
    }

    /// <summary>Pastes a section a second time right after itself, typed number included.</summary>
    public static AnnualReport WithSectionDuplicated(this AnnualReport report, int templateNumber)
    {
        var section = report.Section(templateNumber);
        return report.WithSections(report.Sections.Insert(report.Sections.IndexOf(section) + 1, section));
    }

    public static AnnualReport WithSectionTitle(this AnnualReport report, int templateNumber, string title) =>
        report.MapSection(templateNumber, s => s with { Title = title });

    public static AnnualReport WithSectionEmptied(this AnnualReport report, int templateNumber) =>
        report.MapSection(templateNumber, s => s with { Body = [] });

    public static AnnualReport WithTitle(this AnnualReport report, string title) => report with { Title = title };

    public static AnnualReport WithIntro(this AnnualReport report, params Paragraph[] intro) => report with { Intro = [.. intro] };

    /// <summary>Removes the table and its caption (the sub-heading right before it).</summary>
    public static AnnualReport WithoutStatisticsTable(this AnnualReport report) =>
        report.MapTableBody((body, at) => body.RemoveRange(at - 1, 2));

    /// <summary>Keeps the caption and puts <paramref name="replacement"/> where the table was.</summary>
    public static AnnualReport WithStatisticsTableReplacedBy(this AnnualReport report, BodyBlock replacement) =>
        report.MapTableBody((body, at) => body.SetItem(at, replacement));

    public static AnnualReport WithTableValue(this AnnualReport report, int row, decimal value) =>
        report.MapTableBody((body, at) => body.SetItem(at, new StatisticsTableBlock(((StatisticsTableBlock)body[at]).Table.With(row, value))));

    /// <summary>Removes one of the national form's tables; the sentence introducing it stays.</summary>
    public static AnnualReport WithoutFormTable(this AnnualReport report, string id) =>
        report.MapFormTable(id, (body, at) => body.RemoveAt(at));

    /// <summary>Puts <paramref name="replacement"/> where one of the national form's tables was.</summary>
    public static AnnualReport WithFormTableReplacedBy(this AnnualReport report, string id, BodyBlock replacement) =>
        report.MapFormTable(id, (body, at) => body.SetItem(at, replacement));

    /// <summary>Changes one of the national form's tables (a cell, the rows or columns it prints).</summary>
    public static AnnualReport WithFormTable(this AnnualReport report, string id, Func<FormTable, FormTable> change) =>
        report.MapFormTable(id, (body, at) => body.SetItem(at, new FormTableBlock(change(((FormTableBlock)body[at]).Table))));

    /// <summary>
    /// The same report re-dated by <paramref name="years"/>, as an office that reuses last year's
    /// file changes every year it mentions: title, text, table caption, signature and dates.
    /// </summary>
    public static AnnualReport WithYearsShifted(this AnnualReport report, int years)
    {
        string Shift(string text) => YearPattern().Replace(text, m => (int.Parse(m.Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture));
        Paragraph Para(Paragraph p) => new(Shift(p.Text), p.Lead is null ? null : Shift(p.Lead));
        BodyBlock Block(BodyBlock block) => block switch
        {
            Paragraph p => Para(p),
            SubHeading h => new SubHeading(Shift(h.Text)),
            _ => block,
        };

        var m = report.Metadata;
        return report with
        {
            Year = report.Year + years,
            Title = Shift(report.Title),
            Metadata = m with { Published = m.Published.AddYears(years), CreatedUtc = m.CreatedUtc.AddYears(years), ModifiedUtc = m.ModifiedUtc.AddYears(years) },
            Intro = [.. report.Intro.Select(Para)],
            Sections = [.. report.Sections.Select(s => s with { Title = Shift(s.Title), Body = [.. s.Body.Select(Block)] })],
            Signature = [.. report.Signature.Select(Shift)],
        };
    }

    /// <summary>Replaces text that occurs exactly once in the section's paragraphs.</summary>
    public static AnnualReport WithTextReplaced(this AnnualReport report, int templateNumber, string oldText, string newText)
    {
        var section = report.Section(templateNumber);
        var hits = section.Body.OfType<Paragraph>().Sum(p => Occurrences(p.Text, oldText));
        if (hits != 1)
        {
            throw new InvalidOperationException($"Section {templateNumber} holds \"{oldText}\" {hits} times; a variant needs it exactly once.");
        }

        var body = section.Body.Select(b => b is Paragraph p && p.Text.Contains(oldText, StringComparison.Ordinal)
            ? p with { Text = p.Text.Replace(oldText, newText, StringComparison.Ordinal) }
            : b);
        return report.MapSection(templateNumber, s => s with { Body = [.. body] });
    }

    /// <summary>Replaces text that occurs exactly once in the report's opening paragraphs.</summary>
    public static AnnualReport WithIntroTextReplaced(this AnnualReport report, string oldText, string newText)
    {
        var hits = report.Intro.Sum(p => Occurrences(p.Text, oldText));
        if (hits != 1)
        {
            throw new InvalidOperationException($"The opening holds \"{oldText}\" {hits} times; a variant needs it exactly once.");
        }

        return report with
        {
            Intro = [.. report.Intro.Select(p => p.Text.Contains(oldText, StringComparison.Ordinal) ? p with { Text = p.Text.Replace(oldText, newText, StringComparison.Ordinal) } : p)],
        };
    }

    /// <summary>Deletes the one paragraph of a section whose text (lead included) contains <paramref name="part"/>.</summary>
    public static AnnualReport WithoutParagraph(this AnnualReport report, int templateNumber, string part)
    {
        var section = report.Section(templateNumber);
        var hits = section.Body.OfType<Paragraph>().Where(p => p.FullText.Contains(part, StringComparison.Ordinal)).ToList();
        if (hits.Count != 1)
        {
            throw new InvalidOperationException($"Section {templateNumber} has {hits.Count} paragraphs holding \"{part}\"; a variant needs exactly one.");
        }

        return report.MapSection(templateNumber, s => s with { Body = s.Body.Remove(hits[0]) });
    }

    /// <summary>The same report published on another day (the page's 发布日期; the file's own dates move with it).</summary>
    public static AnnualReport WithPublished(this AnnualReport report, DateOnly published)
    {
        var m = report.Metadata;
        var shift = TimeSpan.FromDays(published.DayNumber - m.Published.DayNumber);
        return report with { Metadata = m with { Published = published, CreatedUtc = m.CreatedUtc + shift, ModifiedUtc = m.ModifiedUtc + shift } };
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static AnnualReport WithSections(this AnnualReport report, ImmutableArray<ReportSection> sections) =>
        report with { Sections = sections };

    private static AnnualReport MapSection(this AnnualReport report, int templateNumber, Func<ReportSection, ReportSection> map)
    {
        var section = report.Section(templateNumber);
        return report.WithSections(report.Sections.Replace(section, map(section)));
    }

    private static AnnualReport MapTableBody(this AnnualReport report, Func<ImmutableArray<BodyBlock>, int, ImmutableArray<BodyBlock>> map)
    {
        var section = report.Sections.Single(s => s.Body.Any(b => b is StatisticsTableBlock));
        var at = section.Body.IndexOf(section.Body.Single(b => b is StatisticsTableBlock));
        if (at == 0 || section.Body[at - 1] is not SubHeading)
        {
            throw new InvalidOperationException("The statistics table must follow its caption.");
        }

        return report.MapSection(section.TemplateNumber, s => s with { Body = map(s.Body, at) });
    }

    private static AnnualReport MapFormTable(this AnnualReport report, string id, Func<ImmutableArray<BodyBlock>, int, ImmutableArray<BodyBlock>> map)
    {
        var section = report.Sections.Single(s => s.Body.Any(b => b is FormTableBlock f && f.Table.Id == id));
        var at = section.Body.IndexOf(section.Body.Single(b => b is FormTableBlock f && f.Table.Id == id));
        return report.MapSection(section.TemplateNumber, s => s with { Body = map(s.Body, at) });
    }

    // A year of this century standing alone: "2018年", "〔2019〕", not the digits of "0878-6231405".
    [GeneratedRegex("(?<![0-9])20[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    private static ImmutableArray<ReportSection> Renumber(ImmutableArray<ReportSection> sections) =>
        [.. sections.Select((s, i) => s with { Number = i + 1 })];
}
