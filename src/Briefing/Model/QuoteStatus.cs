namespace Briefing.Model;

/// <summary>What is known to be wrong with a quote, if anything; shown wherever the quote is.</summary>
public enum QuoteStatus
{
    /// <summary>Nothing: the quote stands.</summary>
    None,

    /// <summary>Whether it was said (or said so) is contested.</summary>
    Disputed,

    /// <summary>Someone else said it; it is left out of the named speaker's quotes.</summary>
    Misattributed,

    /// <summary>The source that reported it has withdrawn it.</summary>
    Retracted,
}
