using System.Text.Json.Nodes;
using Gumu.Compliance.Figures;
using Gumu.Compliance.Rules;

namespace Gumu.Compliance.Tests.Figures;

public sealed class FigureRuleDataTests
{
    private static readonly Dictionary<int, decimal> Values = new() { [1] = 10, [2] = 3, [3] = 4, [4] = 6, [5] = 0 };

    private static decimal? Value(int row) => Values.TryGetValue(row, out var v) ? v : null;

    // The Yunnan table's rows r1 … r58 in its one value column.
    private static CompiledRelation Compile(string expression, decimal tolerance = 0, decimal relative = 0) =>
        CompiledRelation.Compile(new TableRelationSpec { Id = "test", Expr = expression, Tolerance = tolerance, RelativeTolerance = relative }, TableSchema.For(FigureReports.Template));

    private static bool? Holds(string expression, decimal tolerance = 0, decimal relative = 0) =>
        Compile(expression).Instances.Single().Holds(k => Value(int.Parse(k.Row[1..], System.Globalization.CultureInfo.InvariantCulture)), tolerance, relative);

    [Theory]
    [InlineData("r1 = r2 + r3 + 3", true)]
    [InlineData("r1 = r2 + r3", false)]
    [InlineData("r2 <= r1", true)]
    [InlineData("r4 <= r2", false)]
    [InlineData("r1 >= r4", true)]
    [InlineData("r2 < r3", true)]
    [InlineData("r3 > r4", false)]
    [InlineData("r1 ~ r4", false)]
    [InlineData("r5 = 0 <=> r2 = 0", false)]
    [InlineData("r5 = 0 => r2 = 0", false)]
    [InlineData("r2 = 0 => r5 = 0", true)]
    [InlineData("r1=r2+r3+3", true)]
    [InlineData("r1@value = r2 + r3 + 3", true)]
    public void Expressions_evaluate_over_row_values(string expression, bool holds)
    {
        Holds(expression).Should().Be(holds);
    }

    [Fact]
    public void Approximately_equal_allows_the_larger_of_the_tolerances()
    {
        Holds("r1 ~ r4", 4, 0).Should().BeTrue();
        Holds("r1 ~ r4", 0, 0.4m).Should().BeTrue();
        Holds("r1 ~ r4", 3, 0.3m).Should().BeFalse();
    }

    [Fact]
    public void A_relation_with_an_unknown_row_is_unknown()
    {
        Holds("r1 = r2 + r9").Should().BeNull();
        Holds("r9 = 0 => r1 = 0").Should().BeNull();
        Compile("r17 = r18 + r19 + r20 + r21").Instances.Single().Cells.Select(c => c.Row).Should().Equal("r17", "r18", "r19", "r20", "r21");
    }

