using System.Collections.Frozen;

namespace Briefing.Maps;

/// <summary>
/// Natural Earth's country boundaries as embedded (<c>Countries/boundaries.json</c>): arcs shared between neighbours,
/// decoded to longitude and latitude, and each country's polygons made of them. Immutable, so shared by every build.
/// </summary>
internal sealed class Atlas
{
    private static readonly Lazy<Atlas> LazyDefault = new(BoundaryDataReader.ReadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly FrozenDictionary<string, int> _byAlpha2;

    public Atlas(double[][] arcs, IReadOnlyList<AtlasShape> shapes)
    {
        Arcs = arcs;
        Shapes = shapes;
        _byAlpha2 = shapes.Select((s, i) => (s.Alpha2, i)).Where(p => p.Alpha2 is not null)
            .ToFrozenDictionary(p => p.Alpha2!, p => p.i, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The embedded table, read on first use.</summary>
    public static Atlas Default => LazyDefault.Value;

    /// <summary>Each arc as longitude, latitude pairs one after the other.</summary>
    public double[][] Arcs { get; }

    /// <summary>Every shape, countries by code first, then land without a code.</summary>
    public IReadOnlyList<AtlasShape> Shapes { get; }

    /// <summary>The index in <see cref="Shapes"/> of the country with this alpha-2 code, or -1 when the data has no boundary for it.</summary>
    public int IndexOf(string alpha2) => _byAlpha2.GetValueOrDefault(alpha2, -1);
}
