using Briefing.Diagnostics;
using Briefing.Model;

namespace Briefing.Graph;

/// <summary>
/// People and organisations side by side: <c>people:</c> names people, <c>organisations:</c> organisations, and a quote's
/// <c>by:</c> either (a statement by a ministry is an organisation's). A name given to the wrong list, or one that both a
/// person and an organisation answer to, is an error rather than a guess.
/// </summary>
internal sealed class Actors
{
    private readonly EntityDirectory<PersonNode> _people;
    private readonly EntityDirectory<OrganisationNode> _organisations;

    public Actors(EntityDirectory<PersonNode> people, EntityDirectory<OrganisationNode> organisations, DiagnosticBag diagnostics)
    {
        (_people, _organisations) = (people, organisations);
        // One id for two files would leave `by: <id>` no way to say which is meant.
        foreach (var o in organisations.Files)
            if (people.Files.FirstOrDefault(p => p.Id == o.Id) is { } p)
                diagnostics.Error(DiagnosticCodes.WrongEntityKind, SourceLocation.File(o.File!.Path),
                    $"this organisation and the person '{p.Name}' ({p.File!.Path}) have one id, '{o.Id}', so a quote's 'by: {o.Id}' could mean either; rename one of the files");
    }

    /// <summary>Every person, those with a file first.</summary>
    public IEnumerable<PersonNode> People => _people.All;

    /// <summary>Every organisation, those with a file first.</summary>
    public IEnumerable<OrganisationNode> Organisations => _organisations.All;

    /// <summary>The person a <c>people:</c> entry names (see <see cref="EntityDirectory{T}.Resolve"/>).</summary>
    public PersonNode? Person(Reference r, DiagnosticBag diagnostics) =>
        _people.Match(r) is null && _organisations.Match(r) is [{ HasFile: true } o, ..]
            ? WrongList<PersonNode>(r, "an organisation", o.File!.Path, "organisations", diagnostics)
            : _people.Resolve(r, diagnostics);

    /// <summary>The organisation an <c>organisations:</c> entry names.</summary>
    public OrganisationNode? Organisation(Reference r, DiagnosticBag diagnostics) =>
        _organisations.Match(r) is null && _people.Match(r) is [{ HasFile: true } p, ..]
            ? WrongList<OrganisationNode>(r, "a person", p.File!.Path, "people", diagnostics)
            : _organisations.Resolve(r, diagnostics);

    /// <summary>Who said a quote: an organisation when one matches, else a person (made from the name when none matches).</summary>
    public EntityNode? Speaker(Reference r, DiagnosticBag diagnostics)
    {
        var person = _people.Match(r);
        var organisation = _organisations.Match(r);
        if (person is [var p, ..] && organisation is [var o, ..])
        {
            diagnostics.Error(DiagnosticCodes.AmbiguousName, r.At,
                $"'{r.Text}' could mean the person {p.File?.Path ?? p.Url} or the organisation {o.File?.Path ?? o.Url}; refer to one by an id or alias only it has");
            return null;
        }

        return organisation is not null ? _organisations.Resolve(r, diagnostics) : _people.Resolve(r, diagnostics);
    }

    /// <summary>The organisation a source's name is, when one with a file has exactly that name, id or alias; else null, and no warning: most sources are not described.</summary>
    public OrganisationNode? Source(string name) =>
        _organisations.Match(new Reference(name, default)) is [{ HasFile: true } o] ? o : null;

    private static T? WrongList<T>(Reference r, string what, string path, string list, DiagnosticBag diagnostics) where T : class
    {
        diagnostics.Error(DiagnosticCodes.WrongEntityKind, r.At, $"'{r.Text}' is {what} ({path}); list it under '{list}:' instead");
        return null;
    }
}
