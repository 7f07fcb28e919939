using Briefing.Diagnostics;

namespace Briefing.FrontMatter;

/// <summary>A YAML mapping whose keys are unique scalars, in the order written.</summary>
public sealed record YamlMap(IReadOnlyList<KeyValuePair<YamlScalar, YamlValue>> Entries, SourceLocation At) : YamlValue(At)
{
    /// <inheritdoc />
    public override string ShapeName => "a mapping";

    /// <summary>The value under <paramref name="key"/>, or null when absent.</summary>
    public YamlValue? this[string key]
    {
        get
        {
            // Read for every field of every file: a plain loop, no delegate or enumerator per lookup.
            for (var i = 0; i < Entries.Count; i++)
                if (Entries[i].Key.Value == key) return Entries[i].Value;
            return null;
        }
    }
}
