namespace Briefing.Countries;

/// <summary>Where a name that resolves to a country comes from; decides which country wins a shared name.</summary>
internal enum CountryNameKind
{
    /// <summary>ISO 3166-1 alpha-2 or alpha-3 code.</summary>
    Code,

    /// <summary>The common English name, e.g. "Ivory Coast".</summary>
    CommonName,

    /// <summary>A name added by the site's own country file (<c>aliases:</c>).</summary>
    Alias,

    /// <summary>The official English name, e.g. "Republic of Côte d'Ivoire".</summary>
    OfficialName,

    /// <summary>Any other spelling from the dataset.</summary>
    AltName,
}
