using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>
/// One dated list of a page that may be archived: its items in the order the page shows them (newest first), each
/// item's date, how many the page itself shows (<paramref name="Latest"/>), and how its items are drawn:
/// <paramref name="Name"/> is the member a template reads (<c>events</c>), <paramref name="Heading"/> what readers read,
/// <paramref name="Kind"/> the kind of item (<c>briefings</c>, <c>events</c> or <c>quotes</c>), <paramref name="View"/> an item's view;
/// <paramref name="IsIndex"/> for the site's own index of such items (the timeline, the quote index), whose items do not link to it.
/// </summary>
public sealed record ArchiveList(string Name, string Heading, string Kind, IReadOnlyList<object> Items, Func<object, PartialDate> DateOf, int Latest,
    Func<object, View> View, bool IsIndex = false)
{
    /// <summary>What the list page itself shows: the latest <see cref="Latest"/> when <paramref name="archive"/> is split, else every item.</summary>
    public IEnumerable<object> Shown(Archive archive) => archive.Split ? Items.Take(Latest) : Items;
}
