using System.Text.Json;

namespace Briefing.Languages;

/// <summary>Reads the embedded language table (<c>languages.json</c>: ISO 639-1 and common ISO 639-3 codes, English names, right-to-left scripts).</summary>
internal static class LanguageDataReader
{
    /// <summary>Name of the embedded resource, as set in Briefing.csproj.</summary>
    public const string ResourceName = "Briefing.Languages.languages.json";

    /// <summary>The languages in file order and the ISO 15924 codes of the scripts written right to left.</summary>
    public static (IReadOnlyList<Language> Languages, IReadOnlyList<string> RightToLeftScripts) ReadEmbedded()
    {
        using var stream = typeof(LanguageDataReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource '{ResourceName}' is missing from the Briefing assembly");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var scripts = root.GetProperty("rtl_scripts").EnumerateArray().Select(s => s.GetString()!).ToArray();
        var languages = root.GetProperty("languages").EnumerateArray().Select(item => new Language(
            item.GetProperty("code").GetString()!,
            item.GetProperty("name").GetString()!,
            item.TryGetProperty("dir", out var dir) && dir.GetString() == "rtl")).ToArray();
        return (languages, scripts);
    }
}
