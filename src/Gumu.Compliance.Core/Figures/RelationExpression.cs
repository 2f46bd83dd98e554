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

/// <summary>
/// A reference as written: <c>R1</c>, <c>R1@total</c>, <c>parts(R3.3)</c>, <c>parts(legal)@R1</c>,
/// optionally with a table, <c>三:R1@total</c>.
/// </summary>
/// <param name="Table">The table's id, or null for the relation's own table.</param>
/// <param name="First">The first id (a row, or a column when it stands alone).</param>
/// <param name="Second">The id after '@', or null.</param>
/// <param name="Parts">True for <c>parts(First)</c>.</param>
internal sealed record RelationRef(string? Table, string First, string? Second, bool Parts)
{
    public override string ToString() =>
        (Table is null ? string.Empty : Table + ":") + (Parts ? "parts(" + First + ")" : First) + (Second is null ? string.Empty : "@" + Second);
}

/// <summary>A term of a sum as written: a reference or a constant.</summary>
internal readonly record struct RelationTerm(RelationRef? Ref, decimal Constant);

/// <summary>Two sums compared as written: <c>R1 + R2 = R3.7 + R4</c>.</summary>
internal sealed record RelationComparison(IReadOnlyList<RelationTerm> Left, ComparisonOperator Operator, IReadOnlyList<RelationTerm> Right);

/// <summary>
/// A relation expression as written (<see cref="Rules.TableRelationSpec.Expr"/>): one comparison,
/// or two joined by <c>=&gt;</c> or <c>&lt;=&gt;</c>. The references are resolved into cells by
/// <see cref="CompiledRelation"/>. Parsed once per rule set.
/// </summary>
internal sealed record RelationExpression(RelationComparison First, RelationConnective Connective, RelationComparison? Second)
{
    private static readonly string[] Operators = ["<=>", "<=", ">=", "=>", "=", "<", ">", "~", "+", "(", ")", "@", ":"];

    /// <summary>The comparisons, one or two.</summary>
    public IEnumerable<RelationComparison> Comparisons => Second is null ? [First] : [First, Second];

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

    /// <summary>Parses a sum of references and constants (a narrative quantity's cells).</summary>
    /// <exception cref="FormatException">The sum is malformed.</exception>
    public static IReadOnlyList<RelationTerm> ParseSum(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text);
        var position = 0;
        var sum = ParseSum(tokens, ref position, text);
        return position == tokens.Count ? sum : throw new FormatException($"Unexpected '{tokens[position]}' in '{text}'.");
    }

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
            terms.Add(ParseTerm(tokens, ref position, text));
            if (position < tokens.Count && tokens[position] == "+")
            {
                position++;
                continue;
            }

            return terms;
        }
    }

    private static RelationTerm ParseTerm(List<string> tokens, ref int position, string text)
    {
        var token = Next(tokens, ref position, text, "a cell or number");
        if (char.IsAsciiDigit(token[0]))
        {
            return decimal.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var constant)
                ? new RelationTerm(null, constant)
                : throw new FormatException($"'{token}' is not a number in '{text}'.");
        }

        RequireId(token, text);
        string? table = null;
        if (Peek(tokens, position) == ":")
        {
            position++;
            table = token;
            token = Next(tokens, ref position, text, "a cell after the table");
            RequireId(token, text);
        }

        var parts = false;
        string first;
        if (token == "parts" && Peek(tokens, position) == "(")
        {
            position++;
            first = Next(tokens, ref position, text, "a row or column in parts()");
            RequireId(first, text);
            if (Next(tokens, ref position, text, "')'") != ")")
            {
                throw new FormatException($"Expected ')' after parts({first} in '{text}'.");
            }

            parts = true;
        }
        else
        {
            first = token;
        }

        string? second = null;
        if (Peek(tokens, position) == "@")
        {
            position++;
            second = Next(tokens, ref position, text, "a column after '@'");
            RequireId(second, text);
        }

        return new RelationTerm(new RelationRef(table, first, second, parts), 0);
    }

    private static string? Peek(List<string> tokens, int position) => position < tokens.Count ? tokens[position] : null;

    private static string Next(List<string> tokens, ref int position, string text, string expected) =>
        position < tokens.Count ? tokens[position++] : throw new FormatException($"Expected {expected} at the end of '{text}'.");

    private static void RequireId(string token, string text)
    {
        if (!char.IsLetter(token[0]))
        {
            throw new FormatException($"Expected a row, column or number but found '{token}' in '{text}'.");
        }
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var op = Array.Find(Operators, o => text.AsSpan(i).StartsWith(o, StringComparison.Ordinal));
            if (op is not null)
            {
                tokens.Add(op);
                i += op.Length;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '_'))
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
