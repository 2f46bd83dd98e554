using System.Globalization;

namespace Gumu.Compliance.Figures;

/// <summary>A comparison operator of a table relation.</summary>
internal enum ComparisonOperator
{
    Equal,
    LessOrEqual,
    GreaterOrEqual,
    Less,
    Greater,
    Approximately,
}

/// <summary>How the two comparisons of a relation are joined.</summary>
internal enum RelationConnective
{
    None,
    Implies,
    IfAndOnlyIf,
}

/// <summary>A term of a sum: a row reference or a constant.</summary>
internal readonly record struct RelationTerm(int? Row, decimal Constant);

/// <summary>Two sums compared: <c>r17 = r18 + r19</c>.</summary>
internal sealed record RelationComparison(IReadOnlyList<RelationTerm> Left, ComparisonOperator Operator, IReadOnlyList<RelationTerm> Right)
{
    /// <summary>The row of a side that is a single row reference, else null.</summary>
    public static int? SingleRow(IReadOnlyList<RelationTerm> side) => side is [{ Row: int row }] ? row : null;

    /// <summary>The sum of a side, or null when a row's value is unknown.</summary>
    public static decimal? Sum(IReadOnlyList<RelationTerm> side, Func<int, decimal?> value)
    {
        decimal total = 0;
        foreach (var term in side)
        {
            if (term.Row is int row)
            {
                if (value(row) is not decimal v)
                {
                    return null;
                }

                total += v;
            }
            else
            {
                total += term.Constant;
            }
        }

        return total;
    }

    /// <summary>True when the comparison holds, false when not, null when a value is unknown.</summary>
    public bool? Holds(Func<int, decimal?> value, decimal tolerance, decimal relativeTolerance)
    {
        if (Sum(Left, value) is not decimal left || Sum(Right, value) is not decimal right)
        {
            return null;
        }

        return Operator switch
        {
            ComparisonOperator.Equal => left == right,
            ComparisonOperator.LessOrEqual => left <= right,
            ComparisonOperator.GreaterOrEqual => left >= right,
            ComparisonOperator.Less => left < right,
            ComparisonOperator.Greater => left > right,
            _ => Math.Abs(left - right) <= Math.Max(tolerance, relativeTolerance * Math.Max(Math.Abs(left), Math.Abs(right))),
        };
    }
}

/// <summary>
/// A parsed table relation (<see cref="Rules.TableRelationSpec.Expr"/>): one comparison, or two joined
/// by <c>=&gt;</c> or <c>&lt;=&gt;</c>. Parsed once per rule set.
/// </summary>
internal sealed record RelationExpression(RelationComparison First, RelationConnective Connective, RelationComparison? Second)
{
    /// <summary>Every row the relation refers to, in order of appearance, without repeats.</summary>
    public IReadOnlyList<int> Rows { get; } = Comparisons(First, Second)
        .SelectMany(c => c.Left.Concat(c.Right))
        .Where(t => t.Row is not null)
        .Select(t => t.Row!.Value)
        .Distinct()
        .ToList();

    /// <summary>True when the relation holds, false when not, null when a value it needs is unknown.</summary>
    public bool? Holds(Func<int, decimal?> value, decimal tolerance, decimal relativeTolerance)
    {
        var first = First.Holds(value, tolerance, relativeTolerance);
        if (Second is null)
        {
            return first;
        }

        var second = Second.Holds(value, tolerance, relativeTolerance);
        if (first is not bool a || second is not bool b)
        {
            return null;
        }

        return Connective == RelationConnective.Implies ? !a || b : a == b;
    }

    /// <summary>Parses an expression.</summary>
    /// <exception cref="FormatException">The expression is malformed.</exception>
    public static RelationExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text);
        var position = 0;
        var first = ParseComparison(tokens, ref position, text);
        if (position == tokens.Count)
        {
            return new RelationExpression(first, RelationConnective.None, null);
        }

        var connective = tokens[position] switch
        {
            "=>" => RelationConnective.Implies,
            "<=>" => RelationConnective.IfAndOnlyIf,
            var other => throw new FormatException($"Expected '=>' or '<=>' but found '{other}' in '{text}'."),
        };
        position++;
        var second = ParseComparison(tokens, ref position, text);
        if (position != tokens.Count)
        {
            throw new FormatException($"Unexpected '{tokens[position]}' in '{text}'.");
        }

        return new RelationExpression(first, connective, second);
    }

    private static IEnumerable<RelationComparison> Comparisons(RelationComparison first, RelationComparison? second) =>
        second is null ? [first] : [first, second];

    private static RelationComparison ParseComparison(List<string> tokens, ref int position, string text)
    {
        var left = ParseSum(tokens, ref position, text);
        if (position >= tokens.Count)
        {
            throw new FormatException($"Expected a comparison in '{text}'.");
        }

        var op = tokens[position] switch
        {
            "=" => ComparisonOperator.Equal,
            "<=" => ComparisonOperator.LessOrEqual,
            ">=" => ComparisonOperator.GreaterOrEqual,
            "<" => ComparisonOperator.Less,
            ">" => ComparisonOperator.Greater,
            "~" => ComparisonOperator.Approximately,
            var other => throw new FormatException($"Expected a comparison operator but found '{other}' in '{text}'."),
        };
        position++;
        var right = ParseSum(tokens, ref position, text);
        return new RelationComparison(left, op, right);
    }

    private static List<RelationTerm> ParseSum(List<string> tokens, ref int position, string text)
    {
        var terms = new List<RelationTerm>();
        while (true)
        {
            if (position >= tokens.Count)
            {
                throw new FormatException($"Expected a row or number at the end of '{text}'.");
            }

            var token = tokens[position++];
            if (token[0] == 'r' && int.TryParse(token.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row > 0)
            {
                terms.Add(new RelationTerm(row, 0));
            }
            else if (decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var constant))
            {
                terms.Add(new RelationTerm(null, constant));
            }
            else
            {
                throw new FormatException($"Expected a row (r17) or number but found '{token}' in '{text}'.");
            }

            if (position < tokens.Count && tokens[position] == "+")
            {
                position++;
                continue;
            }

            return terms;
        }
    }

    private static List<string> Tokenize(string text)
    {
        string[] operators = ["<=>", "<=", ">=", "=>", "=", "<", ">", "~", "+"];
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var op = operators.FirstOrDefault(o => text.AsSpan(i).StartsWith(o, StringComparison.Ordinal));
            if (op is not null)
            {
                tokens.Add(op);
                i += op.Length;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (i == start)
            {
                throw new FormatException($"Unexpected '{text[i]}' in '{text}'.");
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }
}
