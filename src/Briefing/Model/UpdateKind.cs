namespace Briefing.Model;

/// <summary>What an <see cref="UpdateEntry"/> records: news added later, or a mistake put right.</summary>
public enum UpdateKind
{
    /// <summary>Something learned or changed after publication (the default).</summary>
    Update,

    /// <summary>Something the briefing got wrong; shown above the body and listed on the corrections page.</summary>
    Correction,
}
