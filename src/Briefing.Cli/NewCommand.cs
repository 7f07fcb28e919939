using System.CommandLine;
using System.Globalization;
using Briefing.Loading;
using Briefing.Text;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing new site|briefing|person</c>: writes files to start from, dated by <see cref="TimeProvider"/> (so tests
/// fix "today"), that build with no error or warning. Never overwrites a file: exit 1 and nothing written.
/// </summary>
public static class NewCommand
{
    // Long titles make long file names; most systems stop at 255 bytes.
    private const int MaxSlugLength = 60;

    /// <summary>The <c>new</c> command and its subcommands; <paramref name="input"/> is the shared <c>--input</c> option.</summary>
    public static Command Create(Option<string> input, TimeProvider clock)
    {
        var folder = new Argument<string>("folder") { Description = "Folder for the new site (it may exist): input/ and .gitignore are written in it." };
        var site = new Command("site", "Write a new site that builds as it is: input/site.yml, an example briefing and person, and a .gitignore for _site/.") { folder };
        site.SetAction(r => Site(r.GetValue(folder)!, clock, Console.Out, Console.Error));

        var title = new Argument<string>("title") { Description = "The briefing's headline; its file name and URL are made from it." };
        var country = new Option<string[]>("--country") { Description = "A country the briefing is about (code such as AZ, or English name); repeat for each, at least one." };
        var briefing = new Command("briefing", "Write briefings/YYYY-MM-DD-<slug>.md dated today, with its countries checked.") { title, country, input };
        briefing.SetAction(r => Briefing(r.GetValue(input)!, r.GetValue(title)!, r.GetValue(country) ?? [], clock, Console.Out, Console.Error));

        var name = new Argument<string>("name") { Description = "The person's full name as readers know it; the file name (their id) is made from it." };
        var person = new Command("person", "Write people/<id>.md for a person.") { name, input };
        person.SetAction(r => Person(r.GetValue(input)!, r.GetValue(name)!, Console.Out, Console.Error));

        return new Command("new", "Write a new site, briefing or person file to start from; never overwrites a file.") { site, briefing, person };
    }

    /// <summary>Writes a new site into <paramref name="folder"/>.</summary>
    public static int Site(string folder, TimeProvider clock, TextWriter output, TextWriter error)
    {
        var files = StarterSite.Files(Today(clock)).Select(f => (f.Path, NewFiles.Text(f.Text))).ToList();
        if (!NewFiles.Write(folder, files, error)) return ExitCodes.InputErrors;
        output.WriteLine($"briefing: wrote a new site to {folder}; build it with: cd {folder} && briefing build");
        return ExitCodes.Built;
    }

    /// <summary>Writes a briefing dated today about <paramref name="countries"/> (each must resolve) into <paramref name="inputFolder"/>.</summary>
    public static int Briefing(string inputFolder, string title, IReadOnlyList<string> countries, TimeProvider clock, TextWriter output, TextWriter error)
    {
        title = OneLine(title);
        if (!InputExists(inputFolder, error) || SlugOf(title, "title", error) is not { } slug) return ExitCodes.Usage;
        if (countries.Count == 0)
        {
            error.WriteLine("briefing: a briefing is about at least one country; add --country CODE (e.g. --country AZ), once for each");
            return ExitCodes.Usage;
        }

        var registry = SiteCountries.Registry(inputFolder);
        var unknown = countries.Where(c => registry.Resolve(c) is null).ToList();
        foreach (var c in unknown) error.WriteLine($"briefing: {registry.UnknownMessage(c)}");
        if (unknown.Count > 0) return ExitCodes.InputErrors;

        // A briefing's URL defaults to its file name without the date, so another date with this title would collide.
        var today = Today(clock);
        var path = $"briefings/{today}-{slug}.md";
        if (SameSlug(inputFolder, slug, path) is { } other)
        {
            error.WriteLine($"briefing: {other} already has the URL /briefings/{slug}/; nothing was written (choose a title that tells the two apart)");
            return ExitCodes.InputErrors;
        }

        var text = $"""
            ---
            title: {YamlText.Scalar(title)}
            date: {today}
            countries: [{string.Join(", ", countries.Select(c => YamlText.Scalar(OneLine(c), inFlowList: true)))}]
            # people: [person-id]
            # tags: [topic]
            # sources:
            #   - name: Who published it
            #     url: https://example.org/article
            ---

            """;
        return WriteOne(inputFolder, path, text, output, error);
    }

    /// <summary>Writes <c>people/&lt;id&gt;.md</c> for <paramref name="name"/> into <paramref name="inputFolder"/>.</summary>
    public static int Person(string inputFolder, string name, TextWriter output, TextWriter error)
    {
        name = OneLine(name);
        if (!InputExists(inputFolder, error) || SlugOf(name, "name", error) is not { } id) return ExitCodes.Usage;
        var text = $"""
            ---
            name: {YamlText.Scalar(name)}
            # role: Minister of Foreign Affairs
            # country: AZ
            # aliases: [Other Spelling]
            ---

            """;
        return WriteOne(inputFolder, $"people/{id}.md", text, output, error);
    }

    private static int WriteOne(string inputFolder, string path, string text, TextWriter output, TextWriter error)
    {
        if (!NewFiles.Write(inputFolder, [(path, NewFiles.Text(text))], error)) return ExitCodes.InputErrors;
        output.WriteLine($"briefing: wrote {Path.Combine(inputFolder, path.Replace('/', Path.DirectorySeparatorChar))}");
        return ExitCodes.Built;
    }

    // The calendar date where the author is: a briefing written late in the evening is dated that evening.
    private static string Today(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool InputExists(string inputFolder, TextWriter error)
    {
        if (Directory.Exists(inputFolder)) return true;
        error.WriteLine($"briefing: --input folder '{inputFolder}' does not exist; run this in a site's folder, pass --input, or make a site with: briefing new site DIR");
        return false;
    }

    private static string? SlugOf(string text, string what, TextWriter error)
    {
        var slug = Slug.From(text);
        if (slug.Length > MaxSlugLength) slug = slug[..(slug.LastIndexOf('-', MaxSlugLength) is > 0 and var cut ? cut : MaxSlugLength)].TrimEnd('-');
        if (slug.Length > 0) return slug;
        error.WriteLine($"briefing: the {what} '{text}' has no letters or digits to make a file name from");
        return null;
    }

    // The first other briefing whose file name gives the same default slug (date prefix dropped); the file about to
    // be written is left to NewFiles, which says it exists. A `slug:` written in a file's front matter is not read
    // here; the build reports any clash it makes.
    private static string? SameSlug(string inputFolder, string slug, string path)
    {
        var folder = Path.Combine(inputFolder, "briefings");
        if (!Directory.Exists(folder)) return null;
        return FolderReader.Read(folder)
            .Where(f => "briefings/" + f.Path != path && f.Path.EndsWith(".md", StringComparison.Ordinal)
                && DefaultSlug(Path.GetFileNameWithoutExtension(f.Path)) == slug)
            .Select(f => Path.Combine(inputFolder, "briefings", f.Path.Replace('/', Path.DirectorySeparatorChar)))
            .FirstOrDefault();
    }

    // As BriefingParser makes it: the file name without a leading date, made a slug if it is not one.
    private static string DefaultSlug(string fileName)
    {
        var dated = fileName.Length > 11 && fileName[10] == '-'
            && DateOnly.TryParseExact(fileName[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        var name = dated ? fileName[11..] : fileName;
        return Slug.IsValid(name) ? name : Slug.From(name);
    }
}
