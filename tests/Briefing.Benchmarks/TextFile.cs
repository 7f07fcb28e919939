using System.Text;

namespace Briefing.Benchmarks;

/// <summary>Writes generated files the same way every time: UTF-8 without BOM, LF line ends.</summary>
public static class TextFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }
}
