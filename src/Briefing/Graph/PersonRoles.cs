using Briefing.Diagnostics;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Graph;

/// <summary>
/// Links a person file's roles: resolves each one's place, refuses two tenures of one office that overlap, and marks
/// which ended offices are former ones.
/// </summary>
internal static class PersonRoles
{
    /// <summary>Sets <paramref name="person"/>'s roles and current role from its file.</summary>
    public static void Link(PersonNode person, CountryDirectory countries, Actors actors, DiagnosticBag diagnostics)
    {
        if (person.File is not { } file) return;
        var roles = new List<RoleNode>(file.Roles.Count);
        foreach (var entry in file.Roles)
        {
            var country = entry.Country is { } c ? countries.Resolve(c, diagnostics) : null;
            var organisation = entry.Organisation is { } o ? actors.Organisation(o, diagnostics) : null;
            if (organisation is not null && !organisation.PeopleList.Contains(person)) organisation.PeopleList.Add(person);
            roles.Add(new RoleNode(entry.Title, entry, country, organisation));
        }

        CheckOverlaps(roles, diagnostics);
        person.Roles = roles;
        // role: is the short form of one current role: alone it is shown with every quote and event, as in version 1;
        // beside roles: it is only the heading's fallback when no listed role is current ("Former President").
        if (roles.Count == 0 && file.Role is { } role) person.ShortRole = new RoleNode(role, null, null, null);
        var held = roles.Where(r => r.IsCurrent).ToList();
        person.CurrentRole = held.FirstOrDefault()?.Title ?? file.Role;
        // An office held again now (a listed role without 'to', or role: when none is listed) is not a former one.
        foreach (var r in roles)
            r.Former = !r.IsCurrent && !held.Any(now => SameOffice(now, r))
                && !(held.Count == 0 && file.Role is { } now && TextFolding.Fold(now) == TextFolding.Fold(r.Title));
    }

    // One office: the same title (case and Latin accents aside) held in the same place.
    private static bool SameOffice(RoleNode a, RoleNode b) =>
        TextFolding.Fold(a.Title) == TextFolding.Fold(b.Title) && a.Country == b.Country && a.Organisation == b.Organisation;

    private static void CheckOverlaps(List<RoleNode> roles, DiagnosticBag diagnostics)
    {
        for (var i = 1; i < roles.Count; i++)
        {
            var later = roles[i];
            // Two tenures overlap when some day lies surely within both; a handover day that ends one and starts the next does not.
            var earlier = roles.Take(i).FirstOrDefault(r => SameOffice(r, later) && r.SurelyFrom < later.SurelyTo && later.SurelyFrom < r.SurelyTo);
            if (earlier is null) continue;
            diagnostics.Error(DiagnosticCodes.OverlappingRoles, later.Entry!.At,
                $"this role ({Span(later)}) overlaps '{earlier.Title}' on line {earlier.Entry!.At.Line} ({Span(earlier)}), " +
                "the same office held at the same time; merge them into one entry, or correct their 'from' and 'to'");
        }
    }

    private static string Span(RoleNode r) => (r.From, r.To) switch
    {
        (null, null) => "no dates",
        (PartialDate f, null) => $"from {f.Iso}",
        (null, PartialDate t) => $"until {t.Iso}",
        (PartialDate f, PartialDate t) => $"{f.Iso} to {t.Iso}",
    };
}
