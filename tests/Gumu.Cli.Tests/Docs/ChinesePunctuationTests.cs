using System.Text.Json;
using System.Text.RegularExpressions;
using Gumu.Cli.Tests.Support;

namespace Gumu.Cli.Tests.Docs;

/// <summary>
/// Chinese text that users read is punctuated with full-width marks (，：；（）！？), as Chinese
/// official writing is: an ASCII comma or colon next to a Chinese character is a slip. Checked in
/// the catalog's and the rule sets' <c>zh</c> texts, in the CLI's Chinese string literals and in the
/// prose of the Chinese rule pages.
/// </summary>
public sealed partial class ChinesePunctuationTests
{
    [Theory]
    [InlineData("共检查 1 个文件:1 个通过", ":")]
    [InlineData("没有规则“GM9999”;用 gumu rules 查看", ";")]
    [InlineData("内置规则集名称(如 national-2021)", "(")]
    [InlineData("是否应为“lang”?", "?")]
    public void An_ASCII_mark_next_to_Chinese_is_found(string text, string mark)
    {
        Slips(text).Should().ContainSingle().Which.Should().Contain(mark);
    }

    [Theory]
    [InlineData("共检查 1 个文件：1 个通过，0 个有错误")]
    [InlineData("表三“总计”列：5，“自然人” 3")]
    [InlineData("rule set: auto (chosen per report)")]
    [InlineData("表三“（一）予以公开”行")]
    public void Full_width_marks_and_English_punctuation_pass(string text)
    {
        Slips(text).Should().BeEmpty();
    }

    [Fact]
    public void The_zh_texts_of_the_catalog_and_the_rule_sets_use_full_width_punctuation()
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Rules, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var (where, text) in ZhTexts(json.RootElement, "$"))
            {
                problems.AddRange(Slips(text).Select(s => $"{Path.GetFileName(file)} {where}: {s}"));
            }
        }

        problems.Should().BeEmpty("Chinese messages use full-width punctuation");
    }

    [Fact]
    public void The_CLI_s_Chinese_strings_use_full_width_punctuation()
    {
        var problems = new List<string>();

        // The CLI and the report writers it shares with the library.
        string[] folders = [Path.Combine(TestPaths.Root, "src", "Gumu.Cli"), Path.Combine(TestPaths.Root, "src", "Gumu.Compliance", "Reporting")];
        foreach (var file in folders.SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match literal in StringLiteral().Matches(lines[i]))
                {
                    problems.AddRange(Slips(literal.Value).Select(s => $"{Path.GetRelativePath(TestPaths.Root, file)}({i + 1}): {s}"));
                }
            }
        }

        problems.Should().BeEmpty("the CLI's Chinese messages use full-width punctuation");
    }

    [Fact]
    public void The_Chinese_rule_pages_use_full_width_punctuation()
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.ChineseRulePages, "*.md").Order(StringComparer.Ordinal))
        {
            // Output lines, excerpts of reports and inline code are quoted as they are, and so is the
            // rule-set data in the generated "适用范围" table (template titles keep their own marks).
            var page = GeneratedTable().Replace(File.ReadAllText(file).ReplaceLineEndings("\n"), string.Empty);
            var prose = InlineCode().Replace(string.Join('\n', page.Split("```").Where((_, i) => i % 2 == 0)), string.Empty);
            prose = LinkTarget().Replace(prose, "]");
            problems.AddRange(Slips(prose).Select(s => $"{Path.GetFileName(file)}: {s}"));
        }

        problems.Should().BeEmpty("the Chinese rule pages use full-width punctuation outside quoted output and code");
    }

    /// <summary>The ASCII marks that stand next to a Chinese character or full-width mark, each with its surroundings.</summary>
    internal static IEnumerable<string> Slips(string text) =>
        Slip().Matches(text).Select(m => $"“{text[Math.Max(0, m.Index - 8)..Math.Min(text.Length, m.Index + m.Length + 8)]}”");

    private static IEnumerable<(string Where, string Text)> ZhTexts(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "zh" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return (path + ".zh", property.Value.GetString()!);
                }
                else
                {
                    foreach (var inner in ZhTexts(property.Value, path + "." + property.Name))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in ZhTexts(item, $"{path}[{index++}]"))
                {
                    yield return inner;
                }
            }
        }
    }

    // An ASCII , : ; ! ? ( ) with a Chinese character, a full-width mark or a Chinese quotation mark on either side.
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}，。、；：！？（）《》“”])[,:;!?()]|[,:;!?()](?=[\p{IsCJKUnifiedIdeographs}，。、；：！？（）《》“”])")]
    private static partial Regex Slip();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();

    // The target of a Markdown link, "](../../configuration.md)": its parenthesis is syntax, not punctuation.
    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^### 适用范围\n[\s\S]*?(?=^#{2,3} |\z)", RegexOptions.Multiline)]
    private static partial Regex GeneratedTable();
}
