namespace Briefing.Benchmarks;

/// <summary>The command lines of the servers compared: <c>briefing serve</c> and <c>hugo server</c>, each on its own corpus copy.</summary>
public static class PreviewServers
{
    /// <summary>The line <c>briefing serve</c> prints once it serves (after its first full build, all in memory).</summary>
    public const string OursReady = "serving http://";

    /// <summary>The line <c>hugo server</c> prints once it serves.</summary>
    public const string HugoReady = "Web Server is available at";

    /// <summary><c>briefing serve --input COPY --theme THEME --port P --host 127.0.0.1</c>.</summary>
    public static ServerCommand Ours(string cli, string input, string theme, IReadOnlyDictionary<string, string> countrySlugs) => new(
        "ours",
        cli,
        port => ["serve", "--input", input, "--theme", theme, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--host", "127.0.0.1"],
        OursReady,
        ["briefing: built in", "briefing: rebuild failed"],
        target => Path.Combine(input, target.OursPath),
        code => countrySlugs.TryGetValue(code, out var slug)
            ? $"/countries/{slug}/"
            : throw new BenchmarkFailureException($"{CountrySlugs.DataFile} has no country '{code}'"));

    /// <summary>
    /// <c>hugo server --source COPY --port P --bind 127.0.0.1</c> plus <paramref name="flags"/>: <c>--disableFastRender</c>
    /// for full re-renders, none for Hugo's default fast render (only pages visited recently are rendered again). Its
    /// country pages are the <c>countries</c> taxonomy's terms, which Hugo names by the code in lower case.
    /// </summary>
    public static ServerCommand Hugo(string name, string hugo, string site, IReadOnlyList<string> flags) => new(
        name,
        hugo,
        port => ["server", "--source", site, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", .. flags],
        HugoReady,
        ["Total in ", "Error: "],
        target => Path.Combine(site, target.HugoPath),
        code => $"/countries/{code.ToLowerInvariant()}/");
}
