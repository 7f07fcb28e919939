using Briefing.Diagnostics;

namespace Briefing.FrontMatter;

/// <summary>A YAML mapping whose keys are unique scalars, in the order written.</summary>
public sealed record YamlMap(IReadOnlyList<KeyValuePair<YamlScalar, YamlValue>> Entries, SourceLocation At) : YamlValue(At)
{
    /// <inheritdoc />
    public override string ShapeName => "a mapping";

    /// <summary>The value under <paramref name="key"/>, or null when absent.</summary>
    public YamlValue? this[string key] =>
        Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
