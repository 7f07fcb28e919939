using Briefing.Diagnostics;
using Briefing.FrontMatter;
using Briefing.Loading;

namespace Briefing.Parsing;

/// <summary>The first step every Markdown parser shares: split off the front matter and read its YAML.</summary>
public static class FrontMatterFile
{
    /// <summary>The split file and its front matter mapping, or null when either could not be read.</summary>
    public static (FrontMatterSplit Split, YamlMap Map)? Open(SourceFile file, DiagnosticBag diagnostics)
    {
        var split = FrontMatterSplitter.Split(file, diagnostics);
        var map = split is null ? null : YamlTreeReader.Read(split.Yaml, file.Path, split.YamlFirstLine, diagnostics);
        return split is null || map is null ? null : (split, map);
    }

    /// <summary>
    /// Moves one file's diagnostics to the build's. The value is kept even when the file has errors, so the
    /// link stage can still report the file's unknown countries and people in the same run; the build fails anyway.
    /// </summary>
    public static T? Finish<T>(T? value, DiagnosticBag local, DiagnosticBag all) where T : class
    {
        foreach (var d in local.Sorted()) all.Add(d);
        return value;
    }
}
