using Briefing.Countries;

namespace Briefing.Tests.Countries;

public sealed class CountryRegistryTests
{
    private static readonly CountryRegistry Registry = CountryRegistry.Default;

    [Fact]
    public void Registry_holds_every_ISO_country_with_unique_codes_and_slugs()
    {
        var all = Registry.All;

        Assert.True(all.Count >= 249, $"only {all.Count} countries");
        Assert.Equal(all.Count, all.Select(c => c.Alpha2).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, all.Select(c => c.Alpha3).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, all.Select(c => c.Slug).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_is_sorted_by_name_in_ordinal_order()
    {
        var names = Registry.All.Select(c => c.Name).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void Every_slug_is_lower_case_ascii_words_joined_by_hyphens()
    {
        Assert.All(Registry.All, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c.Slug));
    }

    [Fact]
    public void Every_code_and_name_resolves_back_to_its_own_country()
    {
        Assert.All(Registry.All, c =>
        {
            Assert.Same(c, Registry.Resolve(c.Alpha2));
            Assert.Same(c, Registry.Resolve(c.Alpha3));
            Assert.Same(c, Registry.Resolve(c.Name));
            Assert.Same(c, Registry.FindByAlpha2(c.Alpha2));
        });
    }

    [Fact]
    public void Norway_code_NO_resolves_to_Norway()
    {
        Assert.Equal("Norway", Registry.Resolve("NO")?.Name);
    }

    [Theory]
    [InlineData("AZ")]
    [InlineData("aze")]
    [InlineData("Azerbaijan")]
    [InlineData("azerbaijan")]
    [InlineData("AZERBAIJAN")]
    [InlineData("  Azerbaijan\t")]
    [InlineData("Republic of Azerbaijan")]
    public void Azerbaijan_resolves_by_code_and_name_in_any_case(string reference)
    {
        Assert.Equal("AZ", Registry.Resolve(reference)?.Alpha2);
    }

    [Theory]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkiye", "TR")]
    [InlineData("TÜRKIYE", "TR")]
    [InlineData("Turkey", "TR")]
    [InlineData("Republic of Türkiye", "TR")]
    [InlineData("Iran", "IR")]
    [InlineData("Islamic Republic of Iran", "IR")]
    [InlineData("Israel", "IL")]
    [InlineData("Russia", "RU")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Ukraine", "UA")]
    [InlineData("United States", "US")]
    [InlineData("United States of America", "US")]
    [InlineData("USA", "US")]
    [InlineData("US", "US")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("Czechia", "CZ")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Pakistan", "PK")]
    [InlineData("India", "IN")]
    [InlineData("Saudi Arabia", "SA")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Côte d’Ivoire", "CI")]
    [InlineData("South Korea", "KR")]
    [InlineData("North Korea", "KP")]
    [InlineData("Palestine", "PS")]
    [InlineData("State of Palestine", "PS")]
    public void Names_used_in_the_news_resolve_to_their_country(string reference, string alpha2)
    {
        Assert.Equal(alpha2, Registry.Resolve(reference)?.Alpha2);
    }

    [Theory]
    [InlineData("Curacao", "CW")]
    [InlineData("REUNION", "RE")]
    [InlineData("Sao Tome and Principe", "ST")]
    [InlineData("aland islands", "AX")]
    [InlineData("Bouvetoya", "BV")]
    public void Diacritics_are_ignored_when_resolving(string reference, string alpha2)
    {
        Assert.Equal(alpha2, Registry.Resolve(reference)?.Alpha2);
    }

    [Fact]
    public void A_leading_article_is_ignored()
    {
        Assert.Equal("GM", Registry.Resolve("the Gambia")?.Alpha2);
    }

    [Fact]
    public void Turkiye_is_listed_under_its_dataset_name_with_a_matching_slug()
    {
        var turkey = Registry.FindByAlpha2("tr");

        Assert.NotNull(turkey);
        Assert.Equal("Türkiye", turkey.Name);
        Assert.Equal("turkiye", turkey.Slug);
        Assert.Equal("TUR", turkey.Alpha3);
        Assert.Equal("Ankara", turkey.Capital);
        Assert.Equal("Turkish", turkey.Demonym);
    }

    [Theory]
    [InlineData("US", "united-states")]
    [InlineData("CI", "ivory-coast")]
    [InlineData("AZ", "azerbaijan")]
    [InlineData("CC", "cocos-keeling-islands")]
    [InlineData("SH", "saint-helena-ascension-and-tristan-da-cunha")]
    public void Slugs_are_made_from_the_common_name(string alpha2, string slug)
    {
        Assert.Equal(slug, Registry.FindByAlpha2(alpha2)?.Slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Azerbajan")]
    [InlineData("Narnia")]
    [InlineData("XX")]
    public void Unknown_references_resolve_to_nothing(string reference)
    {
        Assert.Null(Registry.Resolve(reference));
    }

    [Fact]
    public void FindByAlpha2_ignores_case_and_does_not_accept_names()
    {
        Assert.Equal("Norway", Registry.FindByAlpha2("no")?.Name);
        Assert.Null(Registry.FindByAlpha2("NOR"));
        Assert.Null(Registry.FindByAlpha2("Norway"));
    }

    [Fact]
    public void Azerbajan_suggests_Azerbaijan_first()
    {
        var suggestions = Registry.Suggest("Azerbajan");

        Assert.NotEmpty(suggestions);
        Assert.Equal("Azerbaijan", suggestions[0]);
    }

    [Fact]
    public void Suggestions_name_each_country_once_and_respect_the_maximum()
    {
        var suggestions = Registry.Suggest("Turky", max: 5);

        Assert.Equal("Turkey", suggestions[0]);
        Assert.Equal(suggestions.Count, suggestions.Select(s => Registry.Resolve(s)!.Alpha2).Distinct().Count());
        Assert.Single(Registry.Suggest("Turky", max: 1));
    }

    [Fact]
    public void A_name_written_in_part_suggests_the_countries_it_is_part_of()
    {
        Assert.Equal(["North Korea", "South Korea"], Registry.Suggest("Korea").Take(2));
        Assert.Equal("Bosnia and Herzegovina", Registry.Suggest("bosnia")[0]);
    }

    [Fact]
    public void Suggestions_are_deterministic()
    {
        Assert.Equal(Registry.Suggest("Nigerai", 5), Registry.Suggest("Nigerai", 5));
    }

    [Theory]
    [InlineData("Qwertyuiop")]
    [InlineData("ZZ")]
    [InlineData("")]
    public void Nonsense_suggests_nothing(string reference)
    {
        Assert.Empty(Registry.Suggest(reference));
    }

    [Fact]
    public void Lookups_from_many_threads_agree()
    {
        var results = new string?[1000];

        Parallel.For(0, results.Length, i => results[i] = Registry.Resolve(i % 2 == 0 ? "Türkiye" : "turkey")?.Alpha2);

        Assert.All(results, r => Assert.Equal("TR", r));
    }

    [Fact]
    public void WithAliases_adds_names_and_leaves_the_default_registry_untouched()
    {
        var azerbaijan = Registry.FindByAlpha2("AZ")!;

        var extended = Registry.WithAliases([new("Azeri Republic", azerbaijan)]);

        Assert.Same(azerbaijan, extended.Resolve("azeri republic"));
        Assert.Same(azerbaijan, extended.Resolve("Azerbaijan"));
        Assert.Null(Registry.Resolve("Azeri Republic"));
        Assert.Null(CountryRegistry.Default.Resolve("Azeri Republic"));
        Assert.Same(Registry.All, extended.All);
    }

    [Fact]
    public void An_alias_never_takes_another_countrys_code_or_common_name()
    {
        var azerbaijan = Registry.FindByAlpha2("AZ")!;

        var extended = Registry.WithAliases([new("Norway", azerbaijan), new("NO", azerbaijan)]);

        Assert.Equal("NO", extended.Resolve("Norway")?.Alpha2);
        Assert.Equal("NO", extended.Resolve("NO")?.Alpha2);
    }

    [Fact]
    public void An_alias_claimed_by_two_countries_is_ambiguous_and_resolves_to_nothing()
    {
        var extended = Registry.WithAliases(
        [
            new("Korea", Registry.FindByAlpha2("KR")!),
            new("Korea", Registry.FindByAlpha2("KP")!),
        ]);

        Assert.Null(extended.Resolve("Korea"));
    }

    [Fact]
    public void An_alias_for_a_country_from_elsewhere_is_matched_by_code()
    {
        var copy = Registry.FindByAlpha2("AZ")! with { };

        var extended = Registry.WithAliases([new("Land of Fire", copy)]);

        Assert.Same(Registry.FindByAlpha2("AZ"), extended.Resolve("Land of Fire"));
    }
}
