using Briefing.Diagnostics;
using Briefing.FrontMatter;
using Briefing.Languages;
using Briefing.Loading;
using Briefing.Model;

namespace Briefing.Parsing;

/// <summary>Reads site.yml.</summary>
public static class SiteSettingsParser
{
    private static readonly string[] Keys = ["title", "base_url", "language", "description", "edit_url", "publisher", "require_author", "require_sources", "data_license", "list_length", "archive_page_size"];
    private static readonly string[] Policies = ["quotes", "events", "all"];

    /// <summary>Parses site.yml; returns null when it has errors (all of them reported).</summary>
    public static SiteSettings? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var map = YamlTreeReader.Read(file.Text, file.Path, 1, local);
        if (map is null) return FrontMatterFile.Finish<SiteSettings>(null, local, diagnostics);
        var f = new FieldReader(map, "site.yml", Keys, local);
        var title = f.Text("title", required: true);
        var baseUrl = f.Text("base_url", required: true);
        var language = f.Text("language") ?? "en";
        var description = f.Text("description");
        var editUrl = f.Text("edit_url");
        var publisher = f.Text("publisher");
        var requireAuthor = f.Bool("require_author");
        var policy = f.Choice("require_sources", Policies, DiagnosticCodes.BadRequireSources) is int p ? (SourcingPolicy)(p + 1) : SourcingPolicy.None;
        var license = DataLicenseOf(f, local);
        var listLength = Count(f, "list_length", local);
        var pageSize = Count(f, "archive_page_size", local);
        Uri? uri = null;
        if (baseUrl is not null && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https") || !baseUrl.EndsWith('/')))
        {
            local.Error(DiagnosticCodes.BadSiteSettings, f.AtKey("base_url"),
                $"base_url '{baseUrl}' must be an absolute http or https URL ending in '/', e.g. https://example.org/briefings/");
            uri = null;
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(language, "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"))
            local.Error(DiagnosticCodes.BadSiteSettings, f.AtKey("language"), $"language '{language}' must be a BCP 47 tag such as en or en-GB");
        else if (LanguageRegistry.Default.Read(language).Language is null)
            local.Warning(DiagnosticCodes.UnknownLanguage, f.AtKey("language"), LanguageRegistry.Default.UnknownMessage(language, "pages are marked left to right"));
        if (editUrl is not null && !(Uri.TryCreate(editUrl, UriKind.Absolute, out var edit) && edit.Scheme is "http" or "https"))
            local.Error(DiagnosticCodes.BadSiteSettings, f.AtKey("edit_url"), $"edit_url '{editUrl}' must be an absolute http or https URL");
        var settings = title is null || uri is null ? null : new SiteSettings(title, uri, language, description, editUrl, publisher)
        {
            RequireAuthor = requireAuthor, RequireSources = policy, DataLicense = license, ListLength = listLength, ArchivePageSize = pageSize,
        };
        return FrontMatterFile.Finish(settings, local, diagnostics);
    }

    // `data_license: CC-BY-4.0` (an SPDX id or any words), or a mapping with `name` and an optional `url` to link to.
    private static DataLicense? DataLicenseOf(FieldReader f, DiagnosticBag diagnostics)
    {
        if (f.Value("data_license") is not YamlMap map) return f.Text("data_license") is { } words ? new DataLicense(words, null) : null;
        var license = new FieldReader(map, "data_license", ["name", "url"], diagnostics);
        var name = license.Text("name", required: true);
        var url = license.Text("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
        {
            diagnostics.Error(DiagnosticCodes.BadDataLicense, license.AtKey("url"),
                $"data_license url '{url}' must be an absolute http or https URL, e.g. https://creativecommons.org/licenses/by/4.0/");
            return null;
        }

        return name is null ? null : new DataLicense(name, url);
    }

    // A page size: a whole number, small enough that a page stays one a reader can open.
    private static int? Count(FieldReader f, string key, DiagnosticBag diagnostics)
    {
        if (f.Scalar(key) is not { } scalar) return null;
        if (int.TryParse(scalar.Value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100_000)
            return n;
        diagnostics.Error(DiagnosticCodes.BadPageSize, scalar.At, $"{key} '{scalar.Value.Trim()}' must be a whole number from 1 to 100000, e.g. {key}: 100");
        return null;
    }
}
