using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>Resolves <c>include 'name'</c> to the theme's precompiled <c>partials/name.html</c>.</summary>
public sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    /// <inheritdoc />
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = Theme.PartialPath(templateName);
        return theme.Partials.ContainsKey(path) ? path
            : throw new ScriptRuntimeException(callerSpan, $"the theme has no partial '{templateName}' (looked for {path})");
    }

    /// <inheritdoc />
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"partial {templatePath} should have been precompiled");

    /// <inheritdoc />
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
