using Gumu.Compliance.Rules;
using Gumu.SampleBuilder.Model;

namespace Gumu.SampleBuilder.Content;

/// <summary>The fictional county-level city every sample report comes from.</summary>
internal static class Qingshan
{
    public const string Government = "青山市人民政府";

    public const int ReportYear = 2018;

    /// <summary>The fourteen canonical section titles of the Yunnan 2018 template for <see cref="ReportYear"/>.</summary>
    public static IReadOnlyList<string> SectionTitles { get; } = PrintedForm.SectionTitles(RuleSetLoader.BuiltIn("yunnan-2018"), ReportYear);
}
