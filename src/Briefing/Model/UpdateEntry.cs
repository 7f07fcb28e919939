namespace Briefing.Model;

/// <summary>A correction or update note shown on a briefing.</summary>
public sealed record UpdateEntry(PartialDate Date, string Note, UpdateKind Kind = UpdateKind.Update)
{
    /// <summary>The word for its kind as written in front matter and shown on pages: <c>update</c> or <c>correction</c>.</summary>
    public string KindName => Kind == UpdateKind.Correction ? "correction" : "update";
}
