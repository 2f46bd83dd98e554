using System.CommandLine;
using System.CommandLine.Parsing;
using Gumu.Compliance;

namespace Gumu.Cli.CommandLine;

/// <summary>
/// Turns what System.CommandLine found wrong with the arguments into one line in the user's
/// language: an unknown option or command with the nearest known one ("did you mean"), an
/// option without its value, a missing argument, or the message of an option's own validator.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The one line to print, or null when the arguments parsed cleanly.</summary>
    public static string? Describe(ParseResult parse, Language language)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var commandLine = command is RootCommand ? "gumu" : "gumu " + command.Name;
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            if (token.Length > 1 && token[0] == '-')
            {
                var name = token.Split('=', ':')[0];
                // "gumu --lang en check …": a real option, written before its command.
                if (parse.RootCommandResult.Command.Subcommands.FirstOrDefault(c => c.Options.Any(o => o.Name == name || o.Aliases.Contains(name))) is { } owner)
                {
                    return UsageText.Of(language,
                        $"选项 {name} 应写在命令之后，如 gumu {owner.Name} {name} …。",
                        $"option {name} goes after the command, e.g. gumu {owner.Name} {name} ….");
                }

                var suggestion = Nearest(name, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
                return suggestion is null
                    ? UsageText.Of(language,
                        $"未知的选项“{token}”；用 {commandLine} --help 查看全部选项。",
                        $"unknown option '{token}'; {commandLine} --help lists them all.")
                    : UsageText.Of(language,
                        $"未知的选项“{token}”；是否应为“{suggestion}”？",
                        $"unknown option '{token}'; did you mean '{suggestion}'?");
            }

            if (command is RootCommand)
            {
                var names = command.Subcommands.Select(c => c.Name).ToList();
                var suggestion = Nearest(token, names);
                return suggestion is null
                    ? UsageText.Of(language,
                        $"未知的命令“{token}”；可用的命令：{string.Join("、", names)}。",
                        $"unknown command '{token}'; the commands are: {string.Join(", ", names)}.")
                    : UsageText.Of(language,
                        $"未知的命令“{token}”；是否应为“{suggestion}”？",
                        $"unknown command '{token}'; did you mean '{suggestion}'?");
            }

            return UsageText.Of(language,
                $"多余的参数“{token}”；用 {commandLine} --help 查看用法。",
                $"unexpected argument '{token}'; see {commandLine} --help.");
        }

        if (parse.Errors.Count == 0)
        {
            return null;
        }

        if (command is RootCommand && command.Subcommands.Count > 0)
        {
            var names = string.Join(UsageText.Of(language, "、", ", "), command.Subcommands.Select(c => c.Name));
            return UsageText.Of(language,
                $"请指定命令：{names}；用 gumu --help 查看用法。",
                $"give a command: {names}; see gumu --help.");
        }

        foreach (var error in parse.Errors)
        {
            switch (error.SymbolResult)
            {
                case OptionResult option when option.Tokens.Count == 0 && option.Option.Arity.MinimumNumberOfValues > 0 && !option.Implicit:
                    return UsageText.Of(language,
                        $"选项 {option.Option.Name} 缺少值；用 {commandLine} --help 查看用法。",
                        $"option {option.Option.Name} needs a value; see {commandLine} --help.");
                case ArgumentResult { Parent: OptionResult option } argument when argument.Tokens.Count == 0 && !option.Implicit:
                    return UsageText.Of(language,
                        $"选项 {option.Option.Name} 缺少值；用 {commandLine} --help 查看用法。",
                        $"option {option.Option.Name} needs a value; see {commandLine} --help.");
            }
        }

        foreach (var error in parse.Errors)
        {
            var missing = error.SymbolResult switch
            {
                ArgumentResult argument when argument.Tokens.Count == 0 && argument.Argument.Arity.MinimumNumberOfValues > 0 => argument.Argument,
                CommandResult result => result.Command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && (result.GetResult(a)?.Tokens.Count ?? 0) == 0),
                _ => null,
            };
            if (missing is not null)
            {
                return MissingArgument(missing, commandLine, language);
            }
        }

        // An option's own validator: already in the user's language.
        return parse.Errors[0].Message;
    }

    private static string MissingArgument(Argument argument, string commandLine, Language language) =>
        argument.Name == "path"
            ? UsageText.Of(language,
                "请指定要检查的文件或文件夹（- 表示标准输入）；用 gumu check --help 查看用法。",
                "give the files or folders to check (- reads standard input); see gumu check --help.")
            : UsageText.Of(language,
                $"缺少参数 <{argument.Name}>；用 {commandLine} --help 查看用法。",
                $"missing argument <{argument.Name}>; see {commandLine} --help.");

    /// <summary>The known name closest to what was typed: a prefix, or at most a third of its letters away.</summary>
    internal static string? Nearest(string typed, IEnumerable<string> known)
    {
        // "-x" is as near to "-f" as to "-q": a single letter suggests nothing.
        var candidates = known.Distinct(StringComparer.Ordinal).Where(c => c.Length > 2 && typed.Length > 2).ToList();
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(typed, c)))
            .Where(c => c.Distance <= Math.Max(2, c.Name.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Name is not null)
        {
            return best.Name;
        }

        var prefixed = candidates.Where(c => typed.Length >= 3 && c.StartsWith(typed, StringComparison.Ordinal)).ToList();
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    // Optimal string alignment distance: a swapped pair of letters ("fromat") counts as one edit.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1][];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i] = new int[b.Length + 1];
            d[i][0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.Min(Math.Min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i][j] = Math.Min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }

        return d[a.Length][b.Length];
    }
}
