using System.Collections.Frozen;
using Briefing.Text;

namespace Briefing.Languages;

/// <summary>
/// The embedded language table, looked up by BCP 47 tag: the English name for a quote's "Original (Persian)" label
/// and the direction of the text (InvariantGlobalization is on, so .NET's culture data is not there to ask).
/// </summary>
public sealed class LanguageRegistry
{
    private static readonly Lazy<LanguageRegistry> LazyDefault = new(() =>
    {
        var (languages, scripts) = LanguageDataReader.ReadEmbedded();
        return new LanguageRegistry(languages, scripts);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Language> _byCode;
    private readonly FrozenSet<string> _rightToLeftScripts;

    private LanguageRegistry(IReadOnlyList<Language> languages, IReadOnlyList<string> rightToLeftScripts)
    {
        All = languages;
        _byCode = languages.ToFrozenDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
        _rightToLeftScripts = rightToLeftScripts.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The registry built from the embedded table, loaded on first use.</summary>
    public static LanguageRegistry Default => LazyDefault.Value;

    /// <summary>Every language in the table, in file order (the two-letter codes, then the three-letter ones).</summary>
    public IReadOnlyList<Language> All { get; }

    /// <summary>
    /// Reads <paramref name="tag"/> (<c>fa</c>, <c>fa-IR</c>, <c>ar-Latn</c>; any case): the language of its primary subtag
    /// and its direction, which a four-letter script subtag decides when there is one, else the language's usual script.
    /// </summary>
    public LanguageTag Read(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var subtags = tag.Trim().Split('-');
        var language = _byCode.GetValueOrDefault(subtags[0]);
        // The script subtag, if any, is the first four-letter subtag after the language and its extended subtags.
        var script = subtags.Skip(1).FirstOrDefault(s => s.Length == 4 && s.All(char.IsAsciiLetter));
        var rtl = script is not null ? _rightToLeftScripts.Contains(script) : language?.RightToLeft ?? false;
        return new LanguageTag(tag, language, rtl);
    }

    /// <summary>
    /// The warning text for a tag whose language is not in the table, saying what follows (<paramref name="consequence"/>)
    /// and naming up to three close codes with their names (a language's English name written for its code finds that code).
    /// </summary>
    public string UnknownMessage(string tag, string consequence)
    {
        var primary = tag.Trim().Split('-')[0];
        var near = new List<string>();
        // A code has two or three letters, so a longer word is likely a name written for one ("Persian").
        if (primary.Length > 3) near.AddRange(ClosestMatch.Find(primary, All.Select(l => l.Name), 3).Select(CodeOf));
        // The name itself, written out, wants its code alone.
        if (near.Count > 0 && ClosestMatch.Distance(primary, _byCode[near[0]].Name) == 0) near.RemoveRange(1, near.Count - 1);
        else near.AddRange(ClosestMatch.Find(primary, All.Select(l => l.Code), 3));
        var hints = near.Distinct(StringComparer.Ordinal).Take(3).Select(c => $"'{c}' ({_byCode[c].Name})").ToList();
        var hint = hints.Count > 0 ? $"; did you mean {string.Join(", ", hints)}?" : "; write an ISO 639 code such as 'fa' or 'fa-IR'";
        return $"unknown language '{tag}': {consequence}{hint}";
    }

    private string CodeOf(string name) => All.First(l => string.Equals(l.Name, name, StringComparison.Ordinal)).Code;
}
