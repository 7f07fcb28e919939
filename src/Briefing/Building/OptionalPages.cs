using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Rendering;

namespace Briefing.Building;

/// <summary>
/// The theme's optional page kinds (<see cref="Theme.OptionalPageKinds"/>) against what the site needs: a theme made
/// before a kind existed builds as it did, and a site that needs a page the theme has not is told what to copy.
/// </summary>
public static class OptionalPages
{
    private const string Export = "from `briefing theme export DIR`";

    /// <summary>Whether search pages are made (asked for and the theme has one); an error when the site cannot be drawn.</summary>
    public static bool Check(Theme theme, SiteGraph graph, bool searchAsked, DiagnosticBag diagnostics)
    {
        var search = searchAsked && theme.Pages.ContainsKey("search");
        if (searchAsked && !search)
            diagnostics.Warning(DiagnosticCodes.SearchUnavailable, SourceLocation.File("theme/pages/search.html"),
                $"the site is built without search: the theme has no pages/search.html; copy it (and the search field of layouts/base.html) {Export}");
        if (graph.Redirects.Count > 0 && !theme.Pages.ContainsKey("redirect"))
            diagnostics.Error(DiagnosticCodes.MovedFromClash, graph.Redirects[0].At,
                $"moved_from needs the theme's pages/redirect.html, which this theme has not; copy it {Export}");
        else if (graph.Authors.Count > 0 && !theme.Pages.ContainsKey("author"))
            diagnostics.Error(DiagnosticCodes.AuthorPageUnavailable, SourceLocation.File(graph.Authors[0].File.Path),
                $"author files need the theme's pages/author.html, which this theme has not; copy it (and the byline of pages/briefing.html) {Export}");
        if (graph.Organisations.Count > 0 && (!theme.Pages.ContainsKey("organisation") || !theme.Pages.ContainsKey("organisations")))
            diagnostics.Error(DiagnosticCodes.OrganisationPageUnavailable,
                graph.Organisations.FirstOrDefault(o => o.File is not null)?.File!.Path is { } path ? SourceLocation.File(path) : SourceLocation.File("theme/pages/organisation.html"),
                $"the site names organisations, and the theme has no pages/organisation.html and pages/organisations.html for them; copy both {Export}");
        if (!theme.Pages.ContainsKey("data"))
            diagnostics.Warning(DiagnosticCodes.DataPageUnavailable, SourceLocation.File("theme/pages/data.html"),
                $"the files under /data/ are made without the page that documents them and their licence: the theme has no pages/data.html; copy it (and the footer link of layouts/base.html) {Export}");
        return search;
    }
}
