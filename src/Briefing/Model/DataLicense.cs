namespace Briefing.Model;

/// <summary>The licence of the site's open data (site.yml <c>data_license</c>, version 3): an SPDX id or any words, and where to read it.</summary>
public sealed record DataLicense(string Name, string? Url);
