using System.Text;
using DocumentFormat.OpenXml;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// Automatic list numbering as Word renders it, from numbering.xml. One instance serves one read:
/// it holds the counters, so paragraphs must be passed in reading order.
/// </summary>
/// <remarks>
/// Semantics: counters belong to the abstract numbering, so every w:num pointing at the same
/// w:abstractNum continues one sequence. The first paragraph of a w:num whose w:lvlOverride carries
/// a w:startOverride restarts the overridden levels at that value; a w:lvlOverride/w:lvl replaces
/// the level's definition for that w:num. Using a level restarts every lower level (higher ilvl)
/// unless that level's w:lvlRestart says otherwise (0 = never; N = only after level N or above).
/// w:numStyleLink is followed to the numbering style's list. Placeholders %1…%9 in w:lvlText show
/// each level's counter in that level's w:numFmt (decimal for every level when w:isLgl is set); a
/// level not yet used shows its start value. Bullets and numFmt none give no label.
/// </remarks>
internal sealed class ListNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, Instance> _instances = [];
    private readonly Dictionary<int, Abstract> _abstracts = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _started = [];
    private readonly StyleSheet _styles;

    private ListNumbering(OpenXmlElement? numbering, StyleSheet styles)
    {
        _styles = styles;
        if (numbering is null)
        {
            return;
        }

        foreach (var element in numbering.ChildElements)
        {
            if (element.Is("abstractNum") && element.Attr("abstractNumId") is { } idText && int.TryParse(idText, out var abstractId))
            {
                var levels = new Level?[Levels];
                foreach (var lvl in element.ChildElements)
                {
                    if (lvl.Is("lvl") && Level.Parse(lvl) is { } level && level.Index is >= 0 and < Levels)
                    {
                        levels[level.Index] ??= level;
                    }
                }

                _abstracts.TryAdd(abstractId, new Abstract(abstractId, levels, element.Child("numStyleLink").Val()));
            }
            else if (element.Is("num") && element.Attr("numId") is { } numText && int.TryParse(numText, out var numId)
                && element.Child("abstractNumId").IntVal() is int target)
            {
                var starts = new int?[Levels];
                var replaced = new Level?[Levels];
                foreach (var lvlOverride in element.ChildElements)
                {
                    if (!lvlOverride.Is("lvlOverride") || !int.TryParse(lvlOverride.Attr("ilvl"), out var ilvl) || ilvl is < 0 or >= Levels)
                    {
                        continue;
                    }

                    starts[ilvl] = lvlOverride.Child("startOverride").IntVal();
                    replaced[ilvl] = lvlOverride.Child("lvl") is { } lvl ? Level.Parse(lvl) : null;
                }

                _instances.TryAdd(numId, new Instance(target, starts, replaced));
            }
        }
    }

    /// <summary>Loads w:numbering (null when the document has no numbering part).</summary>
    public static ListNumbering Load(OpenXmlElement? numbering, StyleSheet styles) => new(numbering, styles);

    /// <summary>
    /// Advances the counters for one numbered paragraph and returns its label and suffix, or null
    /// when the paragraph shows no number (numId 0, an undefined list or level, a bullet).
    /// </summary>
    /// <param name="numId">The effective w:numId.</param>
    /// <param name="level">The effective w:ilvl, or null to take the level linked to <paramref name="styleId"/>.</param>
    /// <param name="styleId">The paragraph's style, for levels linked to a style by w:lvl/w:pStyle.</param>
    public ListLabel? Next(int numId, int? level, string? styleId)
    {
        if (numId == 0 || !_instances.TryGetValue(numId, out var instance) || Resolve(instance.AbstractId) is not { } definition)
        {
            return null;
        }

        var ilvl = level ?? definition.LevelOfStyle(styleId) ?? 0;
        if (ilvl is < 0 or >= Levels)
        {
            return null;
        }

        if (!_counters.TryGetValue(definition.Id, out var counters))
        {
            counters = new int?[Levels];
            _counters.Add(definition.Id, counters);
        }

        if (_started.Add(numId))
        {
            for (var l = 0; l < Levels; l++)
            {
                if (instance.StartOverrides[l] is not null)
                {
                    counters[l] = null;
                }
            }
        }

        if (LevelOf(instance, definition, ilvl) is not { } current)
        {
            return null;
        }

        counters[ilvl] = counters[ilvl] is int value ? value + 1 : StartOf(instance, definition, ilvl);
        for (var lower = ilvl + 1; lower < Levels; lower++)
        {
            var restartAfter = LevelOf(instance, definition, lower)?.Restart ?? lower;
            if (ilvl < restartAfter)
            {
                counters[lower] = null;
            }
        }

        var label = Render(current, instance, definition, counters);
        return string.IsNullOrEmpty(label) ? null : new ListLabel(label, current.Suffix);
    }

    private static string? Render(Level current, Instance instance, Abstract definition, int?[] counters)
    {
        if (current.Format == "bullet" || current.Text is null)
        {
            return null;
        }

        var builder = new StringBuilder();
        var text = current.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var value = counters[referenced] ?? StartOf(instance, definition, referenced);
                var format = current.IsLegal ? "decimal" : LevelOf(instance, definition, referenced)?.Format;
                builder.Append(NumberFormats.Format(value, format));
                i++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static Level? LevelOf(Instance instance, Abstract definition, int ilvl) =>
        instance.ReplacedLevels[ilvl] ?? definition.Levels[ilvl];

    private static int StartOf(Instance instance, Abstract definition, int ilvl) =>
        Math.Max(0, instance.StartOverrides[ilvl] ?? LevelOf(instance, definition, ilvl)?.Start ?? 1);

    /// <summary>The abstract numbering that defines the levels, following w:numStyleLink.</summary>
    private Abstract? Resolve(int abstractId)
    {
        for (var hops = 0; hops < 8; hops++)
        {
            if (!_abstracts.TryGetValue(abstractId, out var definition))
            {
                return null;
            }

            if (definition.NumStyleLink is not { } link
                || _styles.NumIdOfNumberingStyle(link) is not int linkedNum
                || !_instances.TryGetValue(linkedNum, out var linked)
                || linked.AbstractId == abstractId)
            {
                return definition;
            }

            abstractId = linked.AbstractId;
        }

        return null;
    }

    private sealed record Instance(int AbstractId, int?[] StartOverrides, Level?[] ReplacedLevels);

    private sealed record Abstract(int Id, Level?[] Levels, string? NumStyleLink)
    {
        public int? LevelOfStyle(string? styleId)
        {
            if (styleId is null)
            {
                return null;
            }

            for (var l = 0; l < Levels.Length; l++)
            {
                if (Levels[l]?.ParagraphStyle == styleId)
                {
                    return l;
                }
            }

            return null;
        }
    }

    private sealed record Level(int Index, int Start, string Format, string? Text, int? Restart, string Suffix, bool IsLegal, string? ParagraphStyle)
    {
        public static Level? Parse(OpenXmlElement lvl) =>
            int.TryParse(lvl.Attr("ilvl"), out var index)
                ? new Level(
                    index,
                    lvl.Child("start").IntVal() ?? 0,
                    lvl.Child("numFmt").Val() ?? "decimal",
                    lvl.Child("lvlText").Val(),
                    lvl.Child("lvlRestart").IntVal(),
                    lvl.Child("suff").Val() ?? "tab",
                    lvl.Child("isLgl").OnOff() ?? false,
                    lvl.Child("pStyle").Val())
                : null;
    }
}

/// <summary>A rendered list label and the w:suff that follows it (tab, space or nothing).</summary>
internal sealed record ListLabel(string Text, string Suffix);
