namespace Briefing.Loading;

/// <summary>An input text file: its path relative to the input folder (with '/') and its text, LF line endings, no BOM.</summary>
public sealed record SourceFile(string Path, string Text);
