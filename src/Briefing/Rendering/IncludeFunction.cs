using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// <c>{{ include 'card' briefing: b heading: 'h2' }}</c>: renders <c>partials/card.html</c> with the named arguments as
/// its only variables (besides <c>site</c> and Scriban's builtins). Since that is all a partial can see, its output
/// is a function of the partial and the arguments' <see cref="ViewFingerprint"/>s: it is rendered once per distinct
/// arguments and written again from the <see cref="FragmentCache"/> wherever they come back. The output is theme
/// markup whose own values were escaped, so it comes back as <see cref="SafeHtml"/>, spliced into the page as UTF-8.
/// </summary>
public sealed class IncludeFunction : IScriptCustomFunction
{
    /// <summary>How deep partials may include partials: deeper is a partial including itself.</summary>
    public const int MaxDepth = 16;

    /// <inheritdoc />
    public int RequiredParameterCount => 1;

    /// <inheritdoc />
    public int ParameterCount => 1;

    /// <inheritdoc />
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    /// <inheritdoc />
    public Type ReturnType => typeof(SafeHtml);

    /// <inheritdoc />
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "name");

    /// <inheritdoc />
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (context is not HtmlTemplateContext html) throw new ScriptRuntimeException(span, "include runs only while the site renders");
        if (arguments.Count == 0 || arguments[0] is not string name)
            throw new ScriptRuntimeException(span, "include needs the name of a partial as text, e.g. include 'card' briefing: b");
        if (arguments.Count > 1)
            throw new ScriptRuntimeException(span, $"pass values to a partial by name, e.g. include '{name}' briefing: b (it sees only its named arguments and site)");
        var pass = html.Thread.Pass;
        if (!pass.Theme.Partials.TryGetValue(name, out var partial))
            throw new ScriptRuntimeException(span, $"the theme has no partial '{name}' (looked for theme/partials/{name}.html)");

        // The named arguments in the order written: the partial's variables, and with it the key of its output.
        var named = new List<(string Name, object? Value)>();
        if (callerContext is ScriptFunctionCall call)
            foreach (var argument in call.Arguments)
                if (argument is ScriptNamedArgument { Name: { } argName } && arguments.TryGetValue(context, span, argName.Name, out var value))
                    named.Add((argName.Name, value));

        var key = Key(partial, pass.SiteFingerprint, named);
        if (key is { } k && pass.Fragments?.TryGet(k, out var kept) == true) return new SafeHtml(kept);
        if (html.Depth >= MaxDepth)
            throw new ScriptRuntimeException(span, $"partials are nested more than {MaxDepth} deep here: does '{name}' include itself?");

        var utf8 = html.Thread.RenderPartial(partial, html.Depth + 1, named);
        pass.Fragments?.Add(key, utf8);
        return new SafeHtml(utf8);
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    // The partial (its text and what it includes), the site, and each argument's name and fingerprint; null when an
    // argument is something a fingerprint cannot say (a range, a date.now): then it is rendered every time.
    private static UInt128? Key(Partial partial, UInt128 site, List<(string Name, object? Value)> named)
    {
        var parts = new object?[2 + 2 * named.Count];
        (parts[0], parts[1]) = (partial.Fingerprint, site);
        for (var i = 0; i < named.Count; i++)
        {
            if (!ViewFingerprint.Covers(named[i].Value)) return null;
            (parts[2 + 2 * i], parts[3 + 2 * i]) = (named[i].Name, named[i].Value);
        }

        return ViewFingerprint.Combine(parts);
    }
}
