using Briefing.Diagnostics;

namespace Briefing.FrontMatter;

/// <summary>A YAML sequence.</summary>
public sealed record YamlList(IReadOnlyList<YamlValue> Items, SourceLocation At) : YamlValue(At)
{
    /// <inheritdoc />
    public override string ShapeName => "a list";
}
