using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.FrontMatter;

/// <summary>Finds the <c>---</c> fences that enclose a file's front matter.</summary>
public static class FrontMatterSplitter
{
    /// <summary>Largest front matter accepted; no real briefing comes near it.</summary>
    public const int MaxFrontMatterChars = 256 * 1024;

    /// <summary>Splits <paramref name="file"/>, or reports why it cannot and returns null.</summary>
    public static FrontMatterSplit? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text, 0, firstEnd))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, SourceLocation.File(file.Path),
                "no front matter: the file must start with a line '---', then YAML (title, date, ...), then a line '---'");
            return null;
        }

        var line = 2;
        var start = Math.Min(firstEnd + 1, text.Length);
        for (var pos = start; pos < text.Length; line++)
        {
            var end = LineEnd(text, pos);
            if (IsFence(text, pos, end))
            {
                if (pos - start > MaxFrontMatterChars)
                {
                    diagnostics.Error(DiagnosticCodes.TooLarge, SourceLocation.File(file.Path),
                        $"front matter is larger than {MaxFrontMatterChars / 1024} KiB; move long text into the body");
                    return null;
                }

                var bodyStart = Math.Min(end + 1, text.Length);
                return new FrontMatterSplit(text[start..pos], 2, text[bodyStart..], line + 1);
            }

            pos = end + 1;
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterMissing, SourceLocation.File(file.Path),
            "front matter is not closed: add a line '---' after the last YAML line");
        return null;
    }

    private static int LineEnd(string text, int from)
    {
        var i = text.IndexOf('\n', from);
        return i < 0 ? text.Length : i;
    }

    private static bool IsFence(string text, int start, int end) =>
        text.AsSpan(start, end - start).TrimEnd(" \t").SequenceEqual("---");
}
