using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Cli.Configuration;

/// <summary>
/// A configuration problem: a <c>gumu.json</c> that cannot be read or holds a bad value, or a
/// <c>--rules</c> value that names no rule set. Names the file and the key so the user can find
/// it; the command line prints <see cref="Format"/> to standard error and exits with 2.
/// </summary>
public sealed class GumuConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The configuration file's path, or the flag (e.g. "--rules").</param>
    /// <param name="key">The key at fault ("rules.GM1003"), or null when the whole file is at fault.</param>
    /// <param name="text">What is wrong, in Chinese and English.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    internal GumuConfigException(string source, string? key, LocalizedText text, Exception? inner = null)
        : base(Compose(source, key, text.En), inner)
    {
        Origin = source;
        Key = key;
        Text = text;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public GumuConfigException()
        : this("gumu.json", null, new LocalizedText("配置有误", "The configuration is not valid"))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GumuConfigException(string message)
        : this("gumu.json", null, new LocalizedText(message, message))
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public GumuConfigException(string message, Exception innerException)
        : this("gumu.json", null, new LocalizedText(message, message), innerException)
    {
    }

    /// <summary>The configuration file's path, or the flag the value came from.</summary>
    public string Origin { get; }

    /// <summary>The key at fault, e.g. "rules.GM1003"; null when the file as a whole is at fault.</summary>
    public string? Key { get; }

    /// <summary>What is wrong, without the source and key.</summary>
    public LocalizedText Text { get; }

    /// <summary>The full message in the given language: "source: key: problem".</summary>
    public string Format(Language language) => Compose(Origin, Key, Text.In(language));

    private static string Compose(string source, string? key, string text) =>
        key is null ? $"{source}: {text}" : $"{source}: {key}: {text}";
}
