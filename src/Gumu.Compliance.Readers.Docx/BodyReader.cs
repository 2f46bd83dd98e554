using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using Gumu.Compliance.Documents;
using static Gumu.Compliance.Readers.Docx.WordXml;

namespace Gumu.Compliance.Readers.Docx;

/// <summary>
/// Walks w:body in reading order and produces the blocks. One instance serves one read: it holds
/// the paragraph and table counters, the list counters and the state of complex fields, which may
/// span paragraphs (a table of contents does).
/// </summary>
internal sealed partial class BodyReader(
    StyleSheet styles,
    ListNumbering numbering,
    IReadOnlyDictionary<string, string> relationshipTargets,
    ReaderLimits limits,
    CancellationToken cancellationToken)
{
    private static readonly string[] AttachmentExtensions =
        [".xls", ".xlsx", ".et", ".doc", ".docx", ".wps", ".pdf", ".zip", ".rar", ".7z", ".ofd"];

    private readonly List<Block> _blocks = [];
    private readonly Stack<Field> _fields = new();
    private readonly List<StringBuilder> _captures = [];
    private int _fieldsInInstructions;
    private int _paragraphs;
    private int _tables;

    public IReadOnlyList<Block> Read(OpenXmlElement body)
    {
        ReadBlocks(body, _blocks, cell: null);
        return _blocks;
    }

    private void ReadBlocks(OpenXmlElement? container, List<Block> output, List<string>? cell, SourceLocation? cellLocation = null)
    {
        if (container is null)
        {
            return;
        }

        foreach (var child in container.ChildElements)
        {
            if (child.Is("p"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadParagraph(child, output, cell, cellLocation);
            }
            else if (child.Is("tbl"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadTable(child, output);
            }
            else if (child.Is("sdt"))
            {
                ReadBlocks(child.Child("sdtContent"), output, cell, cellLocation);
            }
            else if (child.Is("customXml") || child.Is("ins") || child.Is("moveTo"))
            {
                ReadBlocks(child, output, cell, cellLocation);
            }
            else if (child.Is("AlternateContent", Mc))
            {
                ReadBlocks(FirstBranch(child), output, cell, cellLocation);
            }
        }
    }

    private void ReadParagraph(OpenXmlElement p, List<Block> output, List<string>? cell, SourceLocation? cellLocation)
    {
        var location = cellLocation ?? SourceLocation.AtParagraph(++_paragraphs);
        var pPr = p.Child("pPr");
        var state = new ParagraphState(location, styles.ParagraphStyleOf(pPr));
        ReadInline(p, state);

        var body = Collapse(state.Text.ToString());
        var markRunProperties = pPr.Child("rPr");
        var markGone = markRunProperties.Child("del") is not null || markRunProperties.Child("vanish").OnOff() == true;
        var label = markGone && body.Length == 0 ? null : NextLabel(pPr, state.StyleId);

        var text = body;
        string? listLabel = null;
        if (label is not null)
        {
            listLabel = Collapse(label.Text);
            var separator = label.Suffix is "tab" or "space" && body.Length > 0 && !EndsWithSeparator(listLabel) ? " " : string.Empty;
            text = Collapse(listLabel + separator + body);
            listLabel = listLabel.Length == 0 ? null : listLabel;
        }

        if (cell is not null)
        {
            if (text.Length > 0)
            {
                cell.Add(text);
            }
        }
        else if (text.Length > 0)
        {
            output.Add(new ParagraphBlock
            {
                Location = location,
                Text = text,
                ListLabel = listLabel,
                HeadingLevel = HeadingLevel(pPr, state.StyleId),
                IsBold = state.SawText && state.AllBold,
            });
        }

        output.AddRange(state.Inline);
    }

    private ListLabel? NextLabel(OpenXmlElement? pPr, string? styleId)
    {
        var numPr = pPr.Child("numPr");
        var ownNumId = numPr.Child("numId").IntVal();
        var ownLevel = numPr.Child("ilvl").IntVal();
        var fromStyle = styles.NumberingOf(styleId);
        var numId = ownNumId ?? fromStyle?.NumId;
        if (numId is not int id)
        {
            return null;
        }

        var level = ownLevel ?? (ownNumId is not null ? 0 : fromStyle?.Level);
        return numbering.Next(id, level, styleId);
    }

    private int? HeadingLevel(OpenXmlElement? pPr, string? styleId)
    {
        var outline = pPr.Child("outlineLvl").IntVal() ?? styles.OutlineLevelOf(styleId);
        if (outline is int level)
        {
            return level is >= 0 and <= 8 ? Math.Min(level + 1, 6) : null;
        }

        return styles.HeadingLevelFromName(styleId) is int fromName ? Math.Min(fromName, 6) : null;
    }

    private static bool EndsWithSeparator(string label) =>
        label.Length > 0 && "、.．)）:：,，".Contains(label[^1], StringComparison.Ordinal);

    private void ReadInline(OpenXmlElement? container, ParagraphState state)
    {
        if (container is null)
        {
            return;
        }

        foreach (var child in container.ChildElements)
        {
            if (child.NamespaceUri == W)
            {
                switch (child.LocalName)
                {
                    case "r":
                        ReadRun(child, child, state);
                        break;
                    case "hyperlink":
                        ReadHyperlink(child, state);
                        break;
                    case "fldSimple":
                        ReadSimpleField(child, state);
                        break;
                    case "sdt":
                        ReadInline(child.Child("sdtContent"), state);
                        break;
                    case "smartTag":
                    case "customXml":
                    case "ins":
                    case "moveTo":
                    case "dir":
                    case "bdo":
                        ReadInline(child, state);
                        break;
                }
            }
            else if (child.Is("AlternateContent", Mc))
            {
                ReadInline(FirstBranch(child), state);
            }
            else if (child.Is("oMath", M) || child.Is("oMathPara", M))
            {
                foreach (var t in child.Descendants())
                {
                    if (t.Is("t", M))
                    {
                        Append(state, t.InnerText, bold: true, counts: false);
                    }
                }
            }
        }
    }

    private void ReadHyperlink(OpenXmlElement hyperlink, ParagraphState state)
    {
        var target = hyperlink.Attr("id", R) is { } id && relationshipTargets.TryGetValue(id, out var t) ? t : null;
        if (target is null || !IsAttachment(target))
        {
            ReadInline(hyperlink, state);
            return;
        }

        var capture = new StringBuilder();
        _captures.Add(capture);
        try
        {
            ReadInline(hyperlink, state);
        }
        finally
        {
            _captures.Remove(capture);
        }

        state.Inline.Add(new AttachmentBlock { Location = state.Location, Text = Collapse(capture.ToString()), Target = target });
    }

    private void ReadSimpleField(OpenXmlElement field, ParagraphState state)
    {
        var target = HyperlinkTarget(field.Attr("instr"));
        if (target is null)
        {
            ReadInline(field, state);
            return;
        }

        var capture = new StringBuilder();
        _captures.Add(capture);
        try
        {
            ReadInline(field, state);
        }
        finally
        {
            _captures.Remove(capture);
        }

        state.Inline.Add(new AttachmentBlock { Location = state.Location, Text = Collapse(capture.ToString()), Target = target });
    }

    /// <summary>Reads the content of a w:r (or of an mc:AlternateContent branch inside one).</summary>
    private void ReadRun(OpenXmlElement run, OpenXmlElement content, ParagraphState state)
    {
        var rPr = run.Child("rPr");
        var hidden = styles.RunFlag(rPr, state.StyleId, "vanish");
        bool? bold = null;
        bool Bold() => bold ??= styles.RunFlag(rPr, state.StyleId, "b");

        foreach (var child in content.ChildElements)
        {
            if (child.Is("AlternateContent", Mc))
            {
                if (FirstBranch(child) is { } branch)
                {
                    ReadRun(run, branch, state);
                }

                continue;
            }

            if (child.NamespaceUri != W)
            {
                continue;
            }

            switch (child.LocalName)
            {
                case "fldChar":
                    FieldChar(child.Attr("fldCharType"), state);
                    break;
                case "instrText":
                    if (_fields.TryPeek(out var field) && !field.InResult)
                    {
                        field.Instruction.Append(child.InnerText);
                    }

                    break;
                case "t":
                    if (!hidden)
                    {
                        Append(state, child.InnerText, Bold(), counts: true);
                    }

                    break;
                case "tab":
                case "ptab":
                case "br":
                case "cr":
                    if (!hidden)
                    {
                        Append(state, " ", bold: true, counts: false);
                    }

                    break;
                case "noBreakHyphen":
                    if (!hidden)
                    {
                        Append(state, "-", Bold(), counts: true);
                    }

                    break;
                case "drawing":
                    if (!hidden && Visible)
                    {
                        AddDrawing(child, state);
                    }

                    break;
                case "pict":
                    if (!hidden && Visible)
                    {
                        AddPicture(child, state);
                    }

                    break;
                case "object":
                    if (!hidden && Visible)
                    {
                        AddEmbeddedObject(child, state);
                    }

                    break;
            }
        }
    }

    /// <summary>False inside a field's instructions (between fldChar begin and separate).</summary>
    private bool Visible => _fieldsInInstructions == 0;

    private void Append(ParagraphState state, string text, bool bold, bool counts)
    {
        if (!Visible || text.Length == 0)
        {
            return;
        }

        state.Text.Append(text);
        foreach (var capture in _captures)
        {
            capture.Append(text);
        }

        if (counts && !string.IsNullOrWhiteSpace(text))
        {
            state.SawText = true;
            state.AllBold &= bold;
        }
    }

    /// <summary>
    /// Tracks complex fields: what lies between begin and separate is the field code and is not
    /// shown; what lies between separate and end is the result Word displays. A HYPERLINK field
    /// to an attachment becomes an attachment block of the paragraph where the field ends.
    /// </summary>
    private void FieldChar(string? type, ParagraphState state)
    {
        switch (type)
        {
            case "begin":
                _fields.Push(new Field());
                _fieldsInInstructions++;
                break;
            case "separate":
                if (_fields.TryPeek(out var open) && !open.InResult)
                {
                    open.InResult = true;
                    _fieldsInInstructions--;
                    if (HyperlinkTarget(open.Instruction.ToString()) is { } target)
                    {
                        open.Target = target;
                        open.Result = new StringBuilder();
                        _captures.Add(open.Result);
                    }
                }

                break;
            case "end":
                if (_fields.TryPop(out var closed))
                {
                    if (!closed.InResult)
                    {
                        _fieldsInInstructions--;
                    }

                    if (closed.Result is not null && closed.Target is not null)
                    {
                        _captures.Remove(closed.Result);
                        state.Inline.Add(new AttachmentBlock
                        {
                            Location = state.Location,
                            Text = Collapse(closed.Result.ToString()),
                            Target = closed.Target,
                        });
                    }
                }

                break;
        }
    }

    private void AddDrawing(OpenXmlElement drawing, ParagraphState state)
    {
        string? source = null;
        string? name = null;
        string? description = null;
        string? title = null;
        foreach (var element in drawing.Descendants())
        {
            if (element.Is("docPr", Wp))
            {
                description = element.Attr("descr", string.Empty);
                title = element.Attr("title", string.Empty);
                name = element.Attr("name", string.Empty);
            }
            else if (source is null && (element.Is("blip", A) || element.Is("chart", Chart)))
            {
                source = Target(element.Attr("embed", R) ?? element.Attr("link", R) ?? element.Attr("id", R)) ?? string.Empty;
            }
        }

        // A drawing without a picture or chart is a shape or text box, not an image.
        if (source is not null)
        {
            state.Inline.Add(new ImageBlock
            {
                Location = state.Location,
                AltText = FirstNonEmpty(description, title, name),
                Source = source.Length == 0 ? null : source,
            });
        }
    }

    private void AddPicture(OpenXmlElement pict, ParagraphState state)
    {
        foreach (var element in pict.Descendants())
        {
            if (!element.Is("imagedata", V))
            {
                continue;
            }

            var shape = element.Parent;
            state.Inline.Add(new ImageBlock
            {
                Location = state.Location,
                AltText = FirstNonEmpty(shape?.Attr("alt", string.Empty), element.Attr("title", O)),
                Source = Target(element.Attr("id", R) ?? element.Attr("relid", O)),
            });
            return;
        }
    }

    private void AddEmbeddedObject(OpenXmlElement obj, ParagraphState state)
    {
        foreach (var element in obj.Descendants())
        {
            if (!element.Is("OLEObject", O))
            {
                continue;
            }

            var progId = FirstNonEmpty(element.Attr("ProgID", string.Empty));
            var target = Target(element.Attr("id", R)) ?? progId ?? "embedded object";
            state.Inline.Add(new AttachmentBlock { Location = state.Location, Text = progId ?? string.Empty, Target = target });
            return;
        }
    }

    private void ReadTable(OpenXmlElement table, List<Block> output)
    {
        var number = ++_tables;
        var after = new List<Block>();
        var grid = new TableGridBuilder(number, limits.MaxTableCells);
        foreach (var row in Items(table, "tr"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var trPr = row.Child("trPr");
            if (trPr.Child("del") is not null)
            {
                continue;
            }

            grid.StartRow(trPr.Child("gridBefore").IntVal() ?? 0);
            foreach (var tc in Items(row, "tc"))
            {
                var tcPr = tc.Child("tcPr");
                var vMerge = tcPr.Child("vMerge");
                var continues = vMerge is not null && vMerge.Val() is null or "continue";
                var (location, covered) = grid.AddCell(tcPr.Child("gridSpan").IntVal() ?? 1, continues);
                var paragraphs = new List<string>();
                ReadBlocks(tc, after, paragraphs, location);
                if (!covered)
                {
                    grid.SetText(string.Join(' ', paragraphs));
                }
            }

            grid.EndRow(trPr.Child("gridAfter").IntVal() ?? 0);
        }

        output.Add(new TableBlock { Location = SourceLocation.AtCell(number, 1, 1), Number = number, Grid = grid.Build() });
        output.AddRange(after);
    }

    /// <summary>Rows of a table or cells of a row, including those wrapped in content controls or custom XML.</summary>
    private static IEnumerable<OpenXmlElement> Items(OpenXmlElement container, string localName)
    {
        foreach (var child in container.ChildElements)
        {
            if (child.Is(localName))
            {
                yield return child;
            }
            else if (child.Is("sdt") || child.Is("customXml"))
            {
                var inner = child.Is("sdt") ? child.Child("sdtContent") : child;
                if (inner is not null)
                {
                    foreach (var item in Items(inner, localName))
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    private string? Target(string? relationshipId) =>
        relationshipId is not null && relationshipTargets.TryGetValue(relationshipId, out var target) ? target : null;

    /// <summary>The branch of mc:AlternateContent to read: the first mc:Choice, else mc:Fallback.</summary>
    private static OpenXmlElement? FirstBranch(OpenXmlElement alternateContent) =>
        alternateContent.Child("Choice", Mc) ?? alternateContent.Child("Fallback", Mc);

    private static string? FirstNonEmpty(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    private static string? HyperlinkTarget(string? instruction)
    {
        if (instruction is null || HyperlinkField().Match(instruction) is not { Success: true } match)
        {
            return null;
        }

        var target = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        return IsAttachment(target) ? target : null;
    }

    private static bool IsAttachment(string target)
    {
        var end = target.IndexOfAny(['?', '#']);
        var path = (end >= 0 ? target[..end] : target).TrimEnd();
        return AttachmentExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"^\s*HYPERLINK\s+(?:""([^""]*)""|([^\s\\""]\S*))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HyperlinkField();

    private sealed class ParagraphState(SourceLocation location, string? styleId)
    {
        public SourceLocation Location { get; } = location;

        public string? StyleId { get; } = styleId;

        public StringBuilder Text { get; } = new();

        public List<Block> Inline { get; } = [];

        public bool SawText { get; set; }

        public bool AllBold { get; set; } = true;
    }

    private sealed class Field
    {
        public StringBuilder Instruction { get; } = new();

        public bool InResult { get; set; }

        public string? Target { get; set; }

        public StringBuilder? Result { get; set; }
    }
}
