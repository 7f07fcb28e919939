using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// Everything a partial reads from outside itself, found once from its syntax tree: the global variables it reads,
/// and for each whether it is read whole or only through members (<c>page.kind</c>). With it, an include's output
/// can be keyed by the values it depends on (<see cref="Key"/>) and reused wherever the same values come back
/// (<see cref="FragmentCache"/>). A partial that changes anything outside itself (assigns a global variable, defines
/// a function, imports) or that could write something else on the same inputs (<c>date.now</c>, <c>math.random</c>,
/// <c>object.eval</c>) has no inputs: it is always rendered.
/// </summary>
public sealed class PartialInputs
{
    // Members of a builtin object whose result is not a function of the template's inputs.
    private static readonly HashSet<string> Unrepeatable = ["now", "random", "uuid", "eval", "eval_template", "shuffle", "sample"];

    private readonly Input[] _inputs;

    private PartialInputs(Input[] inputs)
    {
        _inputs = inputs;
    }

    // A global variable the partial reads: whole (its value is part of the key) or only along member paths.
    private sealed record Input(ScriptVariableGlobal Variable, bool Whole, string[][] Paths);

    /// <summary>The inputs of every partial that has them, by path; a partial missing from the result is always rendered.</summary>
    public static IReadOnlyDictionary<string, PartialInputs> Find(IReadOnlyDictionary<string, Template> partials)
    {
        var found = new Dictionary<string, PartialInputs>(StringComparer.Ordinal);
        foreach (var (path, template) in partials)
        {
            var reads = new Reads(partials);
            reads.Visit(template.Page, [], including: [path]);
            if (!reads.Failed)
                found[path] = new PartialInputs(reads.Variables.OrderBy(v => v.Key, StringComparer.Ordinal)
                    .Select(v => new Input(new ScriptVariableGlobal(v.Key), v.Value.Whole, v.Value.Paths.Select(p => p.Split('.')).ToArray()))
                    .ToArray());
        }

        return found;
    }

    /// <summary>
    /// The values the partial would read in <paramref name="context"/> right now, or null when one of them cannot be
    /// compared from one page to the next (a per-page object read whole, an undefined variable): then it is rendered.
    /// </summary>
    public FragmentKey? Key(TemplateContext context)
    {
        // This partial's own inputs object stands for it in the key: one per partial per theme.
        var key = FragmentKey.Probe();
        key.Add(this);
        foreach (var input in _inputs)
        {
            object? value;
            try
            {
                value = context.GetValue(input.Variable);
            }
            catch (ScriptRuntimeException)
            {
                return null; // rendering reports it, at the place in the partial where it is read
            }

            if (Add(key, context, input.Variable.Name, value)) continue;
            if (input.Whole) return null;
            foreach (var members in input.Paths)
            {
                // Which path and how far along it: "abc" read as x on one page and as x.name on another differ.
                key.Add(members);
                if (!Follow(context, value, members, key)) return null;
            }
        }

        return key;
    }

    // Walks members from a value until one can be compared across pages; adds how far it went, then that value.
    private static bool Follow(TemplateContext context, object? value, string[] members, FragmentKey key)
    {
        for (var depth = 0; depth < members.Length; depth++)
        {
            if (value is not IScriptObject obj || !obj.TryGetValue(context, default, members[depth], out value)) return false;
            key.Add(depth < Depths.Length ? Depths[depth] : depth);
            if (Add(key, context, null, value)) return true;
            key.RemoveLast();
        }

        return false;
    }

    // Adds a value that means the same on every page of a render: a plain value, a view of one node (as its shape
    // and node), a builtin object. False, adding nothing, for anything else.
    private static bool Add(FragmentKey key, TemplateContext context, string? name, object? value)
    {
        switch (value)
        {
            case null or string or bool or int or long or double or decimal or float:
                key.Add(value);
                return true;
            case ILazyView view:
                key.Add(view.Shape);
                key.Add(view.Node);
                return true;
            default:
                if (name is null || !context.BuiltinObject.TryGetValue(name, out var builtin) || !ReferenceEquals(builtin, value)) return false;
                key.Add(value);
                return true;
        }
    }

    // Depths along a member path as objects, boxed once (a deeper one is boxed when it is read).
    private static readonly object[] Depths = Enumerable.Range(0, 16).Select(d => (object)d).ToArray();

    // Collects reads while walking a partial (and the partials it includes by a fixed name).
    private sealed class Reads(IReadOnlyDictionary<string, Template> partials)
    {
        public Dictionary<string, (bool Whole, HashSet<string> Paths)> Variables { get; } = new(StringComparer.Ordinal);

