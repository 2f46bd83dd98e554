namespace Gumu.Cli.Tests.Docs;

/// <summary>Just enough Markdown for the documentation tests: level-2 sections and fenced code blocks.</summary>
internal static class Markdown
{
    /// <summary>The lines of a page, without line-ending characters.</summary>
    public static string[] Lines(string page) => page.ReplaceLineEndings("\n").Split('\n');

    /// <summary>The titles of the "## " headings, in order (code blocks skipped).</summary>
    public static IReadOnlyList<string> SectionTitles(string page)
    {
        var titles = new List<string>();
        var inCode = false;
        foreach (var line in Lines(page))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && line.StartsWith("## ", StringComparison.Ordinal))
            {
                titles.Add(line[3..].Trim());
            }
        }

        return titles;
    }

    /// <summary>The text of one "## " section (up to the next one), or null.</summary>
    public static string? Section(string page, string title) => Part(page, "## " + title, level: 2);

    /// <summary>The text of one "### " subsection (up to the next "## " or "### " heading), or null.</summary>
    public static string? Subsection(string page, string title) => Part(page, "### " + title, level: 3);

    // From a heading line to the next heading of its level or higher, code blocks skipped.
    private static string? Part(string page, string heading, int level)
    {
        var lines = Lines(page);
        var start = Array.IndexOf(lines, heading);
        if (start < 0)
        {
            return null;
        }

        var end = start + 1;
        var inCode = false;
        for (; end < lines.Length; end++)
        {
            if (lines[end].StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && HeadingLevel(lines[end]) is int other && other <= level)
            {
                break;
            }
        }

        return string.Join('\n', lines[(start + 1)..end]);
    }

    private static int? HeadingLevel(string line)
    {
        var hashes = line.TakeWhile(c => c == '#').Count();
        return hashes > 0 && line.Length > hashes && line[hashes] == ' ' ? hashes : null;
    }

    /// <summary>The contents of the fenced code blocks with the given info string ("jsonc", "text" …).</summary>
    public static IReadOnlyList<string> CodeBlocks(string markdown, string language)
    {
        var blocks = new List<string>();
        List<string>? current = null;
        string? currentLanguage = null;
        foreach (var line in Lines(markdown))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    current = [];
                    currentLanguage = line[3..].Trim();
                }
                else
                {
                    if (currentLanguage == language)
                    {
                        blocks.Add(string.Join('\n', current));
                    }

                    current = null;
                }
            }
            else
            {
                current?.Add(line);
            }
        }

        return blocks;
    }
}
