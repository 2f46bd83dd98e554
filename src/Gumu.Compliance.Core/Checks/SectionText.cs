using System.Globalization;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Checks;

/// <summary>Template titles as shown to people, with {Y}/{Y+1} filled in when the year is known.</summary>
internal static class SectionText
{
    public static string Title(SectionSpec spec, int? year, Language language)
    {
        var title = spec.Title;
        if (year is int y)
        {
            return title.Replace("{Y+1}", (y + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{Y}", y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var next = language == Language.English ? "next year's" : "下一";
        return title.Replace("{Y+1}", next, StringComparison.Ordinal).Replace("{Y}", language == Language.English ? "this year's" : "本", StringComparison.Ordinal);
    }
}
