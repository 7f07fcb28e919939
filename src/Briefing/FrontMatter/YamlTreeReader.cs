using Briefing.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.FrontMatter;

/// <summary>
/// Builds a <see cref="YamlMap"/> straight from YamlDotNet's parser events, so every node keeps
/// its position and nothing YAML 1.1 would reinterpret (booleans, numbers, anchors) gets through.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>Deepest nesting of lists and mappings accepted in front matter.</summary>
    public const int MaxDepth = 32;

    /// <summary>Reads front matter text into a mapping, or reports every problem and returns null.</summary>
    public static YamlMap? Read(string yaml, string path, int firstLine, DiagnosticBag diagnostics)
    {
        yaml = BlankWhitespaceLines(yaml);
        SourceLocation At(Mark mark) => new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);
        SourceLocation AtLine(int line, int column) => new(path, line + firstLine - 1, column);
        var parser = new Parser(new StringReader(yaml));
        var stack = new Stack<Builder>();
        var trail = new YamlTrail();
        YamlValue? root = null;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                var block = trail.Saw(ev);
                switch (ev)
                {
                    case DocumentStart when documents > 0:
                        diagnostics.Error(DiagnosticCodes.YamlSyntax, At(ev.Start),
                            "front matter holds more than one YAML document; remove the extra '---' or '...' line");
                        return null;
                    case DocumentStart:
                        documents++;
                        continue;
                    case AnchorAlias alias:
                        diagnostics.Error(DiagnosticCodes.AnchorOrAlias, At(ev.Start),
                            $"YAML alias '*{alias.Value}' is not accepted; write the value out in full");
                        return null;
                    case NodeEvent { Anchor.IsEmpty: false } node:
                        diagnostics.Error(DiagnosticCodes.AnchorOrAlias, At(ev.Start),
                            $"YAML anchor '&{node.Anchor}' is not accepted; write each value out in full");
                        return null;
                    case NodeEvent { Tag.IsEmpty: false } node when !IsPlainNonSpecific(node):
                        diagnostics.Error(DiagnosticCodes.AnchorOrAlias, At(ev.Start),
                            $"YAML tag '{node.Tag}' is not accepted; remove it");
                        return null;
                }

                YamlValue? done = null;
                switch (ev)
                {
                    case Scalar s:
                        // YamlDotNet refuses '"x"#' but takes "'x'#" as if the '#' started a comment; YAML refuses both.
                        if (s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted && s.End.Index < yaml.Length && yaml[(int)s.End.Index] == '#')
                        {
                            diagnostics.Error(DiagnosticCodes.YamlSyntax, At(s.End), YamlSyntaxExplainer.HashAfterQuote);
                            return null;
                        }

                        var parent = stack.Count > 0 ? stack.Peek() : null;
                        var key = parent?.PendingKey as YamlScalar;
                        var isKey = parent is { IsMap: true, PendingKey: null };
                        trail.Read(s, key?.Value, isKey);
                        if (parent is { IsBlock: true } && !isKey &&
                            ListLookalikes.Check(yaml, s, key?.Value, l => l + firstLine - 1) is (int line, int column, string message))
                            diagnostics.Warning(DiagnosticCodes.LooksLikeList, AtLine(line, column), message);
                        // An escape ("\a", "\x01", "\u0085") can make a character the text decoder refuses when written as it is.
                        if (s.Style == ScalarStyle.DoubleQuoted && FirstUnpublishable(s.Value) is { } made &&
                            FirstUnpublishable(yaml.AsSpan((int)s.Start.Index, (int)(s.End.Index - s.Start.Index))) is null)
                            diagnostics.Error(DiagnosticCodes.UnpublishableCharacter, At(s.Start),
                                $"an escape in this text makes {Loading.TextDecoder.Describe(made)}, which cannot appear in a web page or feed; remove the escape");
                        done = new YamlScalar(s.Value, s.Style == ScalarStyle.Plain, At(s.Start));
                        break;
                    case SequenceStart or MappingStart:
                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Error(DiagnosticCodes.TooDeep, At(ev.Start),
                                $"front matter is nested more than {MaxDepth} levels deep");
                            return null;
                        }

                        stack.Push(new Builder(ev is MappingStart, At(ev.Start), block));
                        continue;
                    case SequenceEnd or MappingEnd:
                        var closed = stack.Pop();
                        trail.Closed(closed.TrailIndex, ev.Start);
                        done = closed.Build();
                        break;
                }

                if (done is null) continue;
                if (stack.Count == 0)
                {
                    root = done;
                }
                else if (!stack.Peek().Add(done, out var duplicate))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateKey, duplicate!.At,
                        $"duplicate key '{duplicate.Value}'; each key may appear once in a mapping");
                    return null;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // YamlDotNet's scanner can fail with an InvalidOperationException (no position) on a '[' or '{' whose
            // lines are indented too little, or that is not closed; found by the fuzz test.
            var (line, column, message) = new YamlSyntaxExplainer(new YamlLines(yaml), trail, firstLine).Explain(e);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, AtLine(Math.Max(1, line), Math.Max(1, column)), message);
            return null;
        }

        return root switch
        {
            null => new YamlMap([], new SourceLocation(path, firstLine, 1)),
            YamlScalar { IsNull: true } => new YamlMap([], root.At),
            YamlMap map => map,
            _ => Fail(root),
        };

        YamlMap? Fail(YamlValue value)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, value.At,
                $"front matter must be a mapping of 'key: value' lines, not {value.ShapeName}");
            return null;
        }
    }

    private static bool IsPlainNonSpecific(NodeEvent node) => node.Tag.Value is "!" or "?";

    // YAML reads a line of only spaces and tabs as blank (yaml-test-suite DK95), but YamlDotNet refuses one with a tab
    // at or before the indentation it expects. Such a line is emptied before reading; lines keep their numbers.
    private static string BlankWhitespaceLines(string yaml)
    {
        if (!yaml.Contains('\t')) return yaml;
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].Contains('\t') && lines[i].AsSpan().TrimStart(" \t").IsEmpty) lines[i] = "";
        return string.Join('\n', lines);
    }

    private sealed class Builder(bool isMap, SourceLocation at, int trail)
    {
        private readonly List<YamlValue> _items = [];
        private readonly List<KeyValuePair<YamlScalar, YamlValue>> _entries = [];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private YamlValue? _pendingKey;

        public bool IsMap => isMap;

        // The key whose value comes next; null when the next scalar of a mapping is a key.
        public YamlValue? PendingKey => _pendingKey;

        // This collection's index in the reader's YamlTrail (-1 for a flow collection).
        public int TrailIndex => trail;

        public bool IsBlock => trail >= 0;

        public bool Add(YamlValue value, out YamlScalar? duplicate)
        {
            duplicate = null;
            if (!isMap)
            {
                _items.Add(value);
                return true;
            }

            if (_pendingKey is null)
            {
                _pendingKey = value;
                return true;
            }

            var key = _pendingKey as YamlScalar ?? new YamlScalar("?", true, _pendingKey.At);
            _pendingKey = null;
            if (!_keys.Add(key.Value))
            {
                duplicate = key;
                return false;
            }

            _entries.Add(new(key, value));
            return true;
        }

        public YamlValue Build() => isMap ? new YamlMap(_entries, at) : new YamlList(_items, at);
    }

    private static int? FirstUnpublishable(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (Loading.TextDecoder.IsUnpublishable(rune.Value)) return rune.Value;
        return null;
    }
}
