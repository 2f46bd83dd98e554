using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Gumu.Compliance.Documents;

namespace Gumu.Compliance.Readers.Html;

/// <summary>
/// Parses the decoded page with AngleSharp (default configuration: nothing is ever loaded), keeping
/// source references, checking the cancellation token on every token and stopping as soon as the
/// element nesting passes <see cref="ReaderLimits.MaxNestingDepth"/> or the elements (comments
/// included) pass <see cref="ReaderLimits.MaxElements"/>: a page of millions of tags stops after
/// the first 200,000 instead of building all of them.
/// </summary>
internal static class PageParser
{
    /// <summary>
    /// Parses <paramref name="text"/>; also returns where each element's tag starts in the text.
    /// The parser's own source references would tell that too, but they keep every tag token
    /// alive, attributes and all: as much memory again as the tree itself.
    /// </summary>
    public static (IHtmlDocument Document, IReadOnlyDictionary<IElement, int> Positions) Parse(string text, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var limit = Math.Max(1, limits.MaxNestingDepth);
        var guard = new DepthGuard(limit, limits.MaxElements, cancellationToken);
        var options = new HtmlParserOptions
        {
            IsKeepingSourceReferences = false,
            IsScripting = false,

            // AngleSharp stops nesting at this depth (later elements become siblings), so the tree
            // reaches limit + 1 exactly when the source nests deeper than the limit.
            MaximumDepth = limit >= int.MaxValue - 1 ? int.MaxValue : limit + 1,
            OnCreated = guard.OnCreated,
            OnToken = guard.OnToken,
        };
        var parser = new HtmlParser(options);
        return (parser.ParseDocument(text), guard.Positions);
    }

    /// <summary>
    /// Tracks the depth of each created element once it is in the tree. The parser keeps its
    /// stack of open elements even past its own depth cap, and scanning that stack makes deeply
    /// nested input quadratic (100,000 nested divs take tens of seconds), so the limit is enforced
    /// while parsing, not after.
    /// </summary>
    private sealed class DepthGuard(int limit, int maxElements, CancellationToken cancellationToken)
    {
        private const int MaxPending = 64;

        private readonly Dictionary<IElement, int> _depths = new(ReferenceEqualityComparer.Instance);
        private readonly List<IElement> _pending = [];
        private readonly Dictionary<IElement, int> _positions = new(ReferenceEqualityComparer.Instance);
        private int _elements;

        public IReadOnlyDictionary<IElement, int> Positions => _positions;

        public void OnCreated(IElement element, TextPosition position)
        {
            // Counted as created, not per start tag: misnested formatting tags make the parser
            // create elements of its own.
            CountElement();

            // Elements the parser implies (html, head, body, tbody) come from no tag: line 0.
            if (position.Line > 0)
            {
                _positions[element] = position.Index;
            }

            if (_pending.Count >= MaxPending)
            {
                _pending.RemoveAt(0);
            }

            _pending.Add(element);
        }

        public void OnToken(HtmlToken token, TextRange range)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (token.Type == HtmlTokenType.Comment)
            {
                CountElement();
            }

            if (_pending.Count > 0)
            {
                Resolve();
            }
        }

        private void CountElement()
        {
            if (++_elements > maxElements)
            {
                throw Failures.Over(nameof(ReaderLimits.MaxElements), maxElements, $"The page has more than {maxElements} elements.");
            }
        }

        private void Resolve()
        {
            var kept = 0;
            for (var i = 0; i < _pending.Count; i++)
            {
                var element = _pending[i];
                var parent = element.ParentElement;
                if (parent is null && element.Owner?.DocumentElement != element)
                {
                    _pending[kept++] = element; // not inserted yet
                    continue;
                }

                var depth = parent is not null && _depths.TryGetValue(parent, out var parentDepth) ? parentDepth + 1 : CountDepth(element);
                _depths[element] = depth;
                if (depth > limit)
                {
                    // Cached depths can be stale after the adoption agency moved nodes: confirm.
                    var actual = CountDepth(element);
                    if (actual > limit)
                    {
                        throw Failures.TooDeep(limit, actual);
                    }

                    _depths[element] = actual;
                }
            }

            _pending.RemoveRange(kept, _pending.Count - kept);
        }

        private static int CountDepth(IElement element)
        {
            var n = 0;
            for (var e = element; e is not null; e = e.ParentElement)
            {
                n++;
            }

            return n;
        }
    }
}
