using Briefing.Model;

namespace Briefing.Feeds;

/// <summary>
/// When a briefing last changed, as feeds and the sitemap say it: the latest of its date and its updates' dates. An
/// update dated only to the month or year counts from its first day, and never before the briefing's own date.
/// Never the build time, so building again changes nothing.
/// </summary>
public static class ChangeDates
{
    /// <summary>The day <paramref name="briefing"/> last changed.</summary>
    public static DateOnly LastChange(ParsedBriefing briefing)
    {
        var last = briefing.Date;
        foreach (var update in briefing.Updates) last = Later(last, Of(update, briefing));
        return last;
    }

    /// <summary>The day of <paramref name="update"/> to <paramref name="briefing"/>.</summary>
    public static DateOnly Of(UpdateEntry update, ParsedBriefing briefing) => Later(briefing.Date, update.Date.FirstDay);

    /// <summary>The later of two days.</summary>
    public static DateOnly Later(DateOnly a, DateOnly b) => a >= b ? a : b;
}
