namespace Briefing.FrontMatter;

/// <summary>
/// Finds the flow collections in front matter text by reading it the way YAML does, only as far as brackets go:
/// a bracket opens a collection only where a value starts (so "Baku [draft]" is text), quotes and comments hide
/// brackets, and block scalars (<c>|</c>, <c>&gt;</c>) are skipped. Used only to explain a failed read.
/// </summary>
internal static class FlowScanner
{
    /// <summary>Every flow collection in <paramref name="lines"/>, in the order they open.</summary>
    public static IReadOnlyList<FlowSpan> Scan(YamlLines lines)
    {
        var all = new List<FlowSpan>();
        var open = new Stack<int>();
        char quote = '\0';
        int? blockScalarOwner = null;
        var valueStarts = true;
        for (var line = 1; line <= lines.Count; line++)
        {
            var text = lines[line];
            var pos = 0;
            if (blockScalarOwner is int owner)
            {
                if (lines.IsBlank(line) || lines.Indent(line) >= owner) continue;
                blockScalarOwner = null;
            }

            if (quote == '\0' && open.Count == 0)
            {
                pos = lines.Indent(line);
                while (pos < text.Length && text[pos] == '-' && (pos + 1 == text.Length || text[pos + 1] == ' '))
                    for (pos++; pos < text.Length && text[pos] == ' '; pos++) { }
                valueStarts = true;
            }
            else if (open.Count > 0 && quote == '\0' && !lines.IsBlank(line))
            {
                var outer = all[open.Last()];
                if (outer.UnderIndentedLine is null && lines.Indent(line) < outer.Owner.Column)
                    all[open.Last()] = outer with { UnderIndentedLine = line };
            }

            for (; pos < text.Length; pos++)
            {
                var c = text[pos];
                var next = pos + 1 < text.Length ? text[pos + 1] : ' ';
                if (quote != '\0')
                {
                    if (quote == '"' && c == '\\') pos++;
                    else if (c == quote && quote == '\'' && next == '\'') pos++;
                    else if (c == quote) (quote, valueStarts) = ('\0', false);
                    continue;
                }

                if (c == '#' && (pos == 0 || text[pos - 1] is ' ' or '\t')) break;
                if (c is ' ' or '\t') continue;
                if (valueStarts && c is '"' or '\'')
                {
                    quote = c;
                }
                else if (valueStarts && c is '[' or '{')
                {
                    open.Push(all.Count);
                    all.Add(new FlowSpan(c, line, pos + 1, null, lines.Owner(line, pos + 1), null));
                }
                else if (open.Count > 0 && c is ']' or '}')
                {
                    var i = open.Pop();
                    all[i] = all[i] with { Close = (line, pos + 1) };
                    valueStarts = false;
                }
                else if (valueStarts && open.Count == 0 && c is '|' or '>')
                {
                    blockScalarOwner = lines.Owner(line, pos + 1).Column;
                    break;
                }
                else
                {
                    // After ',' in a collection, or a ':' that ends a key, a new value starts.
                    valueStarts = (open.Count > 0 && c == ',') || (c == ':' && (next is ' ' or '\t' || (open.Count > 0 && next is ',' or ']' or '}')));
                }
            }
        }

        return all;
    }
}
