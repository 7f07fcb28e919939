using Briefing.Diagnostics;
using Briefing.FrontMatter;
using Briefing.Model;

namespace Briefing.Parsing;

/// <summary>Reads a person file's <c>roles:</c> (version 2): each entry's keys, dates and the one place it names.</summary>
public static class RoleReader
{
    private static readonly string[] Keys = ["title", "organisation", "country", "from", "to"];

    /// <summary>The entries of <c>roles</c> in <paramref name="person"/>, as written; empty when absent.</summary>
    public static RoleEntry[] Read(FieldReader person)
    {
        var roles = new List<RoleEntry>();
        foreach (var map in person.Maps("roles"))
            if (ReadOne(map, person.Diagnostics) is { } role) roles.Add(role);
        return roles.ToArray();
    }

    private static RoleEntry? ReadOne(YamlMap map, DiagnosticBag d)
    {
        var f = new FieldReader(map, "role", Keys, d);
        var title = f.Text("title");
        if (title is null && map["title"] is null or YamlScalar)
            d.Error(DiagnosticCodes.MissingKey, map["title"]?.At ?? map.At,
                "role needs 'title': the office held, as captions should show it, e.g. 'title: Minister of Foreign Affairs'");
        var organisation = FieldReader.ReferenceTo(f.Scalar("organisation"));
        var country = FieldReader.ReferenceTo(f.Scalar("country"));
        if (organisation is not null && country is { } both)
            d.Error(DiagnosticCodes.RoleOrganisationAndCountry, both.At,
                "a role names an 'organisation' or a 'country', not both; keep the one the office belongs to and name the other in the 'title'");
        var from = f.Date("from", required: false, dayRequired: false);
        var to = f.Date("to", required: false, dayRequired: false);
        if (from is PartialDate start && to is PartialDate end && end.LastDay < start.FirstDay)
            d.Error(DiagnosticCodes.ImpossibleDate, f.AtKey("to"),
                $"role ends ({end.Iso}) before it starts ({start.Iso}); check 'from' and 'to' (leave 'to' out while the role is held)");
        return title is null ? null : new RoleEntry(title, organisation, country, from, to, map.At);
    }
}
