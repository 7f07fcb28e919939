using Briefing.Countries;
using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Graph;

/// <summary>Resolves country references during linking and makes one node per country that appears.</summary>
internal sealed class CountryDirectory
{
    private readonly CountryRegistry _registry;
    private readonly Dictionary<string, CountryNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParsedCountryFile> _files = new(StringComparer.Ordinal);

    public CountryDirectory(IEnumerable<ParsedCountryFile> files, DiagnosticBag diagnostics)
    {
        var aliases = new List<KeyValuePair<string, Country>>();
        foreach (var file in files)
        {
            var country = CountryRegistry.Default.FindByAlpha2(file.Code);
            if (country is null || file.Code != country.Alpha2.ToLowerInvariant())
            {
                var hint = CountryRegistry.Default.Resolve(file.Code) is { } c ? $"; for {c.Name} name it countries/{c.Alpha2.ToLowerInvariant()}.md" : "";
                diagnostics.Error(DiagnosticCodes.UnknownCountry, SourceLocation.File(file.Path),
                    $"'{file.Code}' is not a lower-case ISO 3166-1 alpha-2 code{hint}");
                continue;
            }

            _files[country.Alpha2] = file;
            foreach (var alias in file.Aliases)
            {
                if (CountryRegistry.Default.Resolve(alias.Text) is { } other && other.Alpha2 != country.Alpha2)
                    diagnostics.Error(DiagnosticCodes.AmbiguousName, alias.At, $"alias '{alias.Text}' already names {other.Name}");
                else
                    aliases.Add(new(alias.Text, country));
            }
        }

        _registry = aliases.Count == 0 ? CountryRegistry.Default : CountryRegistry.Default.WithAliases(aliases);
        foreach (var code in _files.Keys) Node(_registry.FindByAlpha2(code)!);
    }

    /// <summary>Every country node made so far.</summary>
    public IEnumerable<CountryNode> All => _nodes.Values;

    /// <summary>The node for a reference, or null after reporting an unknown country with its closest matches.</summary>
    public CountryNode? Resolve(Reference reference, DiagnosticBag diagnostics)
    {
        if (_registry.Resolve(reference.Text) is { } country) return Node(country);
        // "countries: AZ, TR" is one value; when every part is a country, the author meant a list.
        var parts = reference.Text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 1 && parts.All(p => _registry.Resolve(p) is not null))
        {
            diagnostics.Error(DiagnosticCodes.UnknownCountry, reference.At,
                $"unknown country '{reference.Text}'; to list several countries, put them in brackets: [{string.Join(", ", parts)}]");
            return null;
        }

        var near = _registry.Suggest(reference.Text);
        var hint = near.Count switch
        {
            0 => "; use an ISO 3166-1 code such as AZ or an English name",
            1 => $"; did you mean '{near[0]}'?",
            _ => $"; did you mean {string.Join(" or ", near.Select(n => $"'{n}'"))}?",
        };
        diagnostics.Error(DiagnosticCodes.UnknownCountry, reference.At, $"unknown country '{reference.Text}'{hint}");
        return null;
    }

    private CountryNode Node(Country country)
    {
        if (_nodes.TryGetValue(country.Alpha2, out var node)) return node;
        _files.TryGetValue(country.Alpha2, out var file);
        return _nodes[country.Alpha2] = new CountryNode(country, file?.Body, file?.Path);
    }
}
