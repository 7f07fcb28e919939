using System.IO.Hashing;
using System.Runtime.InteropServices;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// Fingerprints of what templates see: a 128-bit hash of a value and everything inside it. Pages and partials see
/// nothing but such values (and the theme), so equal fingerprints render equal bytes: this is the key of reused
/// partial output and what tells an incremental rebuild which pages changed. A value of any other type is a bug in
/// the views, not something to skip: it throws.
/// </summary>
public static class ViewFingerprint
{
    private enum Tag : byte { Null, Text, True, False, Int, Long, Double, Html, View, List, Scope, Fingerprint }

    /// <summary>The fingerprint of any value a template may see.</summary>
    public static UInt128 Of(object? value)
    {
        if (value is View view) return view.Fingerprint;
        var hash = new XxHash128();
        Append(hash, value);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The fingerprint of a sequence of values (a partial with its arguments, a page with its parts).</summary>
    public static UInt128 Combine(params ReadOnlySpan<object?> values)
    {
        var hash = new XxHash128();
        foreach (var value in values) Append(hash, value);
        return hash.GetCurrentHashAsUInt128();
    }

    // A view's own fingerprint, from its shape's name and its members (names and values).
    internal static UInt128 Compute(View view)
    {
        var hash = new XxHash128();
        AppendText(hash, view.Shape.Name);
        var names = view.Shape.Names;
        for (var i = 0; i < names.Length; i++)
        {
            AppendText(hash, names[i]);
            Append(hash, view.ValueAt(i));
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static void Append(XxHash128 hash, object? value)
    {
        switch (value)
        {
            case null:
                AppendTag(hash, Tag.Null);
                break;
            case string text:
                AppendText(hash, text);
                break;
            case bool flag:
                AppendTag(hash, flag ? Tag.True : Tag.False);
                break;
            case int number:
                AppendTag(hash, Tag.Int);
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in number)));
                break;
            case long number:
                AppendTag(hash, Tag.Long);
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in number)));
                break;
            case double number:
                AppendTag(hash, Tag.Double);
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<double>(in number)));
                break;
            case UInt128 fingerprint:
                AppendTag(hash, Tag.Fingerprint);
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in fingerprint)));
                break;
            case SafeHtml html:
                AppendTag(hash, Tag.Html);
                html.AppendTo(hash);
                break;
            case View view:
                AppendTag(hash, Tag.View);
                var own = view.Fingerprint;
                hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in own)));
                break;
            case ScriptArray list:
                AppendTag(hash, Tag.List);
                AppendLength(hash, list.Count);
                foreach (var item in list) Append(hash, item);
                break;
            case ScriptObject scope:
                // Page variables: a Scriban scope, whose order of members is not part of what it shows.
                AppendTag(hash, Tag.Scope);
                AppendLength(hash, scope.Count);
                foreach (var name in scope.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    AppendText(hash, name);
                    Append(hash, scope[name]);
                }

                break;
            default:
                throw new InvalidOperationException($"templates were given a {value.GetType().Name}, which has no fingerprint; give them a View");
        }
    }

    private static void AppendTag(XxHash128 hash, Tag tag) => hash.Append([(byte)tag]);

    private static void AppendLength(XxHash128 hash, int length) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in length)));

    private static void AppendText(XxHash128 hash, string text)
    {
        AppendTag(hash, Tag.Text);
        AppendLength(hash, text.Length);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
