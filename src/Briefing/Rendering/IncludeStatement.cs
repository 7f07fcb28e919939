using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// <c>{{ include 'card' briefing: b }}</c> standing as a statement of its own, as nearly every include does: the
/// theme puts this node in place of the function call when it is compiled, so the arguments are evaluated straight
/// into the include (no argument array and dictionary per call) and the partial writes into the page. Every other
/// use of <c>include</c> goes through <see cref="IncludeFunction"/>; both do the same (<see cref="IncludeFunction.Include"/>).
/// </summary>
public sealed class IncludeStatement : ScriptExpression
{
    private readonly ScriptFunctionCall _call;
    private readonly ScriptExpression? _name;
    private readonly int _positional;

    /// <summary>Stands in for <paramref name="call"/>.</summary>
    public IncludeStatement(ScriptFunctionCall call)
    {
        _call = call;
        Span = call.Span;
        _name = call.Arguments.Count > 0 && call.Arguments[0] is not ScriptNamedArgument ? call.Arguments[0] : null;
        _positional = call.Arguments.Skip(1).Count(a => a is not ScriptNamedArgument);
    }

    /// <summary>Replaces each include that is a statement of its own in <paramref name="template"/> by this node.</summary>
    public static void ReplaceIn(Template template)
    {
        var pending = new Stack<ScriptNode>();
        pending.Push(template.Page!);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is ScriptExpressionStatement { Expression: ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call } statement)
            {
                statement.Expression = new IncludeStatement(call);
                continue;
            }

            foreach (var child in node.Children)
                if (child is not null) pending.Push(child);
        }
    }

    /// <inheritdoc />
    public override object? Evaluate(TemplateContext context)
    {
        var name = _name is null ? null : context.Evaluate(_name);
        using var named = NamedArguments.Evaluate(_call, context);
        return IncludeFunction.Include(context, _call.Span, name, _positional, named, TextBuffer.Target(context));
    }

    /// <inheritdoc />
    public override void PrintTo(ScriptPrinter printer) => _call.PrintTo(printer);
}
