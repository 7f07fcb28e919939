using System.Text;
using Deque.AxeCore.Commons;

namespace Briefing.Browser.Tests.Accessibility;

/// <summary>Prints axe's violations so that each can be found and fixed: rule, impact, help, and every element with its selector and HTML.</summary>
public static class AxeReport
{
    /// <summary>The violations of <paramref name="result"/>, one block per rule; empty when there are none.</summary>
    public static string Describe(AxeResult result)
    {
        var text = new StringBuilder();
        foreach (var rule in result.Violations)
        {
            text.Append('\n').Append(rule.Id).Append(" (").Append(rule.Impact).Append("): ").Append(rule.Help).Append('\n')
                .Append("  ").Append(rule.HelpUrl).Append('\n');
            foreach (var node in rule.Nodes)
            {
                text.Append("  element ").Append(node.Target).Append('\n')
                    .Append("     ").Append(node.Html).Append('\n');
                // As axe's own summary: one of "any" must pass, every "all" and no "none".
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                    text.Append("     - ").Append(check.Message).Append('\n');
            }
        }

        return text.ToString();
    }
}
