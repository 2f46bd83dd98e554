namespace Gumu.Compliance.Text;

/// <summary>
/// Word groups as rule sets write them (<c>[["依申请", "!收费"], ["申请公开"]]</c>): a text matches
/// when it holds every word of some group and none of that group's words marked "!". Words are
/// compared as matching keys (<see cref="TextNormalizer.Key"/>); build once per rule-set entry.
/// </summary>
internal sealed class WordGroups
{
    private readonly (string[] Required, string[] Excluded)[] _groups;

    public WordGroups(IEnumerable<IEnumerable<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        _groups = groups
            .Select(g => g.Select(w => w.StartsWith('!') ? "!" + TextNormalizer.Key(w[1..]) : TextNormalizer.Key(w)).ToList())
            .Select(g => (g.Where(w => !w.StartsWith('!')).ToArray(), g.Where(w => w.StartsWith('!')).Select(w => w[1..]).ToArray()))
            .ToArray();
    }

    /// <summary>True when there is no group at all (nothing can match).</summary>
    public bool IsEmpty => _groups.Length == 0;

    /// <summary>True when an already normalised text (a matching key) matches some group.</summary>
    public bool MatchesKey(string key)
    {
        foreach (var (required, excluded) in _groups)
        {
            if (required.All(w => key.Contains(w, StringComparison.Ordinal)) && !excluded.Any(w => key.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a text matches some group.</summary>
    public bool Matches(string text) => !IsEmpty && MatchesKey(TextNormalizer.Key(text));
}
