using System.Text.Json;

namespace Briefing.Benchmarks;

/// <summary>
/// Our country pages' URL names (<c>/countries/&lt;slug&gt;/</c>), read from the generator's own country data in the
/// repository: the benchmark references no project of src/, and guessing the slugs from names would drift from it.
/// </summary>
public static class CountrySlugs
{
    /// <summary>The path of the file the slugs come from, relative to the repository.</summary>
    public const string DataFile = "src/Briefing/Countries/countries.json";

    /// <summary>Upper-case alpha-2 code to slug, for every country in <see cref="DataFile"/>.</summary>
    public static IReadOnlyDictionary<string, string> Load(string repository)
    {
        var path = Path.Combine(repository, DataFile);
        if (!File.Exists(path)) throw new BenchmarkFailureException($"{path} is missing: the serve benchmark reads our country page URLs from it");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.EnumerateArray().ToDictionary(
            c => c.GetProperty("alpha2").GetString()!.ToUpperInvariant(),
            c => c.GetProperty("slug").GetString()!,
            StringComparer.Ordinal);
    }
}
