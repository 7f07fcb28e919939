using Briefing.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using System.Text;

namespace Briefing.Markdown;

/// <summary>
/// Records, while a body is rendered, where its prose (literal text outside headings, links, images and code) sits in
/// the HTML, so the link stage can link mentions of people, organisations and countries by rewriting those bytes.
/// </summary>
/// <remarks>
/// The positions come from the renderer itself (a literal renderer that notes the writer's length before and after),
/// not from searching the HTML, so text that also occurs in an attribute can never be taken for prose.
/// </remarks>
public static class ProseRuns
{
    [ThreadStatic] private static Dictionary<LiteralInline, int>? Runs;
    [ThreadStatic] private static List<int>? Starts;
    [ThreadStatic] private static List<int>? Ends;

    /// <summary>The pipeline extension that swaps in the recording literal renderer.</summary>
    public sealed class Extension : IMarkdownExtension
    {
        /// <inheritdoc />
        public void Setup(MarkdownPipelineBuilder pipeline) { }

        /// <inheritdoc />
        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<LiteralInlineRenderer>(new RecordingLiteralRenderer());
        }
    }

    private sealed class RecordingLiteralRenderer : LiteralInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline obj)
        {
            if (Runs is not { Count: > 0 } runs || !runs.TryGetValue(obj, out var index) || renderer.Writer is not StringWriter writer)
            {
                base.Write(renderer, obj);
                return;
            }

            Starts![index] = writer.GetStringBuilder().Length;
            base.Write(renderer, obj);
            Ends![index] = writer.GetStringBuilder().Length;
        }
    }

    /// <summary>What <see cref="Collect"/> found before rendering: each run's text and paragraph, and the paragraphs.</summary>
    public sealed record Found(List<(string Text, int Paragraph, int At)> Runs, List<string> Paragraphs);

    /// <summary>Finds the prose literals of <paramref name="document"/> and arms the renderer to record them.</summary>
    public static Found Collect(MarkdownDocument document)
    {
        var runs = Runs ??= new Dictionary<LiteralInline, int>(ReferenceEqualityComparer.Instance);
        runs.Clear();
        var found = new Found([], []);
        var text = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is HeadingBlock || leaf.Inline is null) continue;
            text.Clear();
            var before = found.Runs.Count;
            Walk(leaf.Inline, false, text, found, runs);
            if (found.Runs.Count > before) found.Paragraphs.Add(text.ToString());
        }

        (Starts ??= []).Clear();
        (Ends ??= []).Clear();
        for (var i = 0; i < found.Runs.Count; i++)
        {
            Starts.Add(-1);
            Ends.Add(-1);
        }

        return found;
    }

    private static void Walk(ContainerInline container, bool inLink, StringBuilder text, Found found, Dictionary<LiteralInline, int> runs)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var content = literal.Content.ToString();
                    if (!inLink && content.Length > 0)
                    {
                        runs[literal] = found.Runs.Count;
                        found.Runs.Add((content, found.Paragraphs.Count, text.Length));
                    }
                    text.Append(content);
                    break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case LinkInline { IsImage: true }: break;
                case LinkInline link: Walk(link, true, text, found, runs); break;
                case ContainerInline inner: Walk(inner, inLink, text, found, runs); break;
            }
        }
    }

    /// <summary>
    /// The runs as rendered into <paramref name="html"/>, each with its range in the HTML's UTF-8 bytes; a run the
    /// renderer did not write as its escaped text is left out.
    /// </summary>
    public static (IReadOnlyList<TextRun> Runs, IReadOnlyList<string> Paragraphs) Finish(Found found, StringBuilder html)
    {
        Runs?.Clear();
        if (found.Runs.Count == 0) return ([], []);
        var marks = new List<int>(2 * found.Runs.Count);
        for (var i = 0; i < found.Runs.Count; i++)
            if (Starts![i] >= 0 && Ends![i] >= Starts[i]) { marks.Add(Starts[i]); marks.Add(Ends[i]); }
        marks.Sort();
        var bytesAt = new int[marks.Count];
        var chars = 0;
        var bytes = 0;
        var m = 0;
        foreach (var chunk in html.GetChunks())
        {
            var span = chunk.Span;
            for (var k = 0; k < span.Length && m < marks.Count; k++, chars++)
            {
                while (m < marks.Count && marks[m] == chars) bytesAt[m++] = bytes;
                var c = span[k];
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) && k > 0 && char.IsHighSurrogate(span[k - 1]) ? 0 : 3;
            }
        }
        while (m < marks.Count) bytesAt[m++] = bytes;

        var result = new List<TextRun>(found.Runs.Count);
        for (var i = 0; i < found.Runs.Count; i++)
        {
            if (Starts![i] < 0 || Ends![i] < Starts[i]) continue;
            var start = bytesAt[marks.BinarySearch(Starts[i])];
            var end = bytesAt[marks.BinarySearch(Ends[i])];
            var (text, paragraph, at) = found.Runs[i];
            if (end - start != EscapedLength(text, 0, text.Length)) continue;
            result.Add(new TextRun(start, end - start, paragraph, at, text.Length));
        }

        return (result, found.Paragraphs);
    }

    /// <summary>The UTF-8 length of <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="from"/>, as Markdig escapes text.</summary>
    public static int EscapedLength(string text, int from, int count)
    {
        var length = 0;
        for (var i = from; i < from + count; i++)
        {
            var c = text[i];
            length += c switch
            {
                '<' or '>' => 4,
                '&' => 5,
                '"' => 6,
                < (char)0x80 => 1,
                < (char)0x800 => 2,
                _ when char.IsHighSurrogate(c) => 4,
                _ when char.IsLowSurrogate(c) && i > from && char.IsHighSurrogate(text[i - 1]) => 0,
                _ => 3,
            };
        }

        return length;
    }
}
