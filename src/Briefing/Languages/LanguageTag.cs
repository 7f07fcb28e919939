namespace Briefing.Languages;

/// <summary>
/// A BCP 47 tag as an author wrote it, read against the language table: the language its primary subtag names
/// (null when unknown) and the direction of its text (a script subtag, as in <c>ar-Latn</c>, decides over the language).
/// </summary>
public sealed record LanguageTag(string Written, Language? Language, bool RightToLeft)
{
    /// <summary>The language's English name, or the tag as written when the language is unknown.</summary>
    public string Name => Language?.Name ?? Written;

    /// <summary>The value of an HTML <c>dir</c> attribute: <c>rtl</c> or <c>ltr</c>.</summary>
    public string Direction => RightToLeft ? "rtl" : "ltr";
}
