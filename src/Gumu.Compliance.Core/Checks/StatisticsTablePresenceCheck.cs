using Gumu.Compliance.Documents;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>GM1006 statistics-table-missing and GM1007 statistics-table-not-readable.</summary>
internal sealed class StatisticsTablePresenceCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM1006", "GM1007"];

    public void Run(CheckContext context)
    {
        if (context.RuleSet.StatisticsTable is not { } spec || context.StatisticsTable.Table is not null)
        {
            return;
        }

        var info = context.StatisticsTable;
        var section = spec.Section;
        switch (info.Substitute)
        {
            case ImageBlock image:
                context.Report("GM1007", "image", section, image.Location, image.AltText ?? image.Source, context.IndexOf(image),
                    [P("form", "image"), P("source", image.Source ?? image.AltText ?? string.Empty)]);
                return;
            case AttachmentBlock attachment:
                context.Report("GM1007", "attachment", section, attachment.Location, attachment.Text, context.IndexOf(attachment),
                    [P("form", "attachment"), P("source", attachment.Target)]);
                return;
        }

        if (info.Caption is { } caption)
        {
            context.Report("GM1006", "caption-only", section, caption.Location, caption.Text, info.CaptionIndex ?? -1,
                [P("caption", caption.Text)]);
            return;
        }

        var anchor = context.Outline.Find(section)?.Heading;
        context.Report("GM1006", "default", section, anchor?.Paragraph.Location, null, anchor?.BlockIndex ?? -1, []);
    }
}
