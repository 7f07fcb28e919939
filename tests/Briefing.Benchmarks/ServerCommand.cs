namespace Briefing.Benchmarks;

/// <summary>
/// How to run one preview server on its own copy of the corpus: its command line for a port, the line it prints
/// once it serves, the lines that end a rebuild (succeeded or failed), where an edit target's file is, and the
/// path of a country's page.
/// </summary>
public sealed record ServerCommand(
    string Name,
    string Program,
    Func<int, IReadOnlyList<string>> Arguments,
    string ReadyText,
    IReadOnlyList<string> RebuiltTexts,
    Func<EditTarget, string> FileOf,
    Func<string, string> CountryPath);
