using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// Scriban's <c>include</c> for HTML. Used as a statement (<c>{{ include 'links' }}</c>) while a page renders, the
/// partial writes straight into the page's <see cref="TextBuffer"/>, with no string in between. Anywhere else
/// (<c>x = include 'a'</c>, inside <c>capture</c>, with named arguments) it is Scriban's own include, returning its
/// output as <see cref="SafeHtml"/>: a partial is theme markup whose own <c>{{ }}</c> values were already escaped.
/// </summary>
public sealed class SafeIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    /// <inheritdoc />
    public int RequiredParameterCount => 1;

    /// <inheritdoc />
    public int ParameterCount => 1;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    /// <inheritdoc />
    public Type ReturnType => typeof(SafeHtml);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "args");

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (!WritesStraightThrough(context, callerContext) || arguments.Count == 0)
            return new SafeHtml(_include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

        // What Scriban's include and TemplateContext.RenderTemplate do, minus the output they push and turn into a string.
        // A partial named by a plain string is looked up once by name; any other name goes through the template loader.
        var caller = callerContext!;
        var html = context as HtmlTemplateContext;
        if (arguments[0] is not string name || html is null || !html.Partials.TryGetValue(name, out var partial))
        {
            var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller);
            if (path is null) return null;
            var found = context.GetOrCreateTemplate(path, caller);
            partial = new Partial(path, found, null);
        }

        // A partial seen before with the same inputs writes what it wrote then (see FragmentCache).
        var fragments = html?.Fragments;
        var key = fragments is not null && arguments.Count == 1 ? partial.Inputs?.Key(context) : null;
        var buffer = TextBuffer.Target(context)!;
        if (key is not null && fragments!.TryGet(key, out var remembered))
        {
            buffer.SpliceUtf8(remembered);
            return null;
        }

        // The key was made in this thread's probe, which the partials included below reuse.
        key = key?.Keep();

        var (start, splices) = (buffer.Text.Length, buffer.SpliceCount);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.EnterRecursive(caller);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            RenderInto(partial.Template, context);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(caller);
            context.CurrentIndent = indent;
        }

        // The partial's output is all in Text from `start` on only when nothing was spliced in meanwhile.
        if (key is not null && buffer.SpliceCount == splices) fragments!.Add(key, buffer.Utf8Since(start));
        return null;
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Renders <paramref name="template"/> into the context's current output (Template.Render without its ToString).</summary>
    public static void RenderInto(Template template, TemplateContext context)
    {
        if (template.SourceFilePath is { } file) context.PushSourceFile(file);
        try
        {
            var value = context.Evaluate(template.Page!);
            if (value is not null && context.EnableOutput) context.Write(template.Page!.Span, value);
        }
        finally
        {
            if (template.SourceFilePath is not null) context.PopSourceFile();
        }
    }

    // The call's result would be written where the call stands, into a page buffer, with nothing around it.
    private static bool WritesStraightThrough(TemplateContext context, ScriptNode? callerContext)
    {
        if (TextBuffer.Target(context) is null || callerContext is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call) return false;
        foreach (var argument in call.Arguments)
            if (argument is ScriptNamedArgument) return false;
        return true;
    }
}
