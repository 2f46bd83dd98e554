using System.Globalization;
using static Gumu.Compliance.Checks.Props;

namespace Gumu.Compliance.Checks;

/// <summary>GM4003 published-late: the publication date is after the deadline ({Y+1}-03-31 for yunnan-2018).</summary>
internal sealed class DeadlineCheck : IReportCheck
{
    public IReadOnlyList<string> RuleIds { get; } = ["GM4003"];

    public void Run(CheckContext context)
    {
        if (context.Document.Metadata.PublicationDate is not DateOnly published || Deadline(context) is not DateOnly deadline || published <= deadline)
        {
            return;
        }

        var location = context.Document.Metadata.PublicationDateLocation;
        context.Report("GM4003", "default", null, location, null, -1,
            [P("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), P("deadline", deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
    }

    internal static DateOnly? Deadline(CheckContext context)
    {
        if (context.Options.Deadline is DateOnly fixedDeadline)
        {
            return fixedDeadline;
        }

        if (context.RuleSet.Deadline is not { } pattern || context.Year is not int year)
        {
            return null;
        }

        var text = pattern.Replace("{Y+1}", (year + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Y}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
