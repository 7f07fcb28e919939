namespace Briefing.Maps;

/// <summary>A rectangle in projected map units (x east, y south, as SVG has them).</summary>
internal readonly record struct MapBox(double Left, double Top, double Right, double Bottom)
{
    /// <summary>An empty box, which any union replaces.</summary>
    public static readonly MapBox Empty = new(double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity, double.NegativeInfinity);

    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public bool IsEmpty => Right < Left;

    /// <summary>The smallest box holding both.</summary>
    public MapBox Union(MapBox other) => new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    /// <summary>The box grown to hold a point.</summary>
    public MapBox Add(double x, double y) => new(Math.Min(Left, x), Math.Min(Top, y), Math.Max(Right, x), Math.Max(Bottom, y));

    /// <summary>Whether the two boxes overlap.</summary>
    public bool Intersects(MapBox other) => Left <= other.Right && other.Left <= Right && Top <= other.Bottom && other.Top <= Bottom;

    /// <summary>How far apart the two boxes are (0 when they overlap), the larger of the horizontal and vertical gaps.</summary>
    public double GapTo(MapBox other) => Math.Max(Math.Max(other.Left - Right, Left - other.Right), Math.Max(Math.Max(other.Top - Bottom, Top - other.Bottom), 0));

    /// <summary>The box scaled by <paramref name="factor"/> about the origin.</summary>
    public MapBox Scale(double factor) => new(Left * factor, Top * factor, Right * factor, Bottom * factor);
}
