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
/// element nesting passes <see cref="ReaderLimits.MaxNestingDepth"/>.
/// </summary>
internal static class PageParser
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    public static IHtmlDocument Parse(string text, ReaderLimits limits, CancellationToken cancellationToken)
    {
        var limit = Math.Max(1, limits.MaxNestingDepth);
        var guard = new DepthGuard(limit, cancellationToken);
        var options = new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            IsScripting = false,

            // AngleSharp stops nesting at this depth (later elements become siblings), so the tree
            // reaches limit + 1 exactly when the source nests deeper than the limit.
            MaximumDepth = limit >= int.MaxValue - 1 ? int.MaxValue : limit + 1,
            OnCreated = guard.OnCreated,
            OnToken = guard.OnToken,
        };
        var parser = new HtmlParser(options);
        return parser.ParseDocument(text);
    }

    /// <summary>
    /// Tracks the depth of each created element once it is in the tree. The parser keeps its
    /// stack of open elements even past its own depth cap, and scanning that stack makes deeply
    /// nested input quadratic (100,000 nested divs take tens of seconds), so the limit is enforced
    /// while parsing, not after.
    /// </summary>
    private sealed class DepthGuard(int limit, CancellationToken cancellationToken)
    {
        private const int MaxPending = 64;

        private readonly Dictionary<IElement, int> _depths = new(ReferenceEqualityComparer.Instance);
        private readonly List<IElement> _pending = [];

        public void OnCreated(IElement element, TextPosition position)
        {
            if (_pending.Count >= MaxPending)
            {
                _pending.RemoveAt(0);
            }

            _pending.Add(element);
        }

        public void OnToken(HtmlToken token, TextRange range)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_pending.Count > 0)
            {
                Resolve();
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
