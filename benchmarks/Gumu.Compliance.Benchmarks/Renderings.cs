using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Readers;
using Gumu.Compliance.Readers.Docx;
using Gumu.Compliance.Readers.Html;
using Gumu.Compliance.Readers.Pdf;
using UglyToad.PdfPig;

namespace Gumu.Compliance.Benchmarks;

/// <summary>
/// The renderings of the compliant sample report, and for each the parse-only baseline: the
/// parser's own parse of the same bytes, the least any check of that format must do.
/// </summary>
internal static class Renderings
{
    /// <summary>The compliant sample in every rendering the checker reads.</summary>
    public static readonly string[] Compliant =
    [
        "compliant/lanxi-2018-portal.html",
        "compliant/lanxi-2018-word.html",
        "compliant/lanxi-2018.docx",
        "compliant/lanxi-2018.txt",
        "compliant/lanxi-2018.pdf",
    ];

    // One parser for the run, as a caller that parses many pages would keep it.
    private static readonly HtmlParser HtmlParser = new();

    static Renderings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The reader the checker would pick for a sample (by its extension here; the checker sniffs).</summary>
    public static IReportReader ReaderFor(string sample) => Path.GetExtension(sample) switch
    {
        ".html" => new HtmlReportReader(),
        ".docx" => new DocxReportReader(),
        ".pdf" => new PdfReportReader(),
        _ => new PlainTextReportReader(),
    };

    /// <summary>Reads the bytes into the format-neutral model.</summary>
    public static ReportDocument Read(IReportReader reader, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        return reader.Read(stream, ReaderLimits.Default, CancellationToken.None);
    }

    /// <summary>
    /// Parse-only: AngleSharp's <c>ParseDocument</c> for HTML (it decodes by BOM and meta charset
    /// itself), the Open XML SDK opening the package and loading the body for DOCX, PdfPig reading
    /// every page's letters for PDF, UTF-8 decoding and line splitting for text.
    /// </summary>
    public static int ParseOnly(string sample, byte[] content)
    {
        switch (Path.GetExtension(sample))
        {
            case ".html":
            {
                using var stream = new MemoryStream(content, writable: false);
                using var document = HtmlParser.ParseDocument(stream);
                return document.Body?.ChildElementCount ?? 0;
            }

            case ".docx":
            {
                using var stream = new MemoryStream(content, writable: false);
                using var document = WordprocessingDocument.Open(stream, false);
                var body = document.MainDocumentPart!.Document!.Body!;
                var length = 0;
                foreach (var text in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>())
                {
                    length += text.Text.Length;
                }

                return length;
            }

            case ".pdf":
            {
                using var document = PdfDocument.Open(content);
                var letters = 0;
                for (var p = 1; p <= document.NumberOfPages; p++)
                {
                    foreach (var letter in document.GetPage(p).Letters)
                    {
                        letters += letter.Value.Length;
                    }
                }

                return letters;
            }

            default:
                return Encoding.UTF8.GetString(content).Split('\n').Length;
        }
    }
}
