using System.CommandLine;
using System.CommandLine.Help;
using Briefing.Cli;

var input = new Option<string>("--input") { Description = "Folder with site.yml, briefings/, people/, organisations/, authors/, countries/ and static/.", DefaultValueFactory = _ => "input" };
var theme = new Option<string?>("--theme") { Description = "Folder with the Scriban layouts, pages, partials and assets. Default: ./theme when that folder exists, else the theme built into briefing." };
var output = new Option<string>("--output") { Description = "Folder the site is written to; replaced whole, and only when the build succeeds.", DefaultValueFactory = _ => "_site" };
var strict = new Option<bool>("--strict") { Description = "Treat warnings (such as a person with no person file) as errors." };
var verbose = new Option<bool>("--verbose") { Description = "Print each stage's wall and CPU time, allocation, heap size and GC pause, how many partials were reused, the time and size of each kind of page, then GC collections and JIT time." };
var quiet = new Option<bool>("--quiet") { Description = "Print only diagnostics: no progress line and no closing summary." };
var noSearch = new Option<bool>("--no-search") { Description = "Leave search out: no Pagefind index, no search field, no /search/ page. By default Pagefind (installed with npm on first use) indexes the site." };

var asOf = BuildDay.AsOfOption();
var future = BuildDay.FutureOption();
var build = new Command("build", "Build the static site from the input folder. Exit codes: 0 built, 1 the input has errors (nothing written), 2 wrong usage.")
{
    input, theme, output, strict, verbose, quiet, noSearch, asOf, future,
};
build.SetAction(result =>
{
    // The status line only on a terminal: redirected to a file or a CI log, its '\r' rewrites would be noise.
    var terminal = result.GetValue(quiet) || result.GetValue(verbose) || Console.IsErrorRedirected ? null : Console.Error;
    return BuildCommand.Run(result.GetValue(input)!, ThemeFolder.Choose(result.GetValue(theme), Environment.CurrentDirectory), result.GetValue(output)!,
        result.GetValue(strict), Console.Out, Console.Error, result.GetValue(verbose), result.GetValue(quiet), terminal, search: !result.GetValue(noSearch),
        today: BuildDay.Today(result.GetValue(asOf), TimeProvider.System), future: result.GetValue(future));
});

var serveInput = new Option<string>("--input") { Description = "Folder with site.yml, briefings/, people/, organisations/, authors/, countries/ and static/.", DefaultValueFactory = _ => "input" };
var port = new Option<int>("--port") { Description = "TCP port to serve on.", DefaultValueFactory = _ => 5005 };
var host = new Option<string>("--host") { Description = "Address to listen on; loopback unless you say otherwise (e.g. 0.0.0.0 to let other machines in).", DefaultValueFactory = _ => "127.0.0.1" };
var drafts = new Option<bool>("--drafts") { Description = "Publish drafts in the preview." };
var serve = new Command("serve", "Build the site into memory, serve it, and rebuild what changed after every save; open pages reload by themselves. Ctrl-C stops it.")
{
    serveInput, theme, port, host, drafts, verbose, noSearch, asOf,
};
serve.SetAction((result, cancel) =>
{
    var themeFolder = ThemeFolder.Choose(result.GetValue(theme), Environment.CurrentDirectory);
    return ServeCommand.Run(result.GetValue(serveInput)!, () => Briefing.Loading.ThemeSource.Files(themeFolder), themeFolder is null ? [] : [themeFolder],
        result.GetValue(host)!, result.GetValue(port), result.GetValue(drafts), Console.Out, Console.Error, cancel, result.GetValue(verbose), search: !result.GetValue(noSearch),
        today: BuildDay.Today(result.GetValue(asOf), TimeProvider.System));
});

// A Command named "briefing" rather than a RootCommand, which takes its name (shown in every usage line) from the
// executable: Briefing.Cli under `dotnet run` and in the .NET tool alike.
var root = new Command("briefing", "briefing: turns Markdown briefings with YAML front matter into a cross-linked static site.")
{
    new HelpOption(), new VersionOption(), build, CheckCommand.Create(TimeProvider.System), serve, NewCommand.Create(input, TimeProvider.System), ThemeCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"briefing: {error.Message}");
    var names = new List<string>();
    for (var at = (System.CommandLine.Parsing.SymbolResult?)parsed.CommandResult; at is not null; at = at.Parent)
        if (at is System.CommandLine.Parsing.CommandResult c) names.Insert(0, c.Command.Name);
    Console.Error.WriteLine($"Run '{string.Join(' ', names)} --help' for usage.");
    return ExitCodes.Usage;
}

return parsed.Invoke();
