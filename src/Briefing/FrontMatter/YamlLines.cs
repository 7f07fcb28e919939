namespace Briefing.FrontMatter;

/// <summary>
/// Front matter YAML as lines, with the few facts about its layout that explain a failed read: indentation, the
/// node a bracket or quote belongs to, where a quote closes. Lines and columns count from 1, like YamlDotNet's marks.
/// </summary>
internal sealed class YamlLines(string yaml)
{
    private readonly string[] _lines = yaml.Split('\n');

    /// <summary>The number of lines.</summary>
    public int Count => _lines.Length;

    /// <summary>Line <paramref name="line"/>, or "" past either end.</summary>
    public string this[int line] => line >= 1 && line <= _lines.Length ? _lines[line - 1] : "";

    /// <summary>The character at <paramref name="line"/> and <paramref name="column"/>, or '\0' outside the text.</summary>
    public char At(int line, int column)
    {
        var text = this[line];
        return column >= 1 && column <= text.Length ? text[column - 1] : '\0';
    }

    /// <summary>How many spaces start the line.</summary>
    public int Indent(int line)
    {
        var text = this[line];
        var i = 0;
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    /// <summary>True for a line of only whitespace, or only a comment.</summary>
    public bool IsBlank(int line)
    {
        var text = this[line].TrimStart(' ', '\t');
        return text.Length == 0 || text[0] == '#';
    }

    /// <summary>The column after the last character of the line that is not whitespace.</summary>
    public int EndColumn(int line) => this[line].TrimEnd(' ', '\t').Length + 1;

    /// <summary>The first line from the top whose indentation holds a tab, and the tab's column.</summary>
    public (int Line, int Column)? FirstIndentingTab()
    {
        for (var line = 1; line <= Count; line++)
        {
            var text = this[line];
            var indent = text.Length - text.TrimStart(' ', '\t').Length;
            if (indent == text.Length) continue;
            var tab = text.IndexOf('\t', 0, indent);
            if (tab >= 0) return (line, tab + 1);
        }

        return null;
    }

    /// <summary>
    /// The block node that a bracket or quote at <paramref name="line"/>, <paramref name="column"/> is the value of: its
    /// column (lines that continue the value must be indented further) and how to name it ("the key 'sources'", "the '-'").
    /// </summary>
    public (int Column, string Name) Owner(int line, int column)
    {
        var text = this[line];
        var pos = Indent(line);
        var dash = -1;
        while (pos < text.Length && text[pos] == '-' && (pos + 1 == text.Length || text[pos + 1] == ' '))
        {
            dash = pos++;
            while (pos < text.Length && text[pos] == ' ') pos++;
        }

        if (pos < column - 1)
        {
            var colon = text.IndexOf(':', pos);
            var key = colon > pos ? text[pos..colon].Trim() : text[pos..(column - 1)].Trim();
            return (pos + 1, $"the key '{key}'");
        }

        if (dash >= 0) return (dash + 1, "the '-'");

        // The value starts a line of its own: it belongs to the first line above that is indented less.
        for (var above = line - 1; above >= 1; above--)
            if (!IsBlank(above) && Indent(above) < pos)
                return Owner(above, this[above].Length + 1);

        // A value at the top of the front matter: YAML asks no indentation of its lines.
        return (0, "the top level");
    }

    /// <summary>Where the quote opened at <paramref name="line"/>, <paramref name="column"/> closes, or null when it never does.</summary>
    public (int Line, int Column)? ClosingQuote(int line, int column)
    {
        var quote = At(line, column);
        var (l, c) = (line, column);
        while (l <= Count)
        {
            var text = this[l];
            for (; c < text.Length; c++)
            {
                if (quote == '"' && text[c] == '\\') c++;
                else if (text[c] == quote && quote == '\'' && c + 1 < text.Length && text[c + 1] == '\'') c++;
                else if (text[c] == quote) return (l, c + 1);
            }

            (l, c) = (l + 1, 0);
        }

        return null;
    }

    /// <summary>Every '[' and '{' that opens a flow collection, with where it closes and its first line indented too little.</summary>
    public IReadOnlyList<FlowSpan> Flows() => FlowScanner.Scan(this);
}
