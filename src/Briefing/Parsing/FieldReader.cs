using Briefing.Diagnostics;
using Briefing.FrontMatter;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Parsing;

/// <summary>
/// Reads typed values out of one YAML mapping against a fixed list of keys, reporting unknown keys,
/// missing ones and wrong shapes as diagnostics instead of throwing.
/// </summary>
public sealed class FieldReader
{
    private readonly YamlMap _map;
    private readonly string _what;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Checks <paramref name="map"/>'s keys against <paramref name="keys"/>; <paramref name="what"/> names it in messages ("briefing", "quote").</summary>
    public FieldReader(YamlMap map, string what, IReadOnlyList<string> keys, DiagnosticBag diagnostics)
    {
        _map = map;
        _what = what;
        _diagnostics = diagnostics;
        foreach (var (key, _) in map.Entries)
        {
            if (keys.Contains(key.Value)) continue;
            var near = ClosestMatch.Find(key.Value, keys, 1);
            var hint = near.Count > 0 ? $"; did you mean '{near[0]}'?" : $"; a {what} takes {string.Join(", ", keys)}";
            diagnostics.Error(DiagnosticCodes.UnknownKey, key.At, $"unknown key '{key.Value}' in {what}{hint}");
        }
    }

    /// <summary>Where the mapping itself starts.</summary>
    public SourceLocation At => _map.At;

    /// <summary>The diagnostics this reader reports to.</summary>
    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Where the value of <paramref name="key"/> starts, or the mapping's start when absent.</summary>
    public SourceLocation AtKey(string key) => _map[key]?.At ?? _map.At;

    /// <summary>The value of <paramref name="key"/> as written, whatever its shape, for a key that takes more than one; null when absent.</summary>
    public YamlValue? Value(string key) => _map[key] is YamlScalar { IsNull: true } ? null : _map[key];

    /// <summary>A text value; null (after reporting, if required) when absent or empty.</summary>
    public string? Text(string key, bool required = false)
    {
        var scalar = Scalar(key, required);
        if (scalar is null) return null;
        var text = scalar.Value.Trim();
        if (text.Length > 0) return text;
        if (required) Missing(key, scalar.At);
        return null;
    }

    /// <summary>A text value with its position, or null.</summary>
    public YamlScalar? Scalar(string key, bool required = false)
    {
        switch (_map[key])
        {
            case null:
            case YamlScalar { IsNull: true }:
                if (required) Missing(key, _map[key]?.At ?? _map.At);
                return null;
            case YamlScalar s:
                return s;
            case var other:
                WrongShape(key, other, "text");
                return null;
        }
    }

    /// <summary>A list of references (a single value counts as a list of one); empty when absent.</summary>
    public IReadOnlyList<Reference> References(string key, bool required = false)
    {
        var items = new List<Reference>();
        var wrongShape = false;
        switch (_map[key])
        {
            case null:
            case YamlScalar { IsNull: true }:
                break;
            case YamlScalar s:
                if (ReferenceTo(s) is { } reference) items.Add(reference);
                break;
            case YamlList list:
                foreach (var item in list.Items)
                {
                    if (item is YamlScalar { IsNull: false } s && ReferenceTo(s) is { } entry) items.Add(entry);
                    else if (item is YamlScalar) _diagnostics.Error(DiagnosticCodes.MissingKey, item.At, $"empty entry in '{key}'");
                    else WrongShape(key, item, "a name or code in each entry");
                }

                break;
            case var other:
                WrongShape(key, other, "a list");
                wrongShape = true;
                break;
        }

        if (required && items.Count == 0 && !wrongShape) Missing(key, _map[key]?.At ?? _map.At, " with at least one entry");
        return items.Count == 0 ? [] : items.ToArray(); // kept until the site is written: one exact array, no list around it
    }

    /// <summary>A reference to what <paramref name="scalar"/> names (its text trimmed), or null when it is absent or blank.</summary>
    public static Reference? ReferenceTo(YamlScalar? scalar)
    {
        var text = scalar is null ? default : scalar.Value.AsSpan().Trim();
        return text.IsEmpty ? null : new Reference(text.ToString(), scalar!.At);
    }

    /// <summary>A list of mappings (sources, events, quotes, updates); empty when absent.</summary>
    public IReadOnlyList<YamlMap> Maps(string key)
    {
        switch (_map[key])
        {
            case null:
            case YamlScalar { IsNull: true }:
                return [];
            case YamlList list:
                var maps = new List<YamlMap>();
                foreach (var item in list.Items)
                {
                    if (item is YamlMap map) maps.Add(map);
                    else WrongShape(key, item, "a mapping of 'key: value' lines in each entry");
                }

                return maps;
            case var other:
                WrongShape(key, other, "a list");
                return [];
        }
    }

    /// <summary>A single nested mapping, or null.</summary>
    public YamlMap? Map(string key)
    {
        switch (_map[key])
        {
            case null:
            case YamlScalar { IsNull: true }:
                return null;
            case YamlMap map:
                return map;
            case var other:
                WrongShape(key, other, "a mapping");
                return null;
        }
    }

    /// <summary>A date; <paramref name="dayRequired"/> demands YYYY-MM-DD.</summary>
    public PartialDate? Date(string key, bool required, bool dayRequired)
    {
        var scalar = Scalar(key, required);
        return scalar is null ? null : DateParser.Parse(scalar, key, dayRequired, _diagnostics);
    }

    /// <summary>
    /// One of a fixed list of <paramref name="words"/> (exactly as written, lower case): its position in the list, or
    /// null when absent; another word is an error with code <paramref name="code"/> and the nearest word as a hint.
    /// </summary>
    public int? Choice(string key, IReadOnlyList<string> words, string code)
    {
        var text = Text(key);
        if (text is null) return null;
        var at = words.ToList().IndexOf(text);
        if (at >= 0) return at;
        var near = ClosestMatch.Find(text, words, 1);
        var hint = near.Count > 0 ? $"; did you mean '{near[0]}'?" : "";
        _diagnostics.Error(code, AtKey(key), $"{_what} '{key}' must be one of {string.Join(", ", words)}, not '{text}'{hint}");
        return null;
    }

    /// <summary>A boolean written exactly <c>true</c> or <c>false</c>; YAML 1.1's yes/no/on/off/1/0 are refused.</summary>
    public bool Bool(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null) return false;
        switch (scalar.Value)
        {
            case "true": return true;
            case "false": return false;
            default:
                _diagnostics.Error(DiagnosticCodes.BadBoolean, scalar.At, $"'{key}' must be true or false, not '{scalar.Value}'");
                return false;
        }
    }

    private void Missing(string key, SourceLocation at, string extra = "") =>
        _diagnostics.Error(DiagnosticCodes.MissingKey, at, $"{_what} needs '{key}'{extra}");

    private void WrongShape(string key, YamlValue value, string expected) =>
        _diagnostics.Error(DiagnosticCodes.WrongType, value.At, $"'{key}' must be {expected}, not {value.ShapeName}");
}
