using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>
/// One entry of a person file's <c>roles:</c> as written (version 2): an office, where it is held (an organisation or a
/// country, at most one), and when; no <see cref="To"/> means it is held now.
/// </summary>
public sealed record RoleEntry(
    string Title,
    Reference? Organisation,
    Reference? Country,
    PartialDate? From,
    PartialDate? To,
    SourceLocation At);
