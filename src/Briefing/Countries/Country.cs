namespace Briefing.Countries;

/// <summary>One ISO 3166-1 country (or territory) as the generator knows it; <see cref="Slug"/> names its page URL.</summary>
public sealed record Country(
    string Alpha2,
    string Alpha3,
    string Name,
    string OfficialName,
    IReadOnlyList<string> AltNames,
    string? Demonym,
    string? Capital,
    string Region,
    string? Subregion,
    double Latitude,
    double Longitude,
    string Slug);
