using System.Text;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Sections;

/// <summary>Matching keys for statistics-table labels.</summary>
internal static class TableLabel
{
    /// <summary>
    /// The core of a row label: normalised (<see cref="TextNormalizer.Key"/>), without its number
    /// ("(一)", "1.", "四、"), without a leading "其中:" and without parenthesised notes.
    /// "（一）主动公开政府信息数（不同渠道…计1条）" → "主动公开政府信息数".
    /// </summary>
    public static string Core(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var key = TextNormalizer.Key(label);
        for (var pass = 0; pass < 2; pass++)
        {
            var number = HeadingNumber.Parse(key);
            if (number.Length > 0)
            {
                key = key[number.Length..];
            }

            if (key.StartsWith("其中", StringComparison.Ordinal))
            {
                key = key[2..].TrimStart(':', ',', '、');
            }
        }

        var builder = new StringBuilder(key.Length);
        var depth = 0;
        foreach (var ch in key)
        {
            if (ch == '(')
            {
                depth++;
            }
            else if (ch == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                builder.Append(ch);
            }
        }

        return builder.ToString().Trim(':', '.', ',');
    }
}
