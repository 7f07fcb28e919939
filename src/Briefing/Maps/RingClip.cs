namespace Briefing.Maps;

/// <summary>
/// Cuts a ring to a rectangle (Sutherland–Hodgman, one side at a time), so a map carries only what lies near its
/// frame. Where a ring leaves and re-enters, the cut runs along the rectangle's side; a map's rectangle lies a little
/// outside its view box, so those cuts (and their strokes) are never seen. Clipping each ring of a polygon on its own
/// keeps holes right: inside the rectangle every point is wound by each ring as before.
/// </summary>
internal static class RingClip
{
    /// <summary>
    /// Clips <paramref name="ring"/> (whole units, x and y one after the other) to <paramref name="box"/> into
    /// <paramref name="result"/>; false when nothing with an area is left.
    /// </summary>
    public static bool Clip(int[] ring, IntBox box, List<int> result)
    {
        result.Clear();
        result.AddRange(ring);
        var scratch = new List<int>(ring.Length);
        Side(result, scratch, 0, box.Left, keepAbove: true);
        Side(scratch, result, 0, box.Right, keepAbove: false);
        Side(result, scratch, 1, box.Top, keepAbove: true);
        Side(scratch, result, 1, box.Bottom, keepAbove: false);
        DropRunsAlongSides(result, box);
        return result.Count >= 6 && TwiceArea(result) != 0;
    }

    // One pass: keeps the part of the ring on one side of the line where coordinate `axis` equals `at`.
    private static void Side(List<int> input, List<int> output, int axis, int at, bool keepAbove)
    {
        output.Clear();
        var n = input.Count / 2;
        if (n == 0) return;
        bool Inside(int i) => keepAbove ? input[2 * i + axis] >= at : input[2 * i + axis] <= at;
        var previous = n - 1;
        for (var current = 0; current < n; previous = current, current++)
        {
            var (inCurrent, inPrevious) = (Inside(current), Inside(previous));
            if (inCurrent != inPrevious) Cross(input, previous, current, axis, at, output);
            if (inCurrent) ProjectedAtlas.AddPoint(output, input[2 * current], input[2 * current + 1]);
        }

        CloseUp(output);
    }

    // Where the edge from point a to point b crosses the line, rounded to whole units (the line itself is whole).
    private static void Cross(List<int> xy, int a, int b, int axis, int at, List<int> output)
    {
        var other = 1 - axis;
        var (a0, a1, b0, b1) = ((double)xy[2 * a + axis], (double)xy[2 * a + other], (double)xy[2 * b + axis], (double)xy[2 * b + other]);
        var value = (int)Math.Round(a1 + (b1 - a1) * (at - a0) / (b0 - a0), MidpointRounding.AwayFromZero);
        if (axis == 0) ProjectedAtlas.AddPoint(output, at, value);
        else ProjectedAtlas.AddPoint(output, value, at);
    }

    // A corner on one of the rectangle's sides between two others on the same side carries nothing: the cut goes
    // straight along the side without it (runs of them are what is left of coasts and borders beyond the frame).
    private static void DropRunsAlongSides(List<int> xy, IntBox box)
    {
        var kept = new List<int>(xy.Count);
        for (var i = 0; i < xy.Count; i += 2)
        {
            ProjectedAtlas.AddPoint(kept, xy[i], xy[i + 1]);
            while (kept.Count >= 6 && AlongSide(kept, kept.Count / 2 - 3, kept.Count / 2 - 2, kept.Count / 2 - 1, box))
            {
                kept.RemoveRange(kept.Count - 4, 2);
                var n = kept.Count;
                if (kept[n - 4] == kept[n - 2] && kept[n - 3] == kept[n - 1]) kept.RemoveRange(n - 2, 2);
            }
        }

        // The same where the ring closes, across its first and last corners.
        CloseUp(kept);
        while (kept.Count >= 6)
        {
            var n = kept.Count / 2;
            if (AlongSide(kept, n - 2, n - 1, 0, box)) kept.RemoveRange(kept.Count - 2, 2);
            else if (AlongSide(kept, n - 1, 0, 1, box)) kept.RemoveRange(0, 2);
            else break;
            CloseUp(kept);
        }

        xy.Clear();
        xy.AddRange(kept);
    }

    private static bool AlongSide(List<int> xy, int a, int b, int c, IntBox box)
    {
        var x = xy[2 * b];
        var y = xy[2 * b + 1];
        return (x == box.Left || x == box.Right) && xy[2 * a] == x && xy[2 * c] == x
            || (y == box.Top || y == box.Bottom) && xy[2 * a + 1] == y && xy[2 * c + 1] == y;
    }

    private static void CloseUp(List<int> xy)
    {
        var last = xy.Count - 2;
        if (last >= 2 && xy[0] == xy[last] && xy[1] == xy[last + 1]) xy.RemoveRange(last, 2);
    }

    private static long TwiceArea(List<int> xy)
    {
        var sum = 0L;
        var n = xy.Count / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) sum += (long)xy[2 * j] * xy[2 * i + 1] - (long)xy[2 * i] * xy[2 * j + 1];
        return sum;
    }
}

/// <summary>A rectangle in whole map units at one level.</summary>
internal readonly record struct IntBox(int Left, int Top, int Right, int Bottom)
{
    /// <summary>Whether every point of <paramref name="xy"/> lies in the box.</summary>
    public bool Holds(int[] xy)
    {
        for (var i = 0; i < xy.Length; i += 2)
        {
            if (xy[i] < Left || xy[i] > Right || xy[i + 1] < Top || xy[i + 1] > Bottom) return false;
        }

        return true;
    }
}
