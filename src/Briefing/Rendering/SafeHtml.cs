namespace Briefing.Rendering;

/// <summary>HTML the generator made itself (rendered Markdown, rendered partials): the one kind of value templates write unescaped.</summary>
public sealed class SafeHtml(string value)
{
    /// <summary>The markup.</summary>
    public string Value { get; } = value;

    /// <inheritdoc />
    public override string ToString() => Value;
}
