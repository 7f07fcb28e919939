namespace Briefing.Graph;

/// <summary>What the link stage does with a briefing dated after the build day.</summary>
public enum FutureBriefings
{
    /// <summary>Left out like a draft: no page, in no list, feed or sitemap (a build without <c>--future</c>).</summary>
    LeftOut,

    /// <summary>Published like any other (<c>--future</c>).</summary>
    Published,

    /// <summary>Published, its page marked as scheduled (the preview server).</summary>
    Marked,
}
