using System.Text.Json;

namespace Briefing.Maps;

/// <summary>Reads the embedded boundary table written by <c>tools/maps/convert.mjs</c>.</summary>
internal static class BoundaryDataReader
{
    /// <summary>Name of the embedded resource, as set in Briefing.csproj.</summary>
    public const string ResourceName = "Briefing.Countries.boundaries.json";

    /// <summary>The embedded table.</summary>
    public static Atlas ReadEmbedded()
    {
        using var stream = typeof(BoundaryDataReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from the Briefing assembly");
        return Read(stream);
    }

    /// <summary>A table shaped like the embedded one: TopoJSON's quantised, delta-encoded arcs and its transform.</summary>
    public static Atlas Read(Stream json)
    {
        // JsonDocument rather than the serializer: no reflection, and the format is ours and flat.
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var scale = root.GetProperty("scale");
        var translate = root.GetProperty("translate");
        var (sx, sy) = (scale[0].GetDouble(), scale[1].GetDouble());
        var (tx, ty) = (translate[0].GetDouble(), translate[1].GetDouble());

        var arcs = new List<double[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new double[arc.GetArrayLength()];
            long x = 0, y = 0;
            var i = 0;
            foreach (var value in arc.EnumerateArray())
            {
                // Integers as stored, then the transform: the same arithmetic on every machine.
                if (i % 2 == 0) points[i] = (x += value.GetInt64()) * sx + tx;
                else points[i] = (y += value.GetInt64()) * sy + ty;
                i++;
            }

            arcs.Add(points);
        }

        var shapes = new List<AtlasShape>();
        foreach (var shape in root.GetProperty("countries").EnumerateArray())
        {
            var polygons = shape.GetProperty("polygons").EnumerateArray()
                .Select(p => p.EnumerateArray().Select(r => r.EnumerateArray().Select(a => a.GetInt32()).ToArray()).ToArray())
                .ToArray();
            var code = shape.GetProperty("id").GetString();
            var name = shape.TryGetProperty("name", out var n) ? n.GetString() ?? "" : code ?? "";
            shapes.Add(new AtlasShape(code, name, polygons));
        }

        return new Atlas(arcs.ToArray(), shapes);
    }
}
