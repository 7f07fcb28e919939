namespace Briefing.Model;

/// <summary>Which entries site.yml's <c>require_sources</c> demands a <c>source</c> of.</summary>
public enum SourcingPolicy
{
    /// <summary>None: a missing source is only a warning from <c>briefing check</c>.</summary>
    None,

    /// <summary>Every quote.</summary>
    Quotes,

    /// <summary>Every event.</summary>
    Events,

    /// <summary>Every quote and every event.</summary>
    All,
}
