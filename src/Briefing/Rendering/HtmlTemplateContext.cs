using Scriban;
using Scriban.Parsing;

namespace Briefing.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a <c>{{ }}</c> block writes, except <see cref="SafeHtml"/>;
/// without it, any author's title could inject markup. A render thread has one for its pages and one per level of
/// nested partials (<see cref="Depth"/>), so a partial sees only its arguments and <c>site</c>, never the page's variables.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>A context with the limits set so a large site renders whole and mistakes in templates are errors.</summary>
    public HtmlTemplateContext(Scriban.Runtime.ScriptObject builtins, RenderThread thread, int depth) : base(builtins)
    {
        Thread = thread;
        Depth = depth;
        LoopLimit = int.MaxValue;
        LimitToString = 0;
        RecursiveLimit = 64;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        NewLine = "\n";
    }

    /// <summary>The render thread this context belongs to.</summary>
    public RenderThread Thread { get; }

    /// <summary>0 for a page, 1 for a partial it includes, and so on.</summary>
    public int Depth { get; }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        return textAsObject switch
        {
            null => this,
            SafeHtml html when TextBuffer.Target(this) is { } buffer => Append(html, buffer),
            SafeHtml html => Write(html.Value),
            string text => Write(HtmlText.Escape(text)),
            _ => Write(HtmlText.Escape(ObjectToString(textAsObject) ?? "")),
        };
    }

    /// <inheritdoc />
    // A view is a dictionary too, which Scriban would print as a list of pairs; it prints as an object.
    public override string ObjectToString(object? value, bool nested = false) => value is View view ? view.ToString() : base.ObjectToString(value, nested) ?? "";

    private HtmlTemplateContext Append(SafeHtml html, TextBuffer buffer)
    {
        html.WriteTo(buffer);
        return this;
    }
}
