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
        SourceLocation At(Mark mark) => new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);
        var parser = new Parser(new StringReader(yaml));
        var stack = new Stack<Builder>();
        YamlValue? root = null;
        var documents = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                switch (ev)
                {
                    case DocumentStart { IsImplicit: false } when documents > 0:
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
                        done = new YamlScalar(s.Value, s.Style == ScalarStyle.Plain, At(s.Start));
                        break;
                    case SequenceStart or MappingStart:
                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Error(DiagnosticCodes.TooDeep, At(ev.Start),
                                $"front matter is nested more than {MaxDepth} levels deep");
                            return null;
                        }

                        stack.Push(new Builder(ev is MappingStart, At(ev.Start)));
                        continue;
                    case SequenceEnd or MappingEnd:
                        done = stack.Pop().Build();
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
        catch (YamlException e)
        {
            if (FirstIndentingTab(yaml) is (int line, int column) && e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
                diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, line + firstLine - 1, column), "tab characters cannot indent YAML; indent with spaces");
            else if (e.Message.Contains("flow sequence", StringComparison.Ordinal) && LastUnclosed(yaml, '[', ']') is (int l, int c))
                diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(path, l + firstLine - 1, c), Describe(e.Message));
            else
                diagnostics.Error(DiagnosticCodes.YamlSyntax, At(e.Start), Describe(e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way (not with a YamlException) on an unclosed '[' or '{'
            // followed by more lines; found by the fuzz test.
            var at = LastUnclosed(yaml, '[', ']') is (int l, int c) ? new SourceLocation(path, l + firstLine - 1, c)
                : LastUnclosed(yaml, '{', '}') is (int ml, int mc) ? new SourceLocation(path, ml + firstLine - 1, mc)
                : new SourceLocation(path, firstLine, 1);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at,
                "the YAML cannot be read: a '[' or '{' is probably not closed; check brackets, quotes and indentation");
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

    // YamlDotNet reports an unclosed '[' where the text ends; the author needs the line that opened it.
    private static (int Line, int Column)? LastUnclosed(string yaml, char open, char close)
    {
        var lines = yaml.Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var at = lines[i].LastIndexOf(open);
            if (at >= 0 && lines[i].IndexOf(close, at) < 0) return (i + 1, at + 1);
        }

        return null;
    }

    private static (int Line, int Column)? FirstIndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }

        return null;
    }

    // YamlDotNet's wording is for YAML experts; the common slips get a sentence that says what to do.
    private static readonly (string Says, string Means)[] PlainLanguage =
    [
        ("flow sequence", "a list started with '[' is not closed; add ']' at its end"),
        ("flow mapping", "a mapping started with '{' is not closed; add '}' at its end"),
        ("double-quoted scalar", "a value in double quotes is not closed; add the closing '\"' (write a quote inside it as \\\")"),
        ("single-quoted scalar", "a value in single quotes is not closed; add the closing \"'\" (write a quote inside it as '')"),
        ("invalid mapping", "unexpected ':'; put a value that contains ': ' in quotes, or remove the indentation if this line is a new key"),
        ("mapping values are not allowed", "unexpected ':'; put a value that contains ': ' in quotes"),
        ("block end", "the indentation does not line up; indent items of one list or mapping by the same number of spaces"),
    ];

    private static string Describe(string message)
    {
        foreach (var (says, means) in PlainLanguage)
            if (message.Contains(says, StringComparison.OrdinalIgnoreCase)) return means;

        // YamlDotNet messages start with "(Line: …, Col: …, Idx: …) - (…): "; the position is already in the diagnostic.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 ? message[(cut + 3)..] : message;
        return "the YAML cannot be read: " + char.ToLowerInvariant(text[0]) + text[1..].TrimEnd('.');
    }

    private sealed class Builder(bool isMap, SourceLocation at)
    {
        private readonly List<YamlValue> _items = [];
        private readonly List<KeyValuePair<YamlScalar, YamlValue>> _entries = [];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private YamlValue? _pendingKey;

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
}
