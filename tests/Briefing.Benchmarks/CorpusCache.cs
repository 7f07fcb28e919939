using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// Generates a corpus into <c>DIR/N</c> once and reuses it while its stamp file matches the size, seed
/// and generator version; the stamp is written last, so an interrupted generation is redone.
/// </summary>
public static class CorpusCache
{
    // Bump whenever CorpusGenerator's output changes, so old corpora are regenerated.
    private const int GeneratorVersion = 2;
    private const string StampName = "corpus.stamp";

    /// <summary>Returns the corpus folders for <paramref name="briefings"/>, generating them unless a matching corpus is there.</summary>
    public static CorpusFolders Ensure(string workFolder, int briefings, int seed, bool hugo, TextWriter log)
    {
        var root = Path.Combine(workFolder, briefings.ToString(CultureInfo.InvariantCulture));
        var folders = new CorpusFolders(root, Path.Combine(root, "input"), Path.Combine(root, "hugo"));
        var stampPath = Path.Combine(root, StampName);
        var existing = File.Exists(stampPath) ? File.ReadAllText(stampPath) : null;
        if (existing == Stamp(briefings, seed, hugo) || existing == Stamp(briefings, seed, true))
        {
            log.WriteLine($"[{briefings}] reusing the corpus in {root}");
            return folders;
        }

        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        log.WriteLine($"[{briefings}] generating the corpus (seed {seed}) into {root}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        CorpusGenerator.Write(briefings, seed, folders.Input, hugo ? folders.Hugo : null);
        TextFile.Write(stampPath, Stamp(briefings, seed, hugo));
        log.WriteLine($"[{briefings}] generated in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        return folders;
    }

    private static string Stamp(int briefings, int seed, bool hugo) => string.Create(CultureInfo.InvariantCulture,
        $"generator={GeneratorVersion}\nbriefings={briefings}\nseed={seed}\nhugo={(hugo ? "yes" : "no")}\n");
}
