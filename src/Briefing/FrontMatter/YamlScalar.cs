using Briefing.Diagnostics;

namespace Briefing.FrontMatter;

/// <summary>A scalar, kept as the exact text written; YAML 1.1 booleans and numbers are never interpreted.</summary>
public sealed record YamlScalar(string Value, bool IsPlain, SourceLocation At) : YamlValue(At)
{
    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>: YAML's ways of writing nothing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string ShapeName => "text";
}
