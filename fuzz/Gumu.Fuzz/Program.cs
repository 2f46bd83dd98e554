using Gumu.Compliance;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Readers.Docx;
using Gumu.Compliance.Readers.Html;
using Gumu.Compliance.Readers.Pdf;
using SharpFuzz;

// gumu-fuzz READER          under afl-fuzz: one input per iteration from AFL++
// gumu-fuzz READER < FILE   outside AFL++ (SharpFuzz then reads one input from standard input):
//                           replays an input AFL++ saved and shows the exception
//
// An input passes when the reader returns a document or throws ReportReadException (the
// finding a broken file gets), and checking the document runs every rule without one crashing
// (GM0005). Anything else escaping is a defect: SharpFuzz reports it to AFL++ as a crash.
//
// Instrumented code (our assemblies and the parsers) must not run before Fuzzer.OutOfProcess.Run
// has set up the coverage map, so the reader and the checker are made inside it.

if (args.Length != 1 || args[0] is not ("html" or "docx" or "pdf" or "text"))
{
    await Console.Error.WriteLineAsync("usage: gumu-fuzz html|docx|pdf|text [< FILE]").ConfigureAwait(false);
    return 2;
}

IReportReader? reader = null;
ReportChecker? checker = null;
Fuzzer.OutOfProcess.Run(input =>
{
    reader ??= Readers.Find(args[0])!;
    checker ??= new ReportChecker();
    Harness.ReadAndCheck(reader, checker, input);
});
return 0;

internal static class Readers
{
    public static IReportReader? Find(string name) => name switch
    {
        "html" => new HtmlReportReader(),
        "docx" => new DocxReportReader(),
        "pdf" => new PdfReportReader(),
        "text" => new PlainTextReportReader(),
        _ => null,
    };
}

internal static class Harness
{
    public static void ReadAndCheck(IReportReader reader, ReportChecker checker, Stream input)
    {
        // Readers are given a seekable stream, as ReportChecker gives them.
        using var content = new MemoryStream();
        input.CopyTo(content);
        content.Position = 0;
        ReportDocument document;
        try
        {
            document = reader.Read(content, ReaderLimits.Default, CancellationToken.None);
        }
        catch (ReportReadException)
        {
            return;
        }

        var result = checker.Check(document, "fuzz");
        if (result.Findings.FirstOrDefault(f => f.RuleId == "GM0005") is { } crashed)
        {
            throw new InvalidOperationException("A rule crashed: " + crashed.Message);
        }
    }
}
