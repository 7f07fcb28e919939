using Markdig;

namespace Briefing.Markdown;

/// <summary>Builds the one Markdown pipeline the spec fixes: CommonMark, tables, footnotes, heading ids, no raw HTML, and
/// prose positions recorded for mentions (<see cref="ProseRuns"/>).</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The shared, immutable pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Use<ProseRuns.Extension>()
        .Build();
}
