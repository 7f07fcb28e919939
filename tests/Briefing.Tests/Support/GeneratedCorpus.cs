using Briefing.Benchmarks;
using Briefing.Building;
using Briefing.Loading;

namespace Briefing.Tests.Support;

/// <summary>A corpus from the benchmark's generator in a temporary folder, there while <c>use</c> runs (files are read lazily).</summary>
public static class GeneratedCorpus
{
    /// <summary>Generates <paramref name="briefings"/> briefings with <paramref name="seed"/> and hands their input files to <paramref name="use"/>.</summary>
    public static void Use(int briefings, int seed, Action<IReadOnlyList<InputFile>> use)
    {
        var folder = Directory.CreateTempSubdirectory("briefing-corpus-").FullName;
        try
        {
            CorpusGenerator.Write(briefings, seed, folder, null);
            use(FolderReader.Read(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>Assertions on whole built sites.</summary>
public static class SiteAssert
{
    /// <summary>Both builds wrote the same paths with the same bytes; <paramref name="difference"/> names what differed between them.</summary>
    public static void SameFiles(BuildResult expected, BuildResult actual, string difference)
    {
        Assert.Equal(expected.Files.Select(f => f.Path), actual.Files.Select(f => f.Path));
        foreach (var (a, b) in expected.Files.Zip(actual.Files))
            Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), $"{a.Path} differs {difference}");
    }
}
