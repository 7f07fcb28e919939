namespace Briefing.Maps;

/// <summary>
/// One country's land in the boundary table: its ISO 3166-1 alpha-2 code (null for land Natural Earth draws apart
/// from any ISO entry, such as Somaliland), and its polygons, each a list of rings, each a list of arc indices
/// (TopoJSON's: <c>~i</c> is arc <c>i</c> reversed).
/// </summary>
internal sealed record AtlasShape(string? Alpha2, string Name, int[][][] Polygons);
