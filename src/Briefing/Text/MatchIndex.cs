using System.Runtime.Intrinsics;

namespace Briefing.Text;

/// <summary>
/// Candidates folded once, for many "did you mean" look-ups among the same words (the slugs of thousands of
/// briefings, when many links are broken). Answers exactly as <see cref="ClosestMatch.Find"/> does, which uses it.
/// </summary>
public sealed class MatchIndex
{
    // Letters, digits and '-' get a bin each; anything else shares the rest. A merged bin only weakens the bound below.
    private const int Bins = 64;

    private readonly string[] _candidates;
    private readonly string[] _folded;
    private readonly byte[] _bags;

    /// <summary>An index of the distinct <paramref name="candidates"/>.</summary>
    public MatchIndex(IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        _candidates = candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _folded = _candidates.Select(TextFolding.Fold).ToArray();
        _bags = new byte[_candidates.Length * Bins];
        for (var i = 0; i < _folded.Length; i++) Count(_folded[i], _bags.AsSpan(i * Bins, Bins));
    }

    /// <summary>Up to <paramref name="max"/> candidates close to <paramref name="input"/>, closest first, ties in ordinal order (see <see cref="ClosestMatch"/>).</summary>
    public IReadOnlyList<string> Find(string input, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (max <= 0) return [];
        var folded = TextFolding.Fold(input);
        var limit = ClosestMatch.Limit(folded.Length);
        if (limit < 0) return [];

        // A cheap lower bound of each distance first (an edit changes the length, and the count of each letter, by
        // at most one); then the distances, most promising first, until no bound left can beat the max-th best.
        Span<byte> bag = stackalloc byte[Bins];
        Count(folded, bag);
        // Candidates by their lower bound, one list per bound (0 to limit): no sort of thousands per look-up.
        var hopeful = new List<int>?[limit + 1];
        for (var i = 0; i < _candidates.Length; i++)
        {
            var lower = Math.Abs(_folded[i].Length - folded.Length);
            if (lower <= limit && (lower = Math.Max(lower, BagDistance(bag, _bags.AsSpan(i * Bins, Bins)))) <= limit) (hopeful[lower] ??= []).Add(i);
        }

        var matches = new List<(int Distance, int Index)>();
        var bound = limit;
        for (var lower = 0; lower <= bound; lower++)
        {
            foreach (var i in hopeful[lower] ?? [])
            {
                var distance = ClosestMatch.Osa(folded, _folded[i], bound);
                if (distance > bound) continue;
                matches.Add((distance, i));
                if (matches.Count < max) continue;
                // Ties at the max-th best distance still count: an earlier candidate in ordinal order wins them.
                matches.Sort();
                matches.RemoveRange(max, matches.Count - max);
                bound = matches[^1].Distance;
                if (lower > bound) break;
            }
        }

        return matches.Order().Take(max).Select(m => _candidates[m.Index]).ToList();
    }

    private static void Count(string folded, Span<byte> bag)
    {
        foreach (var c in folded)
        {
            ref var bin = ref bag[c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : c == '-' ? 36 : 37 + (c % (Bins - 37))];
            if (bin < byte.MaxValue) bin++; // a capped count still gives a lower bound
        }
    }

    // Letters one string has more of than the other, the larger side: no sequence of fewer edits can turn one into
    // the other. Vectors of 16 counts (the width every x64 and Arm64 machine has): this runs for every candidate of a look-up.
    private static int BagDistance(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var (more, fewer) = (0, 0);
        for (var i = 0; i < Bins; i += Vector128<byte>.Count)
        {
            var (x, y) = (Vector128.Create(a.Slice(i, Vector128<byte>.Count)), Vector128.Create(b.Slice(i, Vector128<byte>.Count)));
            var most = Vector128.Max(x, y);
            more += Sum(most - y);
            fewer += Sum(most - x);
        }

        return Math.Max(more, fewer);
    }

    private static int Sum(Vector128<byte> counts)
    {
        var (lower, upper) = Vector128.Widen(counts);
        return Vector128.Sum(lower + upper);
    }
}
