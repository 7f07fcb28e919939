using Markdig;

namespace Briefing.Markdown;

/// <summary>Builds the one Markdown pipeline the spec fixes: CommonMark, tables, footnotes, heading ids, no raw HTML.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The shared, immutable pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();
}
