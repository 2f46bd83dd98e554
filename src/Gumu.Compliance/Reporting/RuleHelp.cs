using Gumu.Compliance;
using Gumu.Compliance.Findings;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Reporting;

/// <summary>How to fix what each rule finds, for formats that document their rules (SARIF's rule help): the catalog's record.</summary>
internal static class RuleHelp
{
    /// <summary>What to do about a finding of the rule, in the given language.</summary>
    public static string Fix(string ruleId, Language language) =>
        RuleCatalog.Default.Contains(ruleId) ? RuleCatalog.Default[ruleId].Fix.In(language) : RuleCatalog.Default.Text("fix.unknown", language);

    /// <summary>A category tag for the rule's id range (contract.md: 0xxx input … 4xxx dates and metadata).</summary>
    public static string Category(string ruleId) => RuleDescriptor.CategoryOf(ruleId);
}
