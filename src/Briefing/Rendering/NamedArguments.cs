using System.Buffers;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// The named arguments of one <c>include</c>, in the order written, evaluated once: the partial's variables, and
/// with the partial the key of its output. Held in a pooled array; <see cref="Dispose"/> gives it back.
/// </summary>
public readonly struct NamedArguments : IDisposable
{
    private readonly (string Name, object? Value)[] _items;

    private NamedArguments((string Name, object? Value)[] items, int count) => (_items, Count) = (items, count);

    /// <summary>How many there are.</summary>
    public int Count { get; }

    /// <summary>The argument at <paramref name="index"/>.</summary>
    public (string Name, object? Value) this[int index] => _items[index];

    /// <summary>Evaluates the call's named arguments in <paramref name="context"/>.</summary>
    public static NamedArguments Evaluate(ScriptFunctionCall call, TemplateContext context)
    {
        var items = ArrayPool<(string, object?)>.Shared.Rent(Math.Max(1, call.Arguments.Count - 1));
        var count = 0;
        foreach (var argument in call.Arguments)
            if (argument is ScriptNamedArgument { Name: { } name } named)
                items[count++] = (name.Name, named.Value is null ? null : context.Evaluate(named.Value));
        return new NamedArguments(items, count);
    }

    /// <summary>Reads the named arguments Scriban evaluated into <paramref name="values"/> for a function call.</summary>
    public static NamedArguments From(ScriptFunctionCall? call, ScriptArray values, TemplateContext context, SourceSpan span)
    {
        var items = ArrayPool<(string, object?)>.Shared.Rent(Math.Max(1, call?.Arguments.Count ?? 1));
        var count = 0;
        foreach (var argument in call?.Arguments ?? [])
            if (argument is ScriptNamedArgument { Name: { } name } && values.TryGetValue(context, span, name.Name, out var value))
                items[count++] = (name.Name, value);
        return new NamedArguments(items, count);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Array.Clear(_items, 0, Count); // no page's values kept alive in the pool
        ArrayPool<(string, object?)>.Shared.Return(_items);
    }
}
