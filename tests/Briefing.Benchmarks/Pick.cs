namespace Briefing.Benchmarks;

/// <summary>Seeded draws from lists; every draw goes through the one <see cref="Random"/> so a seed fixes the corpus.</summary>
public static class Pick
{
    /// <summary>One element.</summary>
    public static T One<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary><paramref name="count"/> different elements, in the order drawn.</summary>
    public static List<T> Distinct<T>(Random random, IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToArray();
        var picked = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, indexes.Length);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
            picked.Add(items[indexes[i]]);
        }

        return picked;
    }

    /// <summary><paramref name="count"/> different elements of a large list, without copying it.</summary>
    public static List<T> DistinctSparse<T>(Random random, IReadOnlyList<T> items, int count)
    {
        var seen = new HashSet<int>();
        var picked = new List<T>(count);
        while (picked.Count < count)
        {
            var index = random.Next(items.Count);
            if (seen.Add(index)) picked.Add(items[index]);
        }

        return picked;
    }
}
