namespace Briefing.Model;

/// <summary>The settings from site.yml.</summary>
public sealed record SiteSettings(string Title, Uri BaseUrl, string Language, string? Description, string? EditUrl)
{
    /// <summary>The path part of the base URL, always starting and ending with '/'; links are built on it.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";
}
