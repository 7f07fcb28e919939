namespace Briefing.Maps;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018) on a unit sphere. One projection for every map,
/// world and regional alike: it keeps areas true (a choropleth does not inflate Russia or Canada as Mercator does)
/// and its shapes stay recognisable at middle latitudes, and because every map is a crop of one projected world,
/// each country's outline is projected and written once per zoom level and reused by every map that shows it.
/// </summary>
internal static class EqualEarth
{
    private const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>Half the width of the projected world (x at longitude ±180° on the equator).</summary>
    public static readonly double HalfWidth = Project(180, 0).X;

    /// <summary>Half the height of the projected world (y at a pole).</summary>
    public static readonly double HalfHeight = Project(0, 90).Y;

    /// <summary>x east and y north, both in sphere radii.</summary>
    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var lambda = longitude * Math.PI / 180;
        var phi = latitude * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(phi));
        var t2 = theta * theta;
        var t6 = t2 * t2 * t2;
        var x = lambda * Math.Cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        var y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return (x, y);
    }
}
