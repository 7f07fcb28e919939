namespace Briefing.Browser.Tests.Browsing;

/// <summary>A viewport the pages are looked at in: a phone held upright or a desktop window.</summary>
public sealed record Screen(string Name, int Width, int Height, bool IsMobile)
{
    /// <summary>A phone 390 CSS pixels wide (an iPhone 12 to 15).</summary>
    public static readonly Screen Phone = new("phone", 390, 844, IsMobile: true);

    /// <summary>A desktop window 1280 pixels wide.</summary>
    public static readonly Screen Desktop = new("desktop", 1280, 800, IsMobile: false);

    /// <summary>Both screens, phone first.</summary>
    public static readonly IReadOnlyList<Screen> All = [Phone, Desktop];

    /// <summary>The screen called <paramref name="name"/> (theory data passes names, which read well in test names).</summary>
    public static Screen Named(string name) => All.Single(s => s.Name == name);
}
