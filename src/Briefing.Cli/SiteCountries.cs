using Briefing.Countries;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Parsing;

namespace Briefing.Cli;

/// <summary>The country names a site's references resolve to: every ISO 3166-1 country, plus the <c>aliases:</c> of its <c>countries/*.md</c> files.</summary>
public static class SiteCountries
{
    /// <summary>
    /// The registry a build of <paramref name="inputFolder"/> resolves countries with. A country file the build
    /// would reject (not a lower-case code, or not parsing) adds nothing, nor does an alias that names another country.
    /// </summary>
    public static CountryRegistry Registry(string inputFolder)
    {
        var folder = Path.Combine(inputFolder, "countries");
        if (!Directory.Exists(folder)) return CountryRegistry.Default;

        var aliases = new List<KeyValuePair<string, Country>>();
        var ignored = new DiagnosticBag(); // the build reports these; a new file only needs the names that work
        foreach (var file in FolderReader.Read(folder).Where(f => !f.Path.Contains('/') && f.Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            var code = Path.GetFileNameWithoutExtension(file.Path);
            if (CountryRegistry.Default.FindByAlpha2(code) is not { } country || code != country.Alpha2.ToLowerInvariant()) continue;
            if (TextDecoder.Decode(file.WithPath("countries/" + file.Path), ignored) is not { } source || CountryFileParser.Parse(source, ignored) is not { } parsed) continue;
            foreach (var alias in parsed.Aliases)
                if (CountryRegistry.Default.Resolve(alias.Text) is not { } other || other.Alpha2 == country.Alpha2)
                    aliases.Add(new(alias.Text, country));
        }

        return aliases.Count == 0 ? CountryRegistry.Default : CountryRegistry.Default.WithAliases(aliases);
    }
}
