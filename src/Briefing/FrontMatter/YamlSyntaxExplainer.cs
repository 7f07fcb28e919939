using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.FrontMatter;

/// <summary>
/// Turns a YamlDotNet failure into the position and sentence of its cause, for an author who is not a YAML expert.
/// YamlDotNet reports where it gave up, in its own terms ("did not find expected '-' indicator"), often a line after
/// the mistake; each rule here checks the text for the mistake that produces that failure and names it only when
/// it is really there, and says what to do. Anything no rule recognises keeps YamlDotNet's words.
/// </summary>
internal sealed class YamlSyntaxExplainer(YamlLines lines, YamlTrail trail, int firstLine)
{
    /// <summary>The message for a '#' straight after a closing quote; the reader reports it too, when YamlDotNet does not.</summary>
    public const string HashAfterQuote =
        "'#' right after a closing quote does not start a comment; put a space before the '#' to start a comment, or move the '#' inside the quotes";

    private const string TabIndent = "tab characters cannot indent YAML; indent with spaces";

    /// <summary>Where the cause of <paramref name="failure"/> is (line and column in the YAML) and what to do about it.</summary>
    public (int Line, int Column, string Message) Explain(Exception failure)
    {
        var yaml = failure as YamlException;
        var says = yaml is null ? "" : Said(yaml.Message);
        var (line, column) = yaml is null ? ((int)trail.LastEnd.Line, (int)trail.LastEnd.Column) : ((int)yaml.Start.Line, (int)yaml.Start.Column);
        bool Says(string words) => says.Contains(words, StringComparison.OrdinalIgnoreCase);

        if (Says("tab") && lines.FirstIndentingTab() is (int tabLine, int tabColumn)) return (tabLine, tabColumn, TabIndent);
        if (lines.At(line, column) == '#' && lines.At(line, column - 1) is '"' or '\'') return (line, column, HashAfterQuote);
        if (lines.At(line, column) == '#' && lines.At(line, column - 1) is not ('\0' or ' ' or '\t'))
            return (line, column, $"'#' right after '{lines.At(line, column - 1)}' does not start a comment; put a space before the '#' to start a comment, or put the value in quotes");
        if (Says("unknown escape") && yaml is not null) return UnknownEscape((int)yaml.End.Line, (int)yaml.End.Column);
        if (Says("quoted scalar") && Quote(line, column) is { } quoted) return quoted;
        if ((yaml is null || Says("flow sequence") || Says("flow mapping")) && Flow(line, column) is { } flow) return flow;
        if ((Says("invalid mapping") || Says("mapping values are not allowed")) && Colon(line, column) is { } colon) return colon;
        if (Says("block sequence entries are not allowed") && ListOnKeyLine(line, column) is { } list) return list;
        if ((Says("did not find expected key") || Says("expected '-' indicator")) && Block(line, column) is { } block) return block;
        if (yaml is null)
            return (line, column, "the YAML cannot be read here; check that every '[' and '{' is closed, and the quotes and indentation");
        return (line, column, "the YAML cannot be read: " + char.ToLowerInvariant(says[0]) + says[1..].TrimEnd('.'));
    }

    // YamlDotNet messages start with "(Line: …, Col: …, Idx: …) - (…): "; the position is already in the diagnostic.
    private static string Said(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[(cut + 3)..] : message).Trim();
        return text.Length == 0 ? "unknown error" : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private int FileLine(int line) => line + firstLine - 1;

    private static string Spaces(int n) => n == 1 ? "1 space" : $"{n} spaces";

    private (int, int, string) UnknownEscape(int line, int column)
    {
        var escaped = lines.At(line, column + 1);
        var what = escaped is '\0' or ' ' ? "a '\\' at the end of a line" : $"'\\{escaped}'";
        return (line, column, $"{what} is not an escape YAML knows in double quotes; write a backslash as \\\\, or put the value in single quotes");
    }

    private (int, int, string)? Quote(int line, int column)
    {
        var quote = lines.At(line, column);
        if (quote is not ('"' or '\'')) return null;
        var kind = quote == '"' ? "double" : "single";
        if (lines.ClosingQuote(line, column) is not { } close)
        {
            return (line, column, quote == '"'
                ? "a value in double quotes is not closed; add the closing '\"' (write a quote inside it as \\\")"
                : "a value in single quotes is not closed; add the closing \"'\" (write a quote inside it as '')");
        }

        // A quote closed on a later line: either the value really goes on, or the quote was meant to close on its first
        // line and a later one closes it by chance; the message fits both.
        var owner = lines.Owner(line, column);
        for (var l = line + 1; l <= close.Line; l++)
        {
            if (lines.IsBlank(l) || lines.Indent(l) >= owner.Column) continue;
            return (l, lines.Indent(l) + 1,
                $"the value in {kind} quotes that starts on line {FileLine(line)} goes on to this line, which must then be indented more than {owner.Name}: close the quote on line {FileLine(line)}, or indent this line by at least {Spaces(owner.Column)}");
        }

        return null;
    }

