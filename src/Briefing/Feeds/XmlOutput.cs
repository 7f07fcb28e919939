using System.Text;
using System.Xml;

namespace Briefing.Feeds;

/// <summary>How every XML file of the site (feeds, sitemaps) is written.</summary>
public static class XmlOutput
{
    /// <summary>
    /// UTF-8 without a BOM, LF only and indented, so the bytes are the same on every machine; CheckCharacters stays on:
    /// a character XML 1.0 cannot carry (the parse stage refuses them) throws rather than make a file no reader can parse.
    /// </summary>
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CheckCharacters = true,
    };
}
