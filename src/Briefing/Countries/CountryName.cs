namespace Briefing.Countries;

/// <summary>A folded name's entry in the registry: its display form and its country, or no country when ambiguous.</summary>
internal readonly record struct CountryName(string Display, Country? Country, CountryNameKind Kind)
{
    /// <summary>Lower wins: codes and common names are identifiers, authored aliases are deliberate, the rest is dataset colour.</summary>
    public int Rank => Kind switch
    {
        CountryNameKind.Code or CountryNameKind.CommonName => 0,
        CountryNameKind.Alias => 1,
        CountryNameKind.OfficialName => 2,
        _ => 3,
    };
}
