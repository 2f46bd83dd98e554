using System.Text;
using System.Text.RegularExpressions;
using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Docs;

/// <summary>Relative links between the README, CONTRIBUTING and the pages in docs/ lead to files and headings that exist.</summary>
public sealed partial class DocLinkTests
{
    public static TheoryData<string> Pages()
    {
        var pages = new List<string> { "README.md", "CONTRIBUTING.md" };
        pages.AddRange(Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(TestPaths.Root, p).Replace('\\', '/')));
        return new TheoryData<string>(pages.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_leads_somewhere(string page)
    {
        var path = Path.Combine(TestPaths.Root, page);
        var problems = new List<string>();
        foreach (Match link in Link().Matches(WithoutCode(File.ReadAllText(path))))
        {
            var target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = hash < 0 ? target : target[..hash];
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                problems.Add($"{target}: no such file");
            }
            else if (anchor is not null && resolved.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(resolved)).Contains(anchor))
            {
                problems.Add($"{target}: no heading with the anchor #{anchor}");
            }
        }

        problems.Should().BeEmpty("the links of {0} must lead somewhere", page);
    }

    // GitHub's anchors: the heading's text in lower case, without punctuation, spaces as hyphens.
    private static HashSet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in Markdown.Lines(WithoutCode(markdown)))
        {
            if (Heading().Match(line) is not { Success: true } heading)
            {
                continue;
            }

            var slug = new StringBuilder();
            foreach (var c in heading.Groups["text"].Value.Trim().ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            anchors.Add(slug.ToString());
        }

        return anchors;
    }

    private static string WithoutCode(string markdown) =>
        string.Join('\n', markdown.ReplaceLineEndings("\n").Split("```").Where((_, i) => i % 2 == 0));

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6} (?<text>.+)$")]
    private static partial Regex Heading();
}
