using Scriban;
using Scriban.Parsing;

namespace Briefing.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a <c>{{ }}</c> block writes, except <see cref="SafeHtml"/>;
/// without it, any author's title could inject markup.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>A context with the limits set so a large site renders whole and mistakes in templates are errors.</summary>
    public HtmlTemplateContext(Scriban.Runtime.ScriptObject builtins) : base(builtins)
    {
        LoopLimit = int.MaxValue;
        LimitToString = 0;
        RecursiveLimit = 64;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        NewLine = "\n";
    }

    /// <summary>Where partials' output is kept for reuse in this render; null renders every include.</summary>
    public FragmentCache? Fragments { get; init; }

    /// <summary>The theme's partials by the name an include uses.</summary>
    public IReadOnlyDictionary<string, Partial> Partials { get; init; } = new Dictionary<string, Partial>();

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

    private HtmlTemplateContext Append(SafeHtml html, TextBuffer buffer)
    {
        html.WriteTo(buffer);
        return this;
    }
}
