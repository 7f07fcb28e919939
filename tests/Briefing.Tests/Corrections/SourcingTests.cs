using Briefing.Building;
using Briefing.Tests.Support;

namespace Briefing.Tests.Corrections;

/// <summary>site.yml's <c>require_sources</c>, and the warnings <c>briefing check</c> gives for unsourced quotes and events.</summary>
public sealed class SourcingTests
{
    private static string Site(string policy) => $$"""
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/
        {{policy}}
        -- briefings/a.md --
        ---
        title: Talks in Baku
        date: 2025-06-10
        countries: [AZ]
        sources:
          - name: Reuters
        events:
          - date: 2025-06-09
            title: Talks open
          - date: 2025-06-10
            title: Talks close
            source: Reuters
        quotes:
          - by: Jane Roe
            text: We will meet again.
          - by: Jane Roe
            text: Peace is near.
            source: Reuters
        ---
        Body.
        -- people/jane-roe.md --
        ---
        name: Jane Roe
        ---
        """;

    private const string QuoteError = "briefings/a.md(14,5): error BRF043: quote has no 'source', and site.yml's require_sources asks for one; add 'source:' with the name of one of the briefing's 'sources'";
    private const string EventError = "briefings/a.md(8,5): error BRF043: event 'Talks open' has no 'source', and site.yml's require_sources asks for one; add 'source:' with the name of one of the briefing's 'sources'";

    [Fact]
    public void By_default_a_build_says_nothing_about_missing_sources()
    {
        TestSite.Build(Site("")).Clean();
    }

    [Fact]
    public void The_check_command_warns_about_every_quote_and_event_without_a_source()
    {
        var site = TestSite.Build(Site(""), new BuildOptions { SourcingWarnings = true });
        Assert.True(site.Result.Succeeded);
        Assert.Equal([
            "briefings/a.md(8,5): warning BRF043: event 'Talks open' has no 'source'; add 'source:' with the name of one of the briefing's 'sources'",
            "briefings/a.md(14,5): warning BRF043: quote has no 'source'; add 'source:' with the name of one of the briefing's 'sources'",
        ], site.Diagnostics);
    }

    [Theory]
    [InlineData("quotes", new[] { QuoteError })]
    [InlineData("events", new[] { EventError })]
    [InlineData("all", new[] { EventError, QuoteError })]
    public void Require_sources_makes_each_unsourced_entry_of_its_kind_an_error(string policy, string[] expected)
    {
        TestSite.Build(Site($"require_sources: {policy}")).FailsWith(expected);
    }

    [Fact]
    public void Under_a_policy_the_check_command_still_warns_about_the_other_kind()
    {
        var site = TestSite.Build(Site("require_sources: quotes"), new BuildOptions { SourcingWarnings = true });
        Assert.Equal([
            "briefings/a.md(8,5): warning BRF043: event 'Talks open' has no 'source'; add 'source:' with the name of one of the briefing's 'sources'",
            QuoteError,
        ], site.Diagnostics);
    }

    [Fact]
    public void A_require_sources_that_is_not_one_of_the_words_is_an_error()
    {
        TestSite.Build(Site("require_sources: quote")).FailsWith(
            "site.yml(3,18): error BRF044: site.yml 'require_sources' must be one of quotes, events, all, not 'quote'; did you mean 'quotes'?");
    }
}
