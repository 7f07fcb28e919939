using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// Scriban's <c>include</c>, returning its output as <see cref="SafeHtml"/>: a partial is theme markup whose
/// own <c>{{ }}</c> values were already escaped, so escaping it again would double-escape.
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
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new SafeHtml(_include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
