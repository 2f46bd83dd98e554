using Gumu.Compliance.Checks;

namespace Gumu.Compliance.Tests.Sections;

public sealed class SectionOrderTests
{
    [Theory]
    [InlineData(new[] { 0, 1, 2, 3 }, new int[0])]
    [InlineData(new[] { 0, 2, 1, 3 }, new[] { 2 })]
    [InlineData(new[] { 5, 0, 1, 2, 3 }, new[] { 0 })]
    [InlineData(new[] { 0, 1, 2, 3, 4, 6, 5, 7 }, new[] { 6 })]
    public void Out_of_order_positions_are_those_outside_the_longest_ordered_run(int[] ranks, int[] outOfOrder)
    {
        var kept = SectionStructureCheck.LongestIncreasingSubsequence(ranks);

        Enumerable.Range(0, ranks.Length).Where(i => !kept.Contains(i)).Should().Equal(outOfOrder);
    }
}
