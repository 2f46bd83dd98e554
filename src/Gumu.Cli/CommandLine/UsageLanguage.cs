using System.Globalization;
using Gumu.Cli.Configuration;
using Gumu.Compliance;

namespace Gumu.Cli.CommandLine;

/// <summary>
/// The language of the command line's own messages (parse errors, help), known before the
/// arguments are parsed: <c>--lang</c> as written, else the "lang" of the configuration file
/// the run would read, else Chinese.
/// </summary>
internal static class UsageLanguage
{
    public static Language Of(IReadOnlyList<string> args, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? config = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (Value(args, i, "--lang") is { } lang)
            {
                return lang == "en" ? Language.English : Language.Chinese;
            }

            config = Value(args, i, "--config") ?? config;
        }

        try
        {
            return GumuConfigLoader.Resolve(config, currentDirectory).Language ?? Language.Chinese;
        }
        catch (GumuConfigException)
        {
            // The check command reports the file's problem itself, in this language.
            return Language.Chinese;
        }
    }

    /// <summary>Makes System.CommandLine's help headings follow the language.</summary>
    public static void Apply(Language language) =>
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == Language.English ? "en" : "zh-Hans");

    private static string? Value(IReadOnlyList<string> args, int i, string name)
    {
        var arg = args[i];
        if (arg == name)
        {
            return i + 1 < args.Count ? args[i + 1] : null;
        }

        return arg.Length > name.Length + 1 && arg.StartsWith(name, StringComparison.Ordinal) && arg[name.Length] is '=' or ':'
            ? arg[(name.Length + 1)..]
            : null;
    }
}
