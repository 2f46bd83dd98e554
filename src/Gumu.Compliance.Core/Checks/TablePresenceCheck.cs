using Gumu.Compliance.Documents;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// Each table the template requires: GM1006 statistics-table-missing (no such table; properties
/// name it: <c>table</c>), GM1007 statistics-table-not-readable (only an image or attachment
/// stands in for it), GM1009 statistics-table-empty (the table is there but none of its value
/// cells is filled in). Reported under the table's section; a missing table at its section's
/// heading (or its caption), an empty one at the table.
/// </summary>
internal sealed class TablePresenceCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM1006", "GM1007", "GM1009"];

    public void Run(CheckContext context)
    {
        foreach (var location in context.Tables)
        {
            var spec = location.Spec;
            if (!spec.Required)
            {
                continue;
            }

            // These findings are about a whole table and carry no figure, so "table" names it in
            // either property style (yunnan-2018's one table included).
            var names = context.TableNames(spec);
            List<KeyValuePair<string, object?>> Props(params KeyValuePair<string, object?>[] more) => [P("table", spec.Id), .. more];

            if (context.ValuesOf(spec) is { } values)
            {
                if (values.IsEmptyForm)
                {
                    context.Report("GM1009", "default", spec.Section, values.Table.Location, null, context.IndexOf(values.Table),
                        Props(P("cells", values.Cells.Count)), messageValues: names);
                }

                continue;
            }

            switch (location.Substitute)
            {
                case ImageBlock image:
                    context.Report("GM1007", "image", spec.Section, image.Location, image.AltText ?? image.Source, context.IndexOf(image),
                        Props(P("form", "image"), P("source", image.Source ?? image.AltText ?? string.Empty)), messageValues: names);
                    continue;
                case AttachmentBlock attachment:
                    context.Report("GM1007", "attachment", spec.Section, attachment.Location, attachment.Text, context.IndexOf(attachment),
                        Props(P("form", "attachment"), P("source", attachment.Target)), messageValues: names);
                    continue;
            }

            if (location.Caption is { } caption)
            {
                context.Report("GM1006", "caption-only", spec.Section, caption.Location, caption.Text, location.CaptionIndex ?? -1,
                    Props(P("caption", caption.Text)), messageValues: names);
                continue;
            }

            var anchor = spec.Section is int number ? context.Outline.Find(number)?.Heading : null;
            context.Report("GM1006", "default", spec.Section, anchor?.Paragraph.Location, null, anchor?.BlockIndex ?? -1,
                Props(), messageValues: names);
        }
    }
}
