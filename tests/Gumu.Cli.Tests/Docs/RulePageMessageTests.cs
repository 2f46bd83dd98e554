using System.Text.RegularExpressions;
using Gumu.Cli.Tests.Support;
using Gumu.Compliance.Rules;

namespace Gumu.Cli.Tests.Docs;

/// <summary>The output lines the rule pages show are messages the catalog can really produce.</summary>
public sealed partial class RulePageMessageTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.Default.Rules)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Example_output_lines_match_a_catalog_message(string id)
    {
        foreach (var folder in (string[])[TestPaths.RulePages, TestPaths.ChineseRulePages])
        {
            ExampleLinesMatchTheCatalog(id, File.ReadAllText(Path.Combine(folder, id + ".md")));
        }
    }

    private static void ExampleLinesMatchTheCatalog(string id, string page)
    {
        var templates = RuleCatalog.Default[id].Messages.Values
            .Select(m => new Regex("^" + Placeholder().Replace(Regex.Escape(m.Zh), ".+") + "$", RegexOptions.CultureInvariant))
            .ToList();

        var lines = OutputLine().Matches(page).Where(m => m.Groups["id"].Value == id).Select(m => m.Groups["message"].Value).ToList();

        lines.Should().NotBeEmpty("{0}'s page shows the finding its failing example gives", id);
        foreach (var message in lines)
        {
            templates.Should().Contain(t => t.IsMatch(message), "the example message \"{0}\" must be one the catalog produces", message);
        }
    }

    [GeneratedRegex(@"\\\{[A-Za-z]+}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@": (error|warning|info) (?<id>GM\d{4}): (?<message>[^\r\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex OutputLine();
}
