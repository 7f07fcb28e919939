using Scriban;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// One render thread's state, reused page after page: the page template's output, the whole page the layout makes
/// of it, and the template contexts (a fresh one is ~20 kB of stacks and tables): one for pages and one per level
/// of nested partials, each with its own output buffer.
/// </summary>
public sealed class RenderThread(RenderPass pass)
{
    private readonly List<(HtmlTemplateContext Context, TextBuffer Output, ScriptObject Scope)> _partials = [];
    private HtmlTemplateContext? _page;

    /// <summary>The render this thread works for.</summary>
    public RenderPass Pass => pass;

    /// <summary>The page template's output.</summary>
    public TextBuffer Body { get; } = new();

    /// <summary>The whole page: the layout around the body.</summary>
    public TextBuffer Page { get; } = new();

    /// <summary>The context pages render in.</summary>
    public HtmlTemplateContext PageContext => _page ??= new HtmlTemplateContext(pass.Builtins, this, 0);

    /// <summary>After a template failed, which may leave loops, scopes or outputs open: every context starts afresh.</summary>
    public void Reset()
    {
        _page = null;
        _partials.Clear();
    }

    /// <summary>
    /// Renders <paramref name="partial"/> at nesting <paramref name="depth"/> (from 1) with only <paramref name="arguments"/>
    /// and <c>site</c> in scope: onto the end of <paramref name="target"/> (then returns null), or into a buffer of its own
    /// whose UTF-8 it returns.
    /// </summary>
    public byte[]? RenderPartial(Partial partial, int depth, NamedArguments arguments, TextBuffer? target)
    {
        while (_partials.Count < depth)
        {
            var context = new HtmlTemplateContext(pass.Builtins, this, _partials.Count + 1);
            context.PushGlobal(pass.SiteScope);
            _partials.Add((context, new TextBuffer(), new ScriptObject()));
        }

        // Each level's scope is emptied and filled again: one partial at a level renders at a time.
        var (partialContext, output, scope) = _partials[depth - 1];
        scope.Clear();
        for (var i = 0; i < arguments.Count; i++) scope.SetValue(arguments[i].Name, arguments[i].Value, readOnly: false);
        partialContext.PushGlobal(scope);
        try
        {
            if (target is null) output.Clear();
            Render(partial.Template, partialContext, target ?? output, clear: false);
        }
        finally
        {
            partialContext.PopGlobal();
        }

        return target is null ? output.Utf8().ToArray() : null;
    }

    /// <summary>Renders <paramref name="template"/> into <paramref name="output"/>, emptied first unless told not to (Template.Render without its ToString).</summary>
    public static void Render(Template template, TemplateContext context, TextBuffer output, bool clear = true)
    {
        if (clear) output.Clear();
        context.PushOutput(output);
        if (template.SourceFilePath is { } file) context.PushSourceFile(file);
        try
        {
            var value = context.Evaluate(template.Page!);
            if (value is not null && context.EnableOutput) context.Write(template.Page!.Span, value);
        }
        finally
        {
            if (template.SourceFilePath is not null) context.PopSourceFile();
            context.PopOutput();
        }
    }
}
