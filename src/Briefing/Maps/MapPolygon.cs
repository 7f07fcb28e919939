namespace Briefing.Maps;

/// <summary>
/// One polygon of a shape: its shape's index, its rings of arc indices, for each arc of each ring the whole turns
/// (−1, 0, 1 × 360°) its longitudes move by to join its neighbours across 180°, its level-0 bounds and the area of its exterior ring.
/// </summary>
internal sealed record MapPolygon(int Shape, int[][] Rings, int[][] Shifts, MapBox Bounds, double Area);
