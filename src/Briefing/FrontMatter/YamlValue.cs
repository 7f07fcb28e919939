using Briefing.Diagnostics;

namespace Briefing.FrontMatter;

/// <summary>A node of front matter YAML with the position it started at in the original file.</summary>
public abstract record YamlValue(SourceLocation At)
{
    /// <summary>What readers call this shape in messages ("text", "a list", "a mapping").</summary>
    public abstract string ShapeName { get; }
}
