namespace Briefing.Rendering;

/// <summary>One output file: its path relative to the output folder, its bytes, and the input file it came from, if one.</summary>
public sealed record RenderedPage(string Path, byte[] Bytes, string? SourcePath = null);
