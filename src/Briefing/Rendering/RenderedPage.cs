namespace Briefing.Rendering;

/// <summary>One output file: its path relative to the output folder and its bytes.</summary>
public sealed record RenderedPage(string Path, byte[] Bytes);
