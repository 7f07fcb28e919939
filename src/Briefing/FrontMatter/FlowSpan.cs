namespace Briefing.FrontMatter;

/// <summary>
/// A '[…]' or '{…}' in front matter text: where it opens and closes (null: never), the column of the block node it
/// belongs to, and the first line inside it indented no further than that node (null: none), which YAML does not allow.
/// </summary>
internal sealed record FlowSpan(char Open, int Line, int Column, (int Line, int Column)? Close, (int Column, string Name) Owner, int? UnderIndentedLine)
{
    /// <summary>'[...]' or '{...}', as messages name it.</summary>
    public string Shape => Open == '[' ? "'[...]'" : "'{...}'";

    /// <summary>True when <paramref name="line"/>, <paramref name="column"/> is after the opening bracket and not after the closing one.</summary>
    public bool Contains(int line, int column) =>
        (line, column).CompareTo((Line, Column)) > 0 && (Close is not { } c || (line, column).CompareTo(c) <= 0);
}
