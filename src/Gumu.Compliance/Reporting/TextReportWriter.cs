using Gumu.Compliance;
using Gumu.Compliance.Findings;

namespace Gumu.Compliance.Reporting;

/// <summary>
/// One line per finding, compiler style: <c>path(line,col): error GM1001: message</c>, then a
/// summary line. Each file checked against a rule set starts with a line naming it (and why it
/// was chosen); evidence follows a finding on an indented line when the finding has it. File
/// names, messages and evidence pass through <see cref="OutputText.ForTerminal"/>: whatever a file
/// holds, each finding stays on its own lines and nothing reaches the terminal as a control.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    public void Write(Stream output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run)
    {
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        Write(writer, results, run);
    }

    private static void Write(TextWriter output, IReadOnlyList<FileCheckResult> results, ReportWriterOptions run)
    {
        var catalog = Gumu.Compliance.Rules.RuleCatalog.Default;
        foreach (var result in results)
        {
            if (result.RuleSet is { } ruleSet)
            {
                output.Write(OutputText.ForTerminal(result.Path));
                output.Write(": ");
                output.WriteLine(result.RuleSetReason is { } reason
                    ? catalog.FormatText("output.rule-set-reason", run.Language, [new("ruleSet", ruleSet), new("reason", reason)])
                    : catalog.FormatText("output.rule-set", run.Language, [new("ruleSet", ruleSet)]));
            }

            foreach (var finding in result.Findings)
            {
                var location = finding.Location?.Format(run.Language);
                output.Write(OutputText.ForTerminal(result.Path));
                if (!string.IsNullOrEmpty(location))
                {
                    output.Write('(');
                    output.Write(location);
                    output.Write(')');
                }

                output.Write(": ");
                output.Write(finding.Severity.ToName());
                output.Write(' ');
                output.Write(finding.RuleId);
                output.Write(": ");
                output.WriteLine(OutputText.ForTerminal(finding.Message));
                if (!string.IsNullOrEmpty(finding.Evidence))
                {
                    output.Write("    > ");
                    output.WriteLine(Shorten(finding.Evidence));
                }
            }
        }

        var s = RunSummary.Of(results);
        var english = run.Language == Language.English;
        output.Write(english
            ? $"{s.Files} file(s) checked: {s.Passed} passed, {s.WithErrors} with errors, {s.Unreadable} unreadable; {s.Errors} error(s), {s.Warnings} warning(s)"
            : $"共检查 {s.Files} 个文件：{s.Passed} 个通过，{s.WithErrors} 个有错误，{s.Unreadable} 个无法读取；错误 {s.Errors} 条，警告 {s.Warnings} 条");
        if (s.Suppressed > 0)
        {
            output.Write(english ? $"; {s.Suppressed} accepted by the baseline, not listed" : $"；另有 {s.Suppressed} 条已被基线接受，未列出");
        }

        output.WriteLine(english ? "." : "。");
    }

    // Cut before escaping, so that a cut never splits an escape sequence; a line break inside the
    // quoted text reads as a space.
    private static string Shorten(string text) =>
        OutputText.ForTerminal(OutputText.Truncate(text.ReplaceLineEndings(" "), 120));
}
