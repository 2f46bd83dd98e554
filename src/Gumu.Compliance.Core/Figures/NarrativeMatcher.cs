using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>
/// A rule set's narrative patterns compiled into regular expressions over a paragraph's pattern
/// text (<see cref="NarrativeParagraph.PatternText"/>). Built once per rule set and shared.
/// </summary>
internal sealed class NarrativeMatcher
{
    private const string Separators = ",，。;!?.";
    private const string Mark = "\uE000";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly ConditionalWeakTable<NarrativeSpec, NarrativeMatcher> Cache = [];

    private NarrativeMatcher(NarrativeSpec spec)
    {
        Spec = spec;
        Reader = new FigureReader(spec.Units);
        Quantities = spec.Quantities.Select(q => Compile(spec, q)).ToList();
        QuantityById = Quantities.ToDictionary(q => q.Spec.Id, StringComparer.Ordinal);
        var words = spec.Outcomes
            .SelectMany(k => k.Words.Select(w => (Word: w, Kind: k)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(x => x.Word.Length)
            .ToList();
        OutcomeKindOfWord = words.ToDictionary(x => x.Word, x => x.Kind, StringComparer.Ordinal);
        OutcomeWords = words.Count == 0 ? null : new Regex(Alternation(words.Select(x => x.Word)), RegexOptions.CultureInvariant, Timeout);
    }

    /// <summary>The narrative rules.</summary>
    public NarrativeSpec Spec { get; }

    /// <summary>Reads figures with the rule set's units.</summary>
    public FigureReader Reader { get; }

    /// <summary>The compiled quantities, in rule-set order.</summary>
    public IReadOnlyList<CompiledQuantity> Quantities { get; }

    /// <summary>Quantities by id.</summary>
    public IReadOnlyDictionary<string, CompiledQuantity> QuantityById { get; }

    /// <summary>All outcome words, longest first; null when the rule set has none.</summary>
    public Regex? OutcomeWords { get; }

    /// <summary>The outcome kind of each outcome word.</summary>
    public IReadOnlyDictionary<string, OutcomeKindSpec> OutcomeKindOfWord { get; }

    /// <summary>The matcher of a rule set's narrative rules (compiled on first use).</summary>
    /// <exception cref="ArgumentException">A pattern is malformed.</exception>
    public static NarrativeMatcher For(NarrativeSpec spec) => Cache.GetValue(spec, static s => new NarrativeMatcher(s));

    private static CompiledQuantity Compile(NarrativeSpec spec, NarrativeQuantitySpec quantity)
    {
        var patterns = quantity.Patterns.Select(p => BuildRegex(spec, quantity, p, zero: false)).ToList();
        var zeros = quantity.ZeroPatterns.Select(p => BuildRegex(spec, quantity, p, zero: true)).ToList();

        // Terms of the other quantities stated in the same sections: a gap that lists one of them
        // ("行政复议、行政诉讼共3件") makes the figure ambiguous unless a distributive word spreads it.
        var siblings = spec.Quantities
            .Where(o => o.Id != quantity.Id && o.Sections.Intersect(quantity.Sections).Any())
            .SelectMany(o => o.Terms)
            .Where(t => !quantity.Terms.Any(own => own.Contains(t, StringComparison.Ordinal) || t.Contains(own, StringComparison.Ordinal)))
            .Where(t => !quantity.Patterns.Any(p => p.Contains(t, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new CompiledQuantity(quantity, patterns, zeros, siblings, quantity.Units.ToHashSet(StringComparer.Ordinal));
    }

    private static Regex BuildRegex(NarrativeSpec spec, NarrativeQuantitySpec quantity, string pattern, bool zero)
    {
        var builder = new StringBuilder();
        var figures = 0;
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(Regex.Escape(pattern[i..]));
                break;
            }

            builder.Append(Regex.Escape(pattern[i..open]));
            var close = pattern.IndexOf('}', open);
            if (close < 0)
            {
                throw new ArgumentException($"Quantity '{quantity.Id}': unclosed '{{' in pattern '{pattern}'.");
            }

            var name = pattern[(open + 1)..close];
            builder.Append(name switch
            {
                "n" when !zero => Figure(spec, quantity),
                "gap" => Gap(quantity, zero ? quantity.MaxZeroGap ?? (quantity.MaxGap ?? spec.MaxGap) * 2 : quantity.MaxGap ?? spec.MaxGap),
                "term" => Group("term", Require(quantity.Terms, "terms", quantity, pattern)),
                "cue" => Group("cue", Require(quantity.Cues, "cues", quantity, pattern)),
                "neg" => Negation(spec, quantity, pattern),
                "none" => None(spec),
                _ => throw new ArgumentException($"Quantity '{quantity.Id}': unknown placeholder '{{{name}}}' in {(zero ? "zero " : string.Empty)}pattern '{pattern}'."),
            });
            figures += name == "n" ? 1 : 0;
            i = close + 1;
        }

        if (!zero && figures != 1)
        {
            throw new ArgumentException($"Quantity '{quantity.Id}': pattern '{pattern}' must contain exactly one {{n}}.");
        }

        // "未发生行政复议被纠错的情况" denies a correction, not the reviews: a statement of none may
        // not go on, in its clause, to a stop word.
        if (zero && quantity.Stop.Count > 0)
        {
            builder.Append("(?![^" + Separators + "]{0,40}?(?:" + Alternation(quantity.Stop) + "))");
        }

        return new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Timeout);
    }

    private static string Figure(NarrativeSpec spec, NarrativeQuantitySpec quantity)
    {
        var mark = "(?<n>" + Mark + ")";
        if (quantity.Stop.Count == 0)
        {
            return mark;
        }

        var fillers = spec.Fillers.Count == 0 ? string.Empty : "(?:" + Alternation(spec.Fillers) + ")?";
        return mark + "(?!" + fillers + "(?:" + Alternation(quantity.Stop) + "))";
    }

    private static string Gap(NarrativeQuantitySpec quantity, int max)
    {
        var chars = "[^" + Separators + Mark + "]";
        var step = quantity.Stop.Count == 0 ? chars : "(?:(?!" + Alternation(quantity.Stop) + ")" + chars + ")";
        return "(?<gap>" + step + "{0," + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}?)";
    }

