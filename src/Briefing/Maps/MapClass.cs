namespace Briefing.Maps;

/// <summary>One shade of a world map: the counts it covers (inclusive), its CSS class and its legend text.</summary>
public sealed record MapClass(int From, int To, string CssClass, string Label);