        public bool Failed { get; private set; }

        public void Visit(ScriptNode? node, HashSet<string> bound, HashSet<string> including)
        {
            if (node is null || Failed) return;
            switch (node)
            {
                case ScriptFunction or ScriptImportStatement or ScriptWithStatement or ScriptWrapStatement or ScriptReadOnlyStatement
                    or ScriptThisExpression or ScriptFrontMatter or ScriptObjectInitializerExpression:
                    Failed = true;
                    return;
                case ScriptAssignExpression assign:
                    WritesLocal(assign.Target, assign.Value, bound, including);
                    return;
                case ScriptIncrementDecrementExpression step:
                    WritesLocal(step.Right, null, bound, including);
                    return;
                case ScriptCaptureStatement capture:
                    WritesLocal(capture.Target, capture.Body, bound, including);
                    return;
                case ScriptNamedArgument named:
                    Visit(named.Value, bound, including);
                    return;
                case ScriptForStatement loop:
                    Visit(loop.Iterator, bound, including);
                    foreach (var argument in loop.NamedArguments ?? []) Visit(argument, bound, including);
                    var inLoop = new HashSet<string>(bound, StringComparer.Ordinal) { loop is ScriptTableRowStatement ? "tablerow" : "for" };
                    if (loop.Variable is ScriptVariableGlobal loopVariable) inLoop.Add(loopVariable.Name);
                    else if (loop.Variable is not ScriptVariableLocal) Failed = true;
                    Visit(loop.Body, inLoop, including);
                    Visit(loop.Else, bound, including);
                    return;
                case ScriptWhileStatement loop:
                    Visit(loop.Condition, bound, including);
                    Visit(loop.Body, new HashSet<string>(bound, StringComparer.Ordinal) { "while" }, including);
                    return;
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call when !bound.Contains("include"):
                    Include(call, bound, including);
                    return;
                case ScriptMemberExpression member:
                    Member(member, bound, including);
                    return;
                case ScriptVariableGlobal variable:
                    // `include` other than as `include 'name'` (piped, passed on) names a partial this walk cannot see.
                    if (variable.Name.StartsWith("include", StringComparison.Ordinal) && !bound.Contains(variable.Name)) Failed = true;
                    Read(variable.Name, null, bound);
                    return;
            }

            foreach (var child in node.Children) Visit(child, bound, including);
        }

        // An assignment, `++` or capture: only a `$local` may be written; what is assigned is read as usual.
        private void WritesLocal(ScriptExpression? target, ScriptNode? value, HashSet<string> bound, HashSet<string> including)
        {
            if (target is not ScriptVariableLocal) Failed = true;
            Visit(value, bound, including);
        }

        // `a.b.c` on a global `a`: a read of `a` along the path `b.c`.
        private void Member(ScriptMemberExpression member, HashSet<string> bound, HashSet<string> including)
        {
            var path = new List<string>();
            ScriptExpression? root = member;
            while (root is ScriptMemberExpression m)
            {
                if (m.Member is null)
                {
                    Failed = true;
                    return;
                }

                path.Insert(0, m.Member.Name);
                root = m.Target;
            }

            if (root is ScriptVariableGlobal variable)
            {
                if (Unrepeatable.Contains(path[0]) && variable.Name is "date" or "math" or "object" or "array") Failed = true;
                else Read(variable.Name, string.Join('.', path), bound);
            }
            else
            {
                Visit(root, bound, including);
            }
        }

        private void Read(string name, string? path, HashSet<string> bound)
        {
            if (bound.Contains(name)) return;
            var (whole, paths) = Variables.TryGetValue(name, out var known) ? known : (false, new HashSet<string>(StringComparer.Ordinal));
            if (path is null) whole = true;
            else paths.Add(path);
            Variables[name] = (whole, paths);
        }

        // `include 'name'`: the named partial's reads count as this one's, seen with the loop variables bound here.
        private void Include(ScriptFunctionCall call, HashSet<string> bound, HashSet<string> including)
        {
            Read("include", null, bound);
            var path = call.Arguments is [ScriptLiteral { Value: string name }] ? Theme.PartialPath(name) : null;
            if (path is null || !partials.TryGetValue(path, out var partial) || including.Contains(path))
            {
                Failed = true;
                return;
            }

            Visit(partial.Page, bound, new HashSet<string>(including, StringComparer.Ordinal) { path });
        }
    }
}
