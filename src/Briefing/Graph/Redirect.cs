using Briefing.Diagnostics;

namespace Briefing.Graph;

/// <summary>
/// A page that moved: <see cref="From"/> (site-relative, where it was) now leads to <see cref="To"/> (its page's URL),
/// whose title is <see cref="Title"/>; <see cref="At"/> is where <c>moved_from</c> named it.
/// </summary>
public sealed record Redirect(string From, string To, string Title, SourceLocation At);