    [Theory]
    [InlineData("")]
    [InlineData("r1")]
    [InlineData("r1 = ")]
    [InlineData("r1 == r2")]
    [InlineData("r1 = r2 r3")]
    [InlineData("x1 = r2")]
    [InlineData("r0 = r2")]
    [InlineData("r1 = r2 => ")]
    [InlineData("r1 = r2 <=> r3 = 0 <=> r4 = 0")]
    [InlineData("r1 = r2 ; r3")]
    [InlineData("r1@total = r2")]
    [InlineData("parts(r1 = r2")]
    [InlineData("三:r1 = r2")]
    public void Malformed_expressions_are_rejected(string expression)
    {
        var compile = () => Compile(expression);

        compile.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void The_built_in_rule_set_carries_the_relations_and_quantities_of_the_template()
    {
        var set = FigureReports.RuleSet;

        set.Tables.Should().ContainSingle();
        set.Tables[0].Relations.Select(r => r.Id).Should().HaveCount(20).And.OnlyHaveUniqueItems();
        set.Tables[0].Relations.Where(r => r.Rule == "GM2005").Select(r => r.Expr).Should().Equal(
            "r22 <= r17", "r25 ~ r22", "r57 = 0 <=> r58 = 0", "r17 = 0 => r49 = 0");
        set.Narrative!.Quantities.Where(q => q.Row is not null).Select(q => $"{q.Id}:{q.Row}:{string.Join(",", q.Sections)}").Should().Equal(
            "applications:17:8", "reviews:40:10", "lawsuits:44:10",
            "applications-in-person:18:8", "applications-by-fax:19:8", "applications-online:20:8", "applications-by-letter:21:8", "complaints:48:10", "normative-documents:2:2", "website-posts:5:2", "responses:9:7");
        set.Narrative.Proceedings.SelectMany(p => p.OutcomeRows).Select(r => r.Row).Should().Equal(41, 42, 43, 45, 46, 47);
        set.Narrative.RequiredStatements.Select(r => r.Rule).Should().Equal("GM3001", "GM3002", "GM3005");
        set.Tables[0].Rows.Should().HaveCount(58);
    }

    public static TheoryData<string, string> BrokenRuleSets => new()
    {
        { "relation refers to row 99", """{ "op": "relation", "expr": "r17 = r99" }""" },
        { "malformed expression", """{ "op": "relation", "expr": "r17 = " }""" },
        { "relation rule not GM2001/GM2005", """{ "op": "relation", "rule": "GM3001" }""" },
        { "duplicate relation id", """{ "op": "relation", "id": "applications-by-channel" }""" },
        { "pattern without {n}", """{ "op": "quantity", "patterns": ["{term}{gap}"] }""" },
        { "unknown placeholder", """{ "op": "quantity", "patterns": ["{term}{gap}{number}"] }""" },
        { "quantity row not in the table", """{ "op": "quantity", "row": 99 }""" },
        { "quantity section not in the rule set", """{ "op": "quantity", "sections": [15] }""" },
        { "part of an unknown total", """{ "op": "quantity", "partOf": "nothing" }""" },
        { "proceeding of an unknown quantity", """{ "op": "proceeding", "quantity": "nothing" }""" },
        { "outcome row with an unknown kind", """{ "op": "outcomeKind", "kind": "lost" }""" },
        { "required statement with an unknown rule", """{ "op": "required", "rule": "GM3999" }""" },
    };

    [Theory]
    [MemberData(nameof(BrokenRuleSets))]
    public void The_loader_rejects_broken_figure_rules(string why, string change)
    {
        // A file that extends the built-in rule set and breaks one entry, as a user's file would.
        var op = JsonNode.Parse(change)!.AsObject();
        var overlay = new JsonObject { ["id"] = "yunnan-2018", ["name"] = new JsonObject { ["zh"] = "测试", ["en"] = "test" }, ["extends"] = "yunnan-2018" };
        var yunnan = FigureReports.RuleSet;
        switch ((string)op["op"]!)
        {
            case "relation":
                var relation = new JsonObject { ["id"] = "broken", ["expr"] = "r1 = r2" };
                foreach (var (key, value) in op.Where(p => p.Key != "op"))
                {
                    relation[key] = value!.DeepClone();
                }

                var relations = new JsonArray(relation);
                if (op.ContainsKey("id"))
                {
                    relations.Add(relation.DeepClone()); // the same id twice in one file
                }

                overlay["tables"] = new JsonArray(new JsonObject { ["id"] = "统计表", ["relations"] = relations });
                break;
            case "quantity":
                var quantity = new JsonObject { ["id"] = yunnan.Narrative!.Quantities[0].Id };
                foreach (var (key, value) in op.Where(p => p.Key != "op"))
                {
                    quantity[key] = value!.DeepClone();
                }

                overlay["narrative"] = new JsonObject { ["quantities"] = new JsonArray(quantity) };
                break;
            case "proceeding":
                var proceedings = System.Text.Json.JsonSerializer.SerializeToNode(yunnan.Narrative!.Proceedings, JsonOptions)!.AsArray();
                proceedings[0]!["quantity"] = op["quantity"]!.DeepClone();
                overlay["narrative"] = new JsonObject { ["proceedings"] = proceedings };
                break;
            case "outcomeKind":
                var withKind = System.Text.Json.JsonSerializer.SerializeToNode(yunnan.Narrative!.Proceedings, JsonOptions)!.AsArray();
                withKind[0]!["outcomeRows"]![0]!["kinds"] = new JsonArray(op["kind"]!.DeepClone());
                overlay["narrative"] = new JsonObject { ["proceedings"] = withKind };
                break;
            default:
                overlay["narrative"] = new JsonObject { ["requiredStatements"] = new JsonArray(new JsonObject { ["quantity"] = "reviews", ["rule"] = op["rule"]!.DeepClone() }) };
                break;
        }

        using var broken = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(overlay.ToJsonString()));
        var load = () => RuleSetLoader.Load(broken);

        load.Should().Throw<InvalidDataException>(why).WithMessage("Rule set 'yunnan-2018'*");
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase };
}
