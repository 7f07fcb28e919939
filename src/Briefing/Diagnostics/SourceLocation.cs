namespace Briefing.Diagnostics;

/// <summary>A position in an input file: path relative to the input folder, line and column from 1.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location for a whole file, when no finer position is known.</summary>
    public static SourceLocation File(string path) => new(path, 1, 1);

    /// <summary>The MSBuild form <c>path(line,col)</c>; a file name can hold control characters too, so they are escaped.</summary>
    public override string ToString() => $"{VisibleText.Escape(Path)}({Line},{Column})";
}
