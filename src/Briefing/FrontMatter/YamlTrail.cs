using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.FrontMatter;

/// <summary>
/// What the reader had taken from YamlDotNet's events when a read failed: the block collections open around the
/// failure and the last scalar. YamlDotNet says where it gave up; this says what it had understood until then.
/// </summary>
internal sealed class YamlTrail
{
    private readonly List<(Mark Start, Mark? End, bool IsMap)> _blocks = [];

    /// <summary>The last scalar read.</summary>
    public Scalar? LastScalar { get; private set; }

    /// <summary>The key of <see cref="LastScalar"/> when it is the value of a mapping entry.</summary>
    public string? LastScalarKey { get; private set; }

    /// <summary>True when the last event read was a mapping key.</summary>
    public bool LastWasKey { get; private set; }

    /// <summary>Where the last event read ends.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    /// <summary>Notes any event; returns the index of a block collection it opens, or -1.</summary>
    public int Saw(ParsingEvent ev)
    {
        LastEnd = ev.End;
        LastWasKey = false;
        if (ev is not (SequenceStart { Style: SequenceStyle.Block } or MappingStart { Style: MappingStyle.Block })) return -1;
        _blocks.Add((ev.Start, null, ev is MappingStart));
        return _blocks.Count - 1;
    }

    /// <summary>Notes that the block collection <paramref name="index"/> from <see cref="Saw"/> ended at <paramref name="end"/>.</summary>
    public void Closed(int index, Mark end)
    {
        if (index >= 0) _blocks[index] = _blocks[index] with { End = end };
    }

    /// <summary>Notes a scalar, with the key it is the value of, or whether it is itself a key.</summary>
    public void Read(Scalar scalar, string? key, bool isKey)
    {
        LastScalar = scalar;
        LastScalarKey = key;
        LastWasKey = isKey;
    }

    /// <summary>
    /// The indentations a line can have at <paramref name="line"/>, each with whether a mapping (not a list) is at
    /// that indentation: those of the block collections that started above it and were still open on the line before
    /// (YamlDotNet closes the deeper ones at the line that dedents).
    /// </summary>
    public IReadOnlyList<(int Indent, bool IsMap)> OpenAt(int line) =>
        _blocks.Where(b => b.Start.Line < line && (b.End is not { } end || end.Line >= line))
            .GroupBy(b => (int)b.Start.Column - 1)
            .Select(g => (g.Key, g.Any(b => b.IsMap)))
            .OrderBy(b => b.Key)
            .ToList();
}
