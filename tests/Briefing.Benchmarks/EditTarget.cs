namespace Briefing.Benchmarks;

/// <summary>
/// One briefing to edit, named as both sites name it: ours is <c>briefings/&lt;year&gt;/&lt;date&gt;-&lt;slug&gt;.md</c>
/// under the input folder, Hugo's <c>content/briefings/&lt;year&gt;/&lt;slug&gt;.md</c> (as the corpus writers lay them out),
/// and both serve it at <c>/briefings/&lt;slug&gt;/</c>.
/// </summary>
public sealed record EditTarget(string OursPath, string HugoPath, string Slug)
{
    /// <summary>The target for <paramref name="oursPath"/>, relative to our input folder with <c>/</c> separators.</summary>
    public static EditTarget From(string oursPath)
    {
        var folder = oursPath[..Math.Max(0, oursPath.LastIndexOf('/'))];
        var name = Path.GetFileNameWithoutExtension(oursPath);
        var slug = name.Length > 11 && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", out _) && name[10] == '-' ? name[11..] : name;
        return new EditTarget(oursPath, $"content/{folder}/{slug}.md", slug);
    }

    /// <summary>The briefing's page, the same path on both servers.</summary>
    public string PagePath => $"/briefings/{Slug}/";
}
