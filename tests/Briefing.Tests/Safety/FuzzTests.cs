using System.Text;
using Briefing.Building;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Safety;

/// <summary>
/// Mutates valid files (bytes and YAML structure) with a fixed seed and checks that every outcome is either a
/// site or diagnostics with positions inside the file, never an exception. CI runs the default count;
/// for a longer hunt: <c>BRIEFING_FUZZ_CASES=200000 BRIEFING_FUZZ_SEED=7 dotnet test --filter FuzzTests</c>.
/// Every failure it finds becomes a test in <see cref="FuzzRegressionTests"/>.
/// </summary>
public sealed class FuzzTests
{
    internal const string Seed = """
        ---
        title: "Bayramov & Araghchi <hold> a call"
        date: 2025-06-15
        summary: A call.
        slug: the-call
        countries: [AZ, IRN, Israel]
        people: [jeyhun-bayramov, Abbas Araghchi]
        tags: [diplomacy, airspace]
        sources:
          - name: APA News
            url: https://apa.az/
            date: 2025-06-15
        events:
          - date: 2025-06-14
            end: 2025-06-16
            title: Flights cancelled
            countries: [AZ]
            people: [jeyhun-bayramov]
            source: APA News
        quotes:
          - by: jeyhun-bayramov
            text: will under no circumstances allow its airspace to be used
            date: 2025-06
            context: phone call
            original: {lang: az, text: heç bir halda}
            source: APA News
        updates:
          - date: 2025-06-16
            note: Added events.
        draft: false
        ---
        First paragraph with [a link](https://example.org/) and *emphasis*.

        ## A heading

        - a list
        - with items[^1]

        | a | b |
        |---|---|
        | 1 | 2 |

        [^1]: A footnote.
        """;

    private const string Person = "---\nname: Jeyhun Bayramov\ncountry: AZ\nrole: Minister\naliases: [Bayramov]\n---\nBio.\n";

    private static readonly string[] Tokens =
    [
        ":", ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!x ", "\"", "'", "\t", "\n", "\r\n", "\r", "---\n", "...\n",
        "#", "|", ">", "?", "%", "@", "`", "\\", "~", "null", "yes", "NO", "2024-02-30", "0000-00-00", "9999-12-31T25:61:00+99:99",
        "\uFEFF", "\0", "é", "ğ", "\u202E", "𝔘", "<script>", "[x](javascript:alert(1))", "<javascript:x>", "![i](data:x)",
        "{onclick=x}", "<b>", "&amp;", "[^1]", "**", "    ", "\n\n", "title: dup\n", "countries: []\n", "  - ", "&", "*",
    ];

    private static readonly Lazy<IReadOnlyList<InputFile>> Theme = new(() => FolderReader.Read(Repository.Theme));

    [Fact]
    public void Mutated_briefings_give_a_site_or_positioned_diagnostics_and_never_an_exception()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_FUZZ_CASES"), out var n) ? n : 1500;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_FUZZ_SEED"), out var s) ? s : 20251126;
        var random = new Random(seed);
        var failures = new List<string>();
        for (var i = 0; i < cases && failures.Count < 5; i++)
        {
            var mutated = random.Next(3) == 0 ? MutateBytes(Encoding.UTF8.GetBytes(Seed), random) : Encoding.UTF8.GetBytes(MutateText(Seed, random));
            var problem = Check(mutated);
            if (problem is not null)
                failures.Add($"case {i} (seed {seed}): {problem}\ninput (base64): {Convert.ToBase64String(mutated)}");
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Builds a site around <paramref name="briefing"/> and returns what is wrong with the outcome, or null.</summary>
    public static string? Check(byte[] briefing)
    {
        var files = TestSite.Parse(TestSite.SiteYml).Append(new InputFile("people/jeyhun-bayramov.md", Encoding.UTF8.GetBytes(Person)))
            .Append(new InputFile("briefings/fuzz.md", briefing)).ToList();
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(files, Theme.Value, new BuildOptions());
        }
        catch (Exception e)
        {
            return $"exception {(e is AggregateException a ? a.InnerException! : e)}";
        }

        if (!result.Succeeded && result.Files.Count > 0) return "errors, yet files were produced";
        var text = Normalised(briefing);
        var lines = text.Split('\n');
        foreach (var d in result.Diagnostics)
        {
            var at = d.Location;
            if (at.Path == "briefings/fuzz.md")
            {
                if (at.Line < 1 || at.Line > lines.Length) return $"line out of range: {d}";
                if (at.Column < 1 || at.Column > lines[at.Line - 1].Length + 1) return $"column out of range: {d}";
            }
            else if (at.Path is not ("people/jeyhun-bayramov.md" or "site.yml"))
            {
                return $"diagnostic on an unexpected path: {d}";
            }
        }

        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            // The theme's JSON-LD element is the one script a page may hold, and only when it is whole and parses.
            var html = JsonLdBlocks.Without(Encoding.UTF8.GetString(file.Bytes));
            if (html.Contains("<script", StringComparison.OrdinalIgnoreCase) || html.Contains("javascript:", StringComparison.OrdinalIgnoreCase) && html.Contains("href=\"javascript", StringComparison.OrdinalIgnoreCase))
                return $"unescaped script on {file.Path}";
        }

        return null;
    }

    private static string Normalised(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (text.StartsWith('\uFEFF')) text = text[1..];
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static string MutateText(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var round = random.Next(1, 4); round > 0; round--)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0: // insert a token inside a line
                    var at = random.Next(lines[i].Length + 1);
                    lines[i] = lines[i][..at] + Tokens[random.Next(Tokens.Length)] + lines[i][at..];
                    break;
                case 1: lines.RemoveAt(i); if (lines.Count == 0) lines.Add(""); break;
                case 2: lines.Insert(i, lines[random.Next(lines.Count)]); break;
                case 3: (lines[i], lines[^1]) = (lines[^1], lines[i]); break;
                case 4: lines[i] = new string(' ', random.Next(0, 6)) + lines[i].TrimStart(); break;
                case 5: lines[i] = lines[i][..random.Next(lines[i].Length + 1)]; break;
                case 6: lines.InsertRange(i, Enumerable.Repeat(lines[i], random.Next(2, 50))); break;
            }
        }

        return string.Join('\n', lines);
    }

    private static byte[] MutateBytes(byte[] bytes, Random random)
    {
        var list = bytes.ToList();
        for (var round = random.Next(1, 6); round > 0 && list.Count > 0; round--)
        {
            var i = random.Next(list.Count);
            switch (random.Next(4))
            {
                case 0: list[i] ^= (byte)(1 << random.Next(8)); break;
                case 1: list.RemoveRange(i, Math.Min(random.Next(1, 16), list.Count - i)); break;
                case 2: list.Insert(i, (byte)random.Next(256)); break;
                case 3: list.InsertRange(i, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)])); break;
            }
        }

        return list.ToArray();
    }
}
