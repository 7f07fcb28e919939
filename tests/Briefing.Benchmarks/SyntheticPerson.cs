namespace Briefing.Benchmarks;

/// <summary>One person of the pool: id (file name and Hugo term), name, country, role and a one-line bio.</summary>
public sealed record SyntheticPerson(string Id, string Name, SyntheticCountry Country, string Role, string Bio);
