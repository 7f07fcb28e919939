using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// <c>{{ include 'card' briefing: b heading: 'h2' }}</c>: renders <c>partials/card.html</c> with the named arguments as
/// its only variables (besides <c>site</c> and Scriban's builtins). Since that is all a partial can see, its output
/// is a function of the partial and its arguments. When every argument is one value (a text, number or boolean, or
/// a view of one thing: a briefing card, a quote, an event, a person), the output is kept in the
/// <see cref="FragmentCache"/> under the fingerprints of the partial and the arguments and written again wherever
/// they come back; an include given a list (a page's own list of quotes) is rendered each time, its items kept.
/// Used as a statement, the partial writes straight into the page; elsewhere its output is a <see cref="SafeHtml"/>.
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
        using var named = NamedArguments.From(callerContext as ScriptFunctionCall, arguments, context, span);
        return Include(context, span, arguments.Count > 0 ? arguments[0] : null, arguments.Count - 1, named, StatementTarget(context, callerContext));
    }

    /// <summary>
    /// Includes partial <paramref name="name"/> with <paramref name="named"/> arguments (and <paramref name="positional"/>
    /// ones, an error): written onto the end of <paramref name="target"/> when given (then null), else returned as HTML.
    /// </summary>
    public static object? Include(TemplateContext context, Scriban.Parsing.SourceSpan span, object? name, int positional, NamedArguments named, TextBuffer? target)
    {
        if (context is not HtmlTemplateContext html) throw new ScriptRuntimeException(span, "include runs only while the site renders");
        if (name is not string partialName)
            throw new ScriptRuntimeException(span, "include needs the name of a partial as text, e.g. include 'card' briefing: b");
        if (positional > 0)
            throw new ScriptRuntimeException(span, $"pass values to a partial by name, e.g. include '{partialName}' briefing: b (it sees only its named arguments and site)");
        var pass = html.Thread.Pass;
        if (!pass.Theme.Partials.TryGetValue(partialName, out var partial))
            throw new ScriptRuntimeException(span, $"the theme has no partial '{partialName}' (looked for theme/partials/{partialName}.html)");

        var key = pass.Fragments is null ? null : Key(partial, pass.SiteFingerprint, named);
        if (key is { } k && pass.Fragments!.TryGet(k, out var kept))
        {
            if (target is null) return new SafeHtml(kept);
            target.SpliceUtf8(kept);
            return null;
        }

        if (html.Depth >= MaxDepth)
            throw new ScriptRuntimeException(span, $"partials are nested more than {MaxDepth} deep here: does '{partialName}' include itself?");
        pass.Fragments?.CountRendered();
        if (target is null)
        {
            var utf8 = html.Thread.RenderPartial(partial, html.Depth + 1, named, null)!;
            if (key is { } add) pass.Fragments!.Add(add, utf8);
            return new SafeHtml(utf8);
        }

        var (start, splices) = (target.Text.Length, target.SpliceCount);
        html.Thread.RenderPartial(partial, html.Depth + 1, named, target);
        if (key is { } keep) pass.Fragments!.Add(keep, target.Utf8Since(start, splices));
        return null;
    }

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    // The partial (its text and what it includes), the site, and each argument's name and fingerprint, hashed in one
    // go from the stack; null when an argument is a list or anything else that is not one value: such an include is
    // rendered every time.
    private static UInt128? Key(Partial partial, UInt128 site, NamedArguments named)
    {
        Span<byte> buffer = stackalloc byte[256];
        var key = new KeyWriter(buffer);
        key.Add(partial.Fingerprint);
        key.Add(site);
        for (var i = 0; i < named.Count; i++)
        {
            var (name, value) = named[i];
            key.Add(name);
            // A tag byte, then the value itself: plain values are written as they are, a view as its fingerprint.
            switch (value)
            {
                case View view:
                    key.Add(1, view.Fingerprint);
                    break;
                case null:
                    key.Add(2);
                    break;
                case bool flag:
                    key.Add(flag ? (byte)3 : (byte)4);
                    break;
                case string text:
                    key.Add(5);
                    key.Add(text);
                    break;
                case int or long or double:
                    key.Add(6, ViewFingerprint.Of(value));
                    break;
                default:
                    return null;
            }
        }

        return key.Overflowed ? null : System.IO.Hashing.XxHash128.HashToUInt128(key.Written);
    }

    // Fills a stack buffer; a key that does not fit (names thousands of characters long) is not kept.
    private ref struct KeyWriter(Span<byte> buffer)
    {
        private readonly Span<byte> _buffer = buffer;
        private int _length;

        public bool Overflowed { get; private set; }

        public readonly ReadOnlySpan<byte> Written => _buffer[.._length];

        public void Add(UInt128 value) => Add(System.Runtime.InteropServices.MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in value)));

        public void Add(byte tag) => Add([tag]);

        public void Add(byte tag, UInt128 value)
        {
            Add(tag);
            Add(value);
        }

        public void Add(string text)
        {
            var length = text.Length;
            Add(System.Runtime.InteropServices.MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in length)));
            Add(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
        }

        private void Add(scoped ReadOnlySpan<byte> bytes)
        {
            if (_length + bytes.Length > _buffer.Length)
            {
                Overflowed = true;
                return;
            }

            bytes.CopyTo(_buffer[_length..]);
            _length += bytes.Length;
        }
    }

    // The page buffer the include's output would be written to where it stands, when it is a statement of its own.
    private static TextBuffer? StatementTarget(TemplateContext context, ScriptNode? callerContext) =>
        callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } ? TextBuffer.Target(context) : null;
}
