using Gumu.Compliance.Documents;
using Gumu.Compliance.Rules;
using Gumu.Compliance.Text;

namespace Gumu.Compliance.Sections;

/// <summary>
/// Finds section headings. A paragraph is a section heading only when, after its number is split
/// off, its whole text is a section title (canonical or variant) — or a numbered/bold/heading
/// paragraph whose title is followed by punctuation and the section's first sentence. A title
/// mentioned inside running text never counts, and a number alone never identifies a section.
/// </summary>
internal static class OutlineBuilder
{
    public static ReportOutline Build(ReportDocument document, RuleSet ruleSet)
    {
        var matcher = SectionMatcher.For(ruleSet);
        var text = DocumentText.Of(document);
        var headings = new List<SectionHeading>();
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is ParagraphBlock paragraph && paragraph.Text.Length > 0 && TryRecognise(paragraph, i, text.HeadingOf(i), matcher) is { } heading)
            {
                headings.Add(heading);
            }
        }

        var sections = new List<ReportSection>(headings.Count);
        for (var h = 0; h < headings.Count; h++)
        {
            var start = headings[h].BlockIndex + 1;
            var end = h + 1 < headings.Count ? headings[h + 1].BlockIndex : document.Blocks.Count;
            var content = new List<Block>(end - start);
            for (var b = start; b < end; b++)
            {
                content.Add(document.Blocks[b]);
            }

            sections.Add(new ReportSection { Heading = headings[h], ContentStart = start, ContentEnd = end, Content = content });
        }

        return new ReportOutline(sections, headings.Count > 0 ? headings[0].BlockIndex : document.Blocks.Count);
    }

    private static SectionHeading? TryRecognise(ParagraphBlock paragraph, int index, HeadingText heading, SectionMatcher matcher)
    {
        var number = heading.Number;

        // Sub-level numbering ("（一）", "(1)") belongs to parts inside a section, never to a section.
        if (number.Style is HeadingNumberStyle.ParenthesizedChinese or HeadingNumberStyle.ParenthesizedArabic)
        {
            return null;
        }

        var title = heading.Title;
        var looksLikeHeading = number.Style != HeadingNumberStyle.None || paragraph.IsBold || paragraph.HeadingLevel is not null;

        // Titles are short: matching looks at the start of a long paragraph only (its key is
        // computed once per document), so the cost stays linear whatever the paragraphs' length.
        var match = matcher.MatchKey(heading.TitleKey, allowInline: looksLikeHeading);
        if (match is null)
        {
            return null;
        }

        string? inline = null;
        var shownTitle = title.Trim();
        if (match.HasInlineContent)
        {
            var split = FindInlineSplit(title);
            if (split < 0)
            {
                return null;
            }

            shownTitle = title[..split].Trim();
            inline = title[(split + 1)..].Trim();
            if (inline.Length == 0)
            {
                inline = null;
            }
        }

        return new SectionHeading
        {
            Number = match.Section.Number,
            BlockIndex = index,
            Paragraph = paragraph,
            Title = shownTitle.TrimEnd('：', ':', '。', '.', '；', ';', '，', ','),
            IsCanonical = match.IsCanonical,
            Numbering = number,
            TitleYear = match.Year,
            InlineContent = inline,
        };
    }

    // The first sentence punctuation after the title: where the title ends in the original text.
    private static int FindInlineSplit(string title)
    {
        var depth = 0;
        for (var i = 0; i < title.Length; i++)
        {
            switch (title[i])
            {
                case '(' or '（':
                    depth++;
                    break;
                case ')' or '）':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '。' or '：' or ':' or '；' or ';' or '，' or ',' or '.' when depth == 0:
                    return i;
            }
        }

        return -1;
    }
}
