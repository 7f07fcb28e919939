using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>The named arguments of one <c>include</c>, in the order written, read from the call without copying them.</summary>
public readonly struct NamedArguments(ScriptFunctionCall? call, ScriptArray values, TemplateContext context, SourceSpan span)
{
    /// <summary>Each argument's name and value.</summary>
    public Enumerator GetEnumerator() => new(call, values, context, span);

    /// <summary>Walks the call's arguments, skipping the partial's name.</summary>
    public struct Enumerator(ScriptFunctionCall? call, ScriptArray values, TemplateContext context, SourceSpan span)
    {
        private int _index = -1;

        /// <summary>The current argument.</summary>
        public (string Name, object? Value) Current { get; private set; }

        /// <summary>Moves to the next named argument.</summary>
        public bool MoveNext()
        {
            if (call is null) return false;
            while (++_index < call.Arguments.Count)
            {
                if (call.Arguments[_index] is not ScriptNamedArgument { Name: { } name } || !values.TryGetValue(context, span, name.Name, out var value)) continue;
                Current = (name.Name, value);
                return true;
            }

            return false;
        }
    }
}