    private (int, int, string)? Flow(int line, int column)
    {
        var flows = lines.Flows();
        if (flows.LastOrDefault(f => f.Close is null) is { } unclosed)
        {
            return (unclosed.Line, unclosed.Column, unclosed.Open == '['
                ? "a list started with '[' is not closed; add ']' at its end"
                : "a mapping started with '{' is not closed; add '}' at its end");
        }

        if (flows.FirstOrDefault(f => f.UnderIndentedLine is not null) is { UnderIndentedLine: int under } shallow)
        {
            return (under, lines.Indent(under) + 1,
                $"this line is inside the {shallow.Shape} that starts on line {FileLine(shallow.Line)}, so it must be indented more than {shallow.Owner.Name} it belongs to: indent it by at least {Spaces(shallow.Owner.Column)}");
        }

        var inside = flows.LastOrDefault(f => f.Contains(line, column));
        if (inside is null) return null;
        if (lines.At(line, column) == ':' && column == lines.Indent(line) + 1)
        {
            var above = line - 1;
            while (above > 1 && lines.IsBlank(above)) above--;
            return (line, column, $"a ':' at the start of a line inside {inside.Shape} cannot be read; put the ':' on line {FileLine(above)}, right after its key");
        }

        var items = inside.Open == '[' ? "items of a '[...]'" : "entries of a '{...}'";
        // The value before the missing ',' ran on to this line: YamlDotNet read its key and gave up inside the value,
        // or read the whole value, lines and all.
        if (trail is { LastWasKey: true, LastScalar: { } key } && key.Start.Line < line)
            return MissingComma((int)key.Start.Line, $"the value of '{key.Value}'", items);
        if (trail.LastScalar is { Style: ScalarStyle.Plain } run && run.Start.Line < line && run.End.Line == line)
            return MissingComma((int)run.Start.Line, $"'{run.Value}'", items);

        var close = inside.Open == '[' ? ']' : '}';
        return (line, column, $"expected ',' or '{close}' here; separate the {items} with ',', and put a value that holds ',', ': ', brackets or braces in quotes");
    }

    private (int, int, string) AfterQuote(int line, int column) =>
        (line, column, lines.At(line, column) == '"'
            ? "the quoted value ends at this quote, but more text follows; put the whole value inside the quotes (write a quote inside double quotes as \\\")"
            : "the quoted value ends at this quote, but more text follows; put the whole value inside the quotes (write a ' inside single quotes as '')");

    private (int, int, string) MissingComma(int line, string value, string items) =>
        (line, lines.EndColumn(line), $"a ',' is missing at the end of this line, so the next line is read as more of {value}; separate the {items} with ','");

    private (int, int, string)? Colon(int line, int column)
    {
        if (trail is { LastWasKey: true, LastScalar: { } key } && key.Start.Line < line && !lines.IsBlank(line))
        {
            var indent = lines.Indent(line);
            var text = lines[line][indent..];
            var word = text.Split(':')[0].Trim();
            return (line, indent + 1,
                $"this line is indented more than '{key.Value}' on line {FileLine((int)key.Start.Line)}, so it is read as more of the value of '{key.Value}', where ': ' is not allowed; if '{word}' is a new key, indent it like '{key.Value}'; if it is more text, put the whole value in quotes");
        }

        var (name, value) = KeyAndValue(line);
        if (name is null || lines[line].IndexOf(": ", StringComparison.Ordinal) + 1 >= column) return null;
        var valueColumn = lines[line].IndexOf(": ", StringComparison.Ordinal) + 3;
        while (lines.At(line, valueColumn) == ' ') valueColumn++;
        if (lines.At(line, valueColumn) is '"' or '\'' && lines.ClosingQuote(line, valueColumn) is { } closed && (closed.Line, closed.Column).CompareTo((line, column)) < 0)
            return AfterQuote(closed.Line, closed.Column);
        return (line, column, value.Length == 0 || value.IndexOfAny(['"', '\\']) >= 0
            ? $"a value that contains ': ' must be in quotes; put the whole value of '{name}' in quotes"
            : $"a value that contains ': ' must be in quotes; write {name}: \"{value}\"");
    }

