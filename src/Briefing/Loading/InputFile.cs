namespace Briefing.Loading;

/// <summary>A file as read from disk (or given by a test): its path relative to its root, with '/', and its bytes.</summary>
public sealed record InputFile(string Path, byte[] Bytes);
