using System.Collections.Frozen;
using Briefing.Text;

namespace Briefing.Countries;

/// <summary>Every ISO 3166-1 country, resolvable by code or English name; immutable, so safe to share between threads.</summary>
public sealed class CountryRegistry
{
    private static readonly Lazy<CountryRegistry> LazyDefault =
        new(() => Create(CountryDataReader.ReadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    // Keyed by folded name; an entry whose Country is null is a name two countries share.
    private readonly FrozenDictionary<string, CountryName> _names;
    private readonly FrozenDictionary<string, Country> _byAlpha2;

    private CountryRegistry(IReadOnlyList<Country> all, FrozenDictionary<string, Country> byAlpha2, FrozenDictionary<string, CountryName> names)
    {
        All = all;
        _byAlpha2 = byAlpha2;
        _names = names;
    }

    /// <summary>The registry built from the generator's embedded country list, loaded on first use.</summary>
    public static CountryRegistry Default => LazyDefault.Value;

    /// <summary>Every country, sorted by common name (ordinal).</summary>
    public IReadOnlyList<Country> All { get; }

    /// <summary>The country a reference names (code, common, official or other name, ignoring case and diacritics), or null if none or ambiguous.</summary>
    public Country? Resolve(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var key = TextFolding.Fold(reference);
        if (_names.TryGetValue(key, out var name)) return name.Country;

        // English puts an article before some names ("the Gambia", "the Netherlands").
        return key.StartsWith("the ", StringComparison.Ordinal) && _names.TryGetValue(key[4..], out name) ? name.Country : null;
    }

    /// <summary>The country with this ISO 3166-1 alpha-2 code (any case), or null.</summary>
    public Country? FindByAlpha2(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byAlpha2.GetValueOrDefault(code.Trim());
    }

    /// <summary>Up to <paramref name="max"/> names close to an unresolved reference, closest first, at most one per country; empty if none is close.</summary>
    public IReadOnlyList<string> Suggest(string reference, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (max <= 0) return [];

        // Codes are left out: every two-letter typo is within reach of dozens of them.
        var candidates = _names.Where(n => n.Value.Country is not null && n.Value.Kind != CountryNameKind.Code).ToList();
        var byDisplay = candidates.ToDictionary(n => n.Value.Display, n => n.Value, StringComparer.Ordinal);
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var display in ClosestMatch.Find(reference, byDisplay.Keys, int.MaxValue))
            distances[display] = ClosestMatch.Distance(reference, display);

        // A name written in part ("Korea", "Bosnia") is far from the whole by edit distance
        // but plainly meant, so it counts as one edit away.
        var folded = TextFolding.Fold(reference);
        if (folded.Length >= 3)
        {
            foreach (var (key, name) in candidates)
            {
                if ((" " + key + " ").Contains(" " + folded + " ", StringComparison.Ordinal))
                    distances[name.Display] = Math.Min(distances.GetValueOrDefault(name.Display, int.MaxValue), 1);
            }
        }

        // Ties go to common names, so "North Korea" is offered rather than its official name.
        return distances
            .Select(d => (Name: byDisplay[d.Key], Distance: d.Value))
            .OrderBy(m => m.Distance)
            .ThenBy(m => m.Name.Rank)
            .ThenBy(m => m.Name.Display, StringComparer.Ordinal)
            .DistinctBy(m => m.Name.Country!.Alpha2, StringComparer.Ordinal)
            .Take(max)
            .Select(m => m.Name.Display)
            .ToList();
    }

    /// <summary>The message for a reference that resolves to nothing: <c>unknown country 'Azerbajan'; did you mean 'Azerbaijan'?</c>, or a hint when nothing is close.</summary>
    public string UnknownMessage(string reference)
    {
        // "countries: AZ, TR" is one value; when every part is a country, the author meant a list.
        var parts = reference.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 1 && parts.All(p => Resolve(p) is not null))
            return $"unknown country '{reference}'; to list several countries, put them in brackets: [{string.Join(", ", parts)}]";
        var near = Suggest(reference);
        var hint = near.Count switch
        {
            0 => "; use an ISO 3166-1 code such as AZ or an English name",
            1 => $"; did you mean '{near[0]}'?",
            _ => $"; did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?",
        };
        return $"unknown country '{reference}'{hint}";
    }

    /// <summary>
    /// A new registry in which these extra names also resolve (from <c>aliases:</c> in country files). An alias
    /// outranks official and other dataset names but never another country's code or common name; resolve
    /// each alias first to report such conflicts. This registry is left unchanged.
    /// </summary>
    public CountryRegistry WithAliases(IEnumerable<KeyValuePair<string, Country>> aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        var names = _names.ToDictionary(StringComparer.Ordinal);
        foreach (var (alias, country) in aliases)
        {
            var own = FindByAlpha2(country.Alpha2)
                ?? throw new ArgumentException($"alias '{alias}' names country '{country.Alpha2}', which is not in this registry", nameof(aliases));
            Add(names, alias, own, CountryNameKind.Alias);
        }

        return new CountryRegistry(All, _byAlpha2, names.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static CountryRegistry Create(IReadOnlyList<Country> countries)
    {
        var names = new Dictionary<string, CountryName>(StringComparer.Ordinal);
        // Countries are added in alpha-2 order so the display form kept for a name never depends on file order.
        foreach (var country in countries.OrderBy(c => c.Alpha2, StringComparer.Ordinal))
        {
            Add(names, country.Alpha2, country, CountryNameKind.Code);
            Add(names, country.Alpha3, country, CountryNameKind.Code);
            Add(names, country.Name, country, CountryNameKind.CommonName);
            Add(names, country.OfficialName, country, CountryNameKind.OfficialName);
            foreach (var alt in country.AltNames) Add(names, alt, country, CountryNameKind.AltName);
        }

        var all = countries.OrderBy(c => c.Name, StringComparer.Ordinal).ToArray().AsReadOnly();
        var byAlpha2 = countries.ToFrozenDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);
        return new CountryRegistry(all, byAlpha2, names.ToFrozenDictionary(StringComparer.Ordinal));
    }

    // Two countries may share a name. The better-ranked source wins (codes and common names, then
    // authored aliases, then official names, then other spellings); between two sources of equal
    // rank the name is ambiguous, so it resolves to nothing rather than to an arbitrary country,
    // and an unknown-country error asks the author to be specific.
    private static void Add(Dictionary<string, CountryName> names, string name, Country country, CountryNameKind kind)
    {
        var key = TextFolding.Fold(name);
        if (key.Length == 0) return;

        var candidate = new CountryName(name.Trim(), country, kind);
        if (!names.TryGetValue(key, out var existing) || candidate.Rank < existing.Rank)
            names[key] = candidate;
        else if (candidate.Rank == existing.Rank && existing.Country is not null && existing.Country.Alpha2 != country.Alpha2)
            names[key] = existing with { Country = null };
    }
}
