using System.Globalization;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Sections;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>
/// GM4003 published-late: the publication date is after the deadline that applies to the issuing
/// body. The body's kind (township, subdistrict, department, government) comes from its name
/// (<see cref="ReportIssuer"/>); the deadline is the user's fixed date, else the user's deadline for
/// that kind, else the rule set's for that kind, else the rule set's default (national formats:
/// {Y+1}-01-31, and {Y+1}-03-31 for a county-level-and-above government's own report).
/// </summary>
internal sealed class DeadlineCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM4003"];

    public void Run(CheckContext context)
    {
        if (context.Document.Metadata.PublicationDate is not DateOnly published || Deadline(context) is not (DateOnly deadline, var kind) || published <= deadline)
        {
            return;
        }

        var location = context.Document.Metadata.PublicationDateLocation;
        List<KeyValuePair<string, object?>> properties =
            [P("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), P("deadline", deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];
        if (kind is not null)
        {
            properties.Add(P("issuerKind", kind.Kind));
        }

        context.Report("GM4003", kind is null ? "default" : "kind", null, location, null, -1, properties,
            messageValues: kind is null ? null : [P("kindName", kind.Name.In(context.Language))]);
    }

    internal static (DateOnly Deadline, IssuerKindSpec? Kind)? Deadline(CheckContext context)
    {
        if (context.Options.Deadline is DateOnly fixedDeadline)
        {
            return (fixedDeadline, null);
        }

        var kind = ReportIssuer.KindOf(context.Title, context.Document, context.RuleSet);

        if (context.Year is not int year)
        {
            return null;
        }

        var pattern = kind is not null && context.Options.DeadlinesByIssuerKind.TryGetValue(kind.Kind, out var configured) ? configured
            : kind is not null && context.RuleSet.Deadlines.FirstOrDefault(d => d.IssuerKinds.Contains(kind.Kind, StringComparer.Ordinal)) is { } byKind ? byKind.Deadline
            : context.RuleSet.Deadline;
        if (pattern is null)
        {
            return null;
        }

        var text = pattern.Replace("{Y+1}", (year + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Y}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? (d, kind) : null;
    }
}