    private static string Negation(NarrativeSpec spec, NarrativeQuantitySpec quantity, string pattern)
    {
        var negations = Alternation(Require(spec.Negations, "negations", quantity, pattern));
        return spec.NegationExceptions.Count == 0
            ? "(?:" + negations + ")"
            : "(?:(?!" + Alternation(spec.NegationExceptions) + ")(?:" + negations + "))";
    }

    private static string None(NarrativeSpec spec)
    {
        var distributive = spec.Distributive.Count == 0 ? string.Empty : "(?:" + Alternation(spec.Distributive) + ")?";
        return distributive + "(?:为|是)?(?:无|没有)(?=[" + Separators + "]|$)";
    }

    private static IReadOnlyList<string> Require(IReadOnlyList<string> words, string what, NarrativeQuantitySpec quantity, string pattern) =>
        words.Count > 0 ? words : throw new ArgumentException($"Quantity '{quantity.Id}': pattern '{pattern}' uses {what}, but none are given.");

    private static string Group(string name, IReadOnlyList<string> words) => "(?<" + name + ">" + Alternation(words) + ")";

    /// <summary>An alternation of literal words, longest first.</summary>
    internal static string Alternation(IEnumerable<string> words) =>
        string.Join("|", words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).Select(Regex.Escape));
}

/// <summary>A quantity with its patterns compiled.</summary>
/// <param name="Spec">The quantity.</param>
/// <param name="Patterns">Patterns that state a count.</param>
/// <param name="ZeroPatterns">Patterns that state none.</param>
/// <param name="SiblingTerms">Terms of other quantities of the same sections.</param>
/// <param name="Units">The units a figure of this quantity may carry.</param>
internal sealed record CompiledQuantity(
    NarrativeQuantitySpec Spec,
    IReadOnlyList<Regex> Patterns,
    IReadOnlyList<Regex> ZeroPatterns,
    IReadOnlyList<string> SiblingTerms,
    IReadOnlySet<string> Units);
