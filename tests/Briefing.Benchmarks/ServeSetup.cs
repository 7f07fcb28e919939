namespace Briefing.Benchmarks;

/// <summary>
/// What the serve benchmark runs at one corpus size: the published CLI, the theme, Hugo (null: ours only), the cached
/// corpus it copies, how many start-ups and builds (<see cref="Runs"/>) and edits of each kind, and the per-edit timeout.
/// </summary>
public sealed record ServeSetup(
    string Repository,
    string Cli,
    string Theme,
    string? Hugo,
    CorpusFolders Corpus,
    int Briefings,
    int Runs,
    int Edits,
    TimeSpan EditTimeout);
