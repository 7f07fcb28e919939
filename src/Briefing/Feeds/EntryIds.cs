using System.Globalization;
using Briefing.Graph;
using Briefing.Model;

namespace Briefing.Feeds;

/// <summary>
/// Feed entry ids: <c>tag:</c> URIs (RFC 4151) from the base URL's host, the briefing's date and its path, e.g.
/// <c>tag:example.org,2025-06-15:briefings/the-call</c>. Nothing an edit of the title, body or updates touches is in
/// them; changing the date, slug or base URL makes a new entry, as it makes a new page.
/// </summary>
public static class EntryIds
{
    /// <summary>The id of <paramref name="briefing"/>'s entry.</summary>
    public static string Briefing(SiteSettings settings, BriefingNode briefing) =>
        $"tag:{settings.BaseUrl.IdnHost.ToLowerInvariant()},{briefing.Source.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:"
        + settings.BasePath.TrimStart('/') + briefing.Url.TrimEnd('/');

    /// <summary>
    /// The id of an update note: the briefing's id, <c>/updates/</c> and the note's date; the second and later notes of
    /// one date (in the order written) add <c>/2</c>, <c>/3</c>. Editing a note's text keeps its id.
    /// </summary>
    public static string Update(SiteSettings settings, BriefingNode briefing, UpdateEntry update, int sameDateOrdinal) =>
        Briefing(settings, briefing) + "/updates/" + update.Date.Iso + (sameDateOrdinal > 1 ? "/" + sameDateOrdinal.ToString(CultureInfo.InvariantCulture) : "");
}