    private (int, int, string)? ListOnKeyLine(int line, int column)
    {
        var (name, value) = KeyAndValue(line);
        if (name is null || lines.At(line, column) != '-') return null;
        var item = value.TrimStart('-').Trim();
        var example = item.Length > 0 && item.IndexOfAny([',', '[', ']', '{', '}', '#', '"', '\'', ':']) < 0 ? $", or write {name}: [{item}]" : "";
        return (line, column, $"a list cannot start on the line of its key; put '{name}:' alone on its line and each item on its own line below it, starting with '- '{example}");
    }

    private (int, int, string)? Block(int line, int column)
    {
        var indent = lines.Indent(line);
        var text = lines[line][indent..];
        var before = lines[line][..Math.Max(0, Math.Min(column - 1, lines[line].Length))].TrimEnd();
        if (column > indent + 1 && before.Length > 0 && before[^1] is '"' or '\'') return AfterQuote(line, before.Length);

        var open = trail.OpenAt(line);
        var indents = open.Select(o => o.Indent).ToList();
        if (indents.Count > 0 && !indents.Contains(indent))
        {
            var list = indents.Count == 1 ? $"{indents[0]}"
                : string.Join(", ", indents.Take(indents.Count - 1)) + " or " + indents[^1];
            return (line, indent + 1,
                $"inconsistent indentation: this line is indented {Spaces(indent)}, but the lines it can belong with are indented {list}; indent it by as many spaces as the key or '-' it belongs with");
        }

        if (text.Length > 1 && text[0] == '-' && text[1] is not (' ' or '\t'))
            return (line, indent + 1, $"a list item needs a space after '-': write '- {text[1..].TrimEnd()}'");

        if ((text == "-" || text.StartsWith("- ", StringComparison.Ordinal)) &&
            trail is { LastScalarKey: { } key, LastScalar: { } value } && value.Start.Line < line)
        {
            var valueLine = (int)value.Start.Line;
            var shown = lines[valueLine].Trim().TrimStart('-', ' ');
            return (line, indent + 1,
                $"a '- ' list item cannot follow '{shown}' on line {FileLine(valueLine)}, which already has a value; to make '{key}' a list, leave nothing after '{key}:' and put each item on its own '- ' line");
        }

        if (lines.At(line, column) is ']' or '}')
            return (line, column, $"this '{lines.At(line, column)}' closes nothing; remove it, or add the '{(lines.At(line, column) == ']' ? '[' : '{')}' it was meant to close");

        // "summary: >" with its text on the next lines but not indented: YAML ends the value before its text.
        if (trail is { LastScalarKey: { } textKey, LastScalar: { Style: ScalarStyle.Literal or ScalarStyle.Folded, Value: "" } empty } && empty.Start.Line < line)
        {
            var owner = lines.Owner((int)empty.Start.Line, (int)empty.Start.Column);
            return (line, indent + 1,
                $"the text of '{textKey}' after '{lines.At((int)empty.Start.Line, (int)empty.Start.Column)}' must be indented more than {owner.Name}: indent this line and the ones after it by at least {Spaces(owner.Column)}");
        }

        if (text.Length == 0 || text[0] is '-' or '#' or '"' or '\'' or '[' or '{' or '&' or '*' or '!' or '?') return null;
        if (open.Any(o => o.Indent == indent && !o.IsMap))
            return (line, indent + 1, $"this line is indented like the '-' lines of the list above but does not start with '- '; indent it further to add it to the item above, or write - {text.TrimEnd()} for a new item");

        if (!text.Contains(": ", StringComparison.Ordinal) && !text.EndsWith(':'))
        {
            var colon = text.IndexOf(':');
            var space = text.IndexOf(' ');
            var written = colon > 0 ? $"{text[..colon]}: {text[(colon + 1)..].TrimEnd()}"
                : space > 0 ? $"{text[..space]}: {text[(space + 1)..].Trim()}"
                : $"{text.TrimEnd()}:";
            return (line, indent + 1, colon > 0
                ? $"a ':' after a key needs a space after it; write {written}"
                : $"this line has no ':' after its key; write {written}");
        }

        return null;
    }

    // "  - title: Baku: talks" → ("title", "Baku: talks"); (null, "") when the line holds no plain key.
    private (string? Name, string Value) KeyAndValue(int line)
    {
        var text = lines[line].TrimStart(' ');
        while (text.StartsWith("- ", StringComparison.Ordinal)) text = text[2..].TrimStart(' ');
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || text[..colon].IndexOfAny(['[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`']) >= 0) return (null, "");
        return (text[..colon].Trim(), text[(colon + 2)..].Trim());
    }
}
