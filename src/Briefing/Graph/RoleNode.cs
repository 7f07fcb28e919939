using Briefing.Model;

namespace Briefing.Graph;

/// <summary>
/// An office a person holds or held, from <c>roles:</c> (its place resolved) or, for a file without <c>roles:</c>,
/// its <c>role:</c> as one current role without dates.
/// </summary>
public sealed class RoleNode(string title, RoleEntry? entry, CountryNode? country, OrganisationNode? organisation)
{
    /// <summary>The office, as written.</summary>
    public string Title { get; } = title;

    /// <summary>The <c>roles:</c> entry it comes from, or null for a <c>role:</c>.</summary>
    public RoleEntry? Entry { get; } = entry;

    /// <summary>The country it is held for, if the entry names one.</summary>
    public CountryNode? Country { get; } = country;

    /// <summary>The organisation it is held in, as written, if the entry names one.</summary>
    public OrganisationNode? Organisation { get; } = organisation;

    /// <summary>When it began, if known.</summary>
    public PartialDate? From => Entry?.From;

    /// <summary>When it ended; null while it is held.</summary>
    public PartialDate? To => Entry?.To;

    /// <summary>Held now: it has no end.</summary>
    public bool IsCurrent => To is null;

    /// <summary>
    /// Ended, and the person holds no office of the same title and place now: shown as "then …" with a quote or event.
    /// A second term of an office still held is not "then".
    /// </summary>
    public bool Former { get; internal set; }

    // A partial date is taken at its widest ("from: 2019" counts from 1 January), so a role covers a quote or event
    // when every day the quote's date can mean is inside it: the role shown is one certainly held then.
    /// <summary>True when every day <paramref name="date"/> can mean lies within this role.</summary>
    public bool Covers(PartialDate date) =>
        (From is not PartialDate from || from.FirstDay <= date.FirstDay) && (To is not PartialDate to || date.LastDay <= to.LastDay);

    /// <summary>The first day it was certainly held (<see cref="DateOnly.MinValue"/> when its start is unknown).</summary>
    internal DateOnly SurelyFrom => From is PartialDate from ? from.LastDay : DateOnly.MinValue;

    /// <summary>The last day it was certainly held (<see cref="DateOnly.MaxValue"/> while it is held).</summary>
    internal DateOnly SurelyTo => To is PartialDate to ? to.FirstDay : DateOnly.MaxValue;
}
