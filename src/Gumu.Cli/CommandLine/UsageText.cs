using System.CommandLine;
using Gumu.Compliance;

namespace Gumu.Cli.CommandLine;

/// <summary>
/// Messages of the command line itself, in the user's language (Chinese with full-width
/// punctuation by default), and option validation that speaks that language instead of
/// System.CommandLine's built-in wording.
/// </summary>
internal static class UsageText
{
    public static string Of(Language language, string zh, string en) => language == Language.English ? en : zh;

    /// <summary>Restricts an option to fixed values, with a message naming them.</summary>
    public static void AcceptOnly<T>(Option<T> option, Language language, params string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0)
            {
                return;
            }

            var value = result.Tokens[^1].Value;
            if (!values.Contains(value, StringComparer.Ordinal))
            {
                result.AddError(Of(language,
                    $"选项 {option.Name} 的值“{value}”无效；可用：{string.Join("、", values)}。",
                    $"'{value}' is not a valid value for {option.Name}; use one of: {string.Join(", ", values)}."));
            }
        });
    }
}
