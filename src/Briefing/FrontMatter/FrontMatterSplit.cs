namespace Briefing.FrontMatter;

/// <summary>A Markdown file cut into its YAML front matter and its body, each with the line it starts on.</summary>
public sealed record FrontMatterSplit(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);
