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

    /// <summary>The English names of a country that prose can mention it by: the registry's and its file's aliases, never its codes.</summary>
    public IEnumerable<string> ProseNames(CountryNode node)
    {
        var c = node.Country;
        var aliases = _files.TryGetValue(c.Alpha2, out var file) ? file.Aliases.Select(a => a.Text) : [];
        return aliases.Prepend(c.OfficialName).Prepend(c.Name).Concat(c.AltNames).Where(n => n != c.Alpha2 && n != c.Alpha3).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The node for a reference, or null after reporting an unknown country with its closest matches.</summary>
    public CountryNode? Resolve(Reference reference, DiagnosticBag diagnostics)
    {
        if (_registry.Resolve(reference.Text) is { } country) return Node(country);
        diagnostics.Error(DiagnosticCodes.UnknownCountry, reference.At, _registry.UnknownMessage(reference.Text));
        return null;
    }

    private CountryNode Node(Country country)
    {
        if (_nodes.TryGetValue(country.Alpha2, out var node)) return node;
        _files.TryGetValue(country.Alpha2, out var file);
        return _nodes[country.Alpha2] = new CountryNode(country, file?.Body, file?.Path);
    }
}
