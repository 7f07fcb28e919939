using System.CommandLine;
using Briefing.Cli;

var input = new Option<string>("--input") { Description = "Folder with site.yml, briefings/, people/, countries/ and static/.", DefaultValueFactory = _ => "input" };
var theme = new Option<string>("--theme") { Description = "Folder with the Scriban layouts, pages, partials and assets.", DefaultValueFactory = _ => "theme" };
var output = new Option<string>("--output") { Description = "Folder the site is written to; replaced whole, and only when the build succeeds.", DefaultValueFactory = _ => "_site" };
var strict = new Option<bool>("--strict") { Description = "Treat warnings (such as a person with no person file) as errors." };
var verbose = new Option<bool>("--verbose") { Description = "Print each stage's wall and CPU time, allocation, heap size and GC pause, how many partials were reused, the time and size of each kind of page, then GC collections and JIT time." };

var build = new Command("build", "Build the static site from the input folder. Exit codes: 0 built, 1 the input has errors (nothing written), 2 wrong usage.")
{
    input, theme, output, strict, verbose,
};
build.SetAction(result => BuildCommand.Run(
    result.GetValue(input)!, result.GetValue(theme)!, result.GetValue(output)!, result.GetValue(strict), Console.Out, Console.Error, result.GetValue(verbose)));

var root = new RootCommand("briefing: turns Markdown briefings with YAML front matter into a cross-linked static site.") { build };
root.Subcommands.Add(CheckCommand.Create());
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"briefing: {error.Message}");
    Console.Error.WriteLine("Run 'briefing --help' or 'briefing build --help' for usage.");
    return ExitCodes.Usage;
}

return parsed.Invoke();
