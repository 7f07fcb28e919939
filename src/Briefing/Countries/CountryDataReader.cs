using System.Text.Json;

namespace Briefing.Countries;

/// <summary>Reads the embedded country list written by <c>tools/countries/convert.mjs</c>.</summary>
internal static class CountryDataReader
{
    /// <summary>Name of the embedded resource, as set in Briefing.csproj.</summary>
    public const string ResourceName = "Briefing.Countries.countries.json";

    /// <summary>Every country in the embedded list, in file order.</summary>
    public static IReadOnlyList<Country> ReadEmbedded()
    {
        using var stream = typeof(CountryDataReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from the Briefing assembly");
        return Read(stream);
    }

    /// <summary>Every country in a JSON array shaped like the embedded list.</summary>
    public static IReadOnlyList<Country> Read(Stream json)
    {
        // JsonDocument rather than the serializer: no reflection, and the format is ours and flat.
        using var document = JsonDocument.Parse(json);
        var countries = new List<Country>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            countries.Add(new Country(
                Alpha2: item.GetProperty("alpha2").GetString()!,
                Alpha3: item.GetProperty("alpha3").GetString()!,
                Name: item.GetProperty("name").GetString()!,
                OfficialName: item.GetProperty("official").GetString()!,
                AltNames: item.GetProperty("alt").EnumerateArray().Select(a => a.GetString()!).ToArray().AsReadOnly(),
                Demonym: item.GetProperty("demonym").GetString(),
                Capital: item.GetProperty("capital").GetString(),
                Region: item.GetProperty("region").GetString()!,
                Subregion: item.GetProperty("subregion").GetString(),
                Latitude: item.GetProperty("lat").GetDouble(),
                Longitude: item.GetProperty("lng").GetDouble(),
                Slug: item.GetProperty("slug").GetString()!));
        }

        return countries;
    }
}
