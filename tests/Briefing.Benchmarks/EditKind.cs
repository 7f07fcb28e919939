namespace Briefing.Benchmarks;

/// <summary>What an edit of the serve benchmark changes in a briefing's front matter (every kind also marks its title).</summary>
public enum EditKind
{
    /// <summary>Only the title: the briefing's page and the pages that list it change, nothing moves.</summary>
    Title,

    /// <summary>A country put first in its list: the briefing joins another country's page.</summary>
    Countries,

    /// <summary>A later date: the briefing moves within every list sorted by date.</summary>
    Date,
}
