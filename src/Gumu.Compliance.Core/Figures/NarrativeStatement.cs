using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Figures;

/// <summary>Where in the report a statement was read: section, paragraph, position and clause.</summary>
/// <param name="Section">The template section.</param>
/// <param name="BlockIndex">The paragraph's index in the document's blocks.</param>
/// <param name="Location">The paragraph's location.</param>
/// <param name="Position">Where in the paragraph's normalised text the statement starts.</param>
/// <param name="Evidence">The clause that makes the statement.</param>
internal sealed record NarrativeSource(int Section, int BlockIndex, SourceLocation Location, int Position, string Evidence);

/// <summary>
/// The text states a quantity: a figure ("行政复议2件") or none ("未发生…行政复议").
/// </summary>
/// <param name="Quantity">The quantity.</param>
/// <param name="Figure">The figure; an exact zero for a statement of none.</param>
/// <param name="IsNone">True when words, not a number, state that there were none.</param>
/// <param name="FigureIndex">The figure's index in its paragraph, or -1 for a statement of none.</param>
/// <param name="Source">Where it was read.</param>
internal sealed record NarrativeStatement(NarrativeQuantitySpec Quantity, StatedFigure Figure, bool IsNone, int FigureIndex, NarrativeSource Source)
{
    /// <summary>The statement as written: the figure, or the clause that states none.</summary>
    public string Written => IsNone ? Source.Evidence : Figure.Text;
}

/// <summary>
/// The text states an outcome of reviews or lawsuits: "2件均维持" (upheld, count 2, all),
/// "现法院还未判决" (pending, no count), "无被纠错" (corrected, negated).
/// </summary>
/// <param name="Proceeding">The proceeding the outcome belongs to.</param>
/// <param name="Kind">The outcome kind.</param>
/// <param name="Count">The count stated with it, or null.</param>
/// <param name="All">True when a distributive word ("均") makes it the outcome of all of them.</param>
/// <param name="Negated">True when the outcome is denied ("未被撤销"): it accounts for none.</param>
/// <param name="Source">Where it was read.</param>
internal sealed record OutcomeStatement(ProceedingSpec Proceeding, OutcomeKindSpec Kind, StatedFigure? Count, bool All, bool Negated, NarrativeSource Source);

/// <summary>The text states table values with a phrase and no figure: "已全部办结", "均获维持".</summary>
/// <param name="Spec">The phrase's rule.</param>
/// <param name="Phrase">The phrase as matched (normalised).</param>
/// <param name="Source">Where it was read: its sentence's start and its clause.</param>
internal sealed record AssertionStatement(NarrativeAssertionSpec Spec, string Phrase, NarrativeSource Source);
