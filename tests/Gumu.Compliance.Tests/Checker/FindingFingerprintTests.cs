using Gumu.Compliance.Documents;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Tests.Checker;

/// <summary>One definition of a finding's identity for SARIF and the baseline; values fixed so existing alerts and baselines keep matching.</summary>
public sealed class FindingFingerprintTests
{
    private static readonly Finding Heading = new()
    {
        RuleId = "GM1003",
        Name = "section-title-deviates",
        Severity = Severity.Warning,
        Message = "标题不同",
        Section = 3,
        Location = SourceLocation.AtParagraph(17),
        Evidence = "三、重点领域政府信息公开情况",
        Properties = [new("table", "三"), new("stated", 3)],
    };

    [Fact]
    public void The_value_is_the_one_SARIF_has_always_written()
    {
        FindingFingerprint.Of(Heading, "a.docx").Should().Be("9f46a4b2e8993e081b96feeac35510b8");
        FindingFingerprint.Of(Heading with { RuleId = "GM0002", Evidence = "x" }, "a.pdf").Should().Be("d99f370459ae81ad29e457cc97e6e4ea", "input findings use only rule and path");
    }

    [Fact]
    public void Location_message_and_whitespace_do_not_count()
    {
        var value = FindingFingerprint.Of(Heading, "a.docx");

        FindingFingerprint.Of(Heading with { Location = SourceLocation.AtParagraph(40), Message = "Heading deviates", Evidence = " 三、重点领域政府信息公开情况\n" }, "a.docx").Should().Be(value);
        FindingFingerprint.Of(Heading, "b.docx").Should().NotBe(value);
    }

    [Fact]
    public void Repeated_findings_of_a_file_are_numbered()
    {
        var hash = FindingFingerprint.Of(Heading, "a.docx");

        FindingFingerprint.ForFile([Heading, Heading with { Location = SourceLocation.AtParagraph(90) }], "a.docx")
            .Should().Equal(hash + ":1", hash + ":2");
    }
}
