namespace Briefing.OpenData;

/// <summary>One file under <c>/data/</c>: its output path, media type, the name and description the /data/ page gives it, and how its bytes are made (given back with <see cref="FileBytes.Dispose"/>).</summary>
public sealed record DataFile(string Path, string MediaType, string Name, string Description, Func<FileBytes> Make);
