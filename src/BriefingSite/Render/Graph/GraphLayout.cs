namespace BriefingSite.Render.Graph;

/// <summary>Places graph nodes in a box, deterministically: the same graph always gets the same picture.</summary>
public static class GraphLayout
{
    private const int Iterations = 400;

    /// <summary>A force-directed layout (Fruchterman–Reingold) started from a circle in node order: no randomness, so no seed to keep.</summary>
    public static (double X, double Y)[] ForceDirected(int count, IReadOnlyList<GraphEdge> edges, double width, double height)
    {
        var at = Circle(count, width / 2, height / 2, Math.Min(width, height) * 0.4, offset: 0);
        var ideal = Math.Sqrt(width * height / Math.Max(1, count)) * 1.2;
        var temperature = width / 8;
        for (var step = 0; step < Iterations; step++)
        {
            var push = new (double X, double Y)[count];
            for (var a = 0; a < count; a++)
            {
                for (var b = a + 1; b < count; b++)
                {
                    var (dx, dy, d) = Between(at[a], at[b], a, b);
                    var force = ideal * ideal / d;
                    push[a] = (push[a].X + (dx / d * force), push[a].Y + (dy / d * force));
                    push[b] = (push[b].X - (dx / d * force), push[b].Y - (dy / d * force));
                }
            }

            foreach (var edge in edges)
            {
                var (dx, dy, d) = Between(at[edge.From], at[edge.To], edge.From, edge.To);
                var force = d * d / ideal * Math.Min(2, Math.Sqrt(edge.Weight)) / Math.Max(1, Math.Sqrt(edges.Count / (double)count));
                push[edge.From] = (push[edge.From].X - (dx / d * force), push[edge.From].Y - (dy / d * force));
                push[edge.To] = (push[edge.To].X + (dx / d * force), push[edge.To].Y + (dy / d * force));
            }

            for (var n = 0; n < count; n++)
            {
                // A gentle pull to the centre keeps unconnected nodes in the picture.
                push[n] = (push[n].X + ((width / 2) - at[n].X) * 0.05 * ideal / 10, push[n].Y + ((height / 2) - at[n].Y) * 0.05 * ideal / 10);
                var length = Math.Max(1e-9, Math.Sqrt((push[n].X * push[n].X) + (push[n].Y * push[n].Y)));
                var move = Math.Min(length, temperature);
                at[n] = (at[n].X + (push[n].X / length * move), at[n].Y + (push[n].Y / length * move));
            }

            temperature *= 0.985;
        }

        return Fit(at, width, height);
    }

    /// <summary>The first node in the middle, the others evenly on a circle around it.</summary>
    public static (double X, double Y)[] Radial(int count, double width, double height)
    {
        var around = Circle(count - 1, width / 2, height / 2, Math.Min(width, height) * 0.36, offset: -Math.PI / 2);
        return [(width / 2, height / 2), .. around];
    }

    private static (double X, double Y)[] Circle(int count, double cx, double cy, double radius, double offset) =>
        Enumerable.Range(0, count).Select(i => (cx + (radius * Math.Cos(offset + (2 * Math.PI * i / Math.Max(1, count)))), cy + (radius * Math.Sin(offset + (2 * Math.PI * i / Math.Max(1, count)))))).ToArray();

    // Two nodes on one spot are nudged apart by their numbers, never by chance.
    private static (double Dx, double Dy, double D) Between((double X, double Y) a, (double X, double Y) b, int i, int j)
    {
        var (dx, dy) = (a.X - b.X, a.Y - b.Y);
        var d = Math.Sqrt((dx * dx) + (dy * dy));
        return d < 0.01 ? (0.01 * (i - j), 0.01, 0.01 * Math.Sqrt(((i - j) * (i - j)) + 1)) : (dx, dy, d);
    }

    // Scaled into the box with a margin for labels.
    private static (double X, double Y)[] Fit((double X, double Y)[] at, double width, double height)
    {
        if (at.Length < 2)
        {
            return at.Select(_ => (width / 2, height / 2)).ToArray();
        }

        var (minX, maxX, minY, maxY) = (at.Min(p => p.X), at.Max(p => p.X), at.Min(p => p.Y), at.Max(p => p.Y));
        var (marginX, marginY) = (110.0, 30.0);
        var scaleX = (width - (2 * marginX)) / Math.Max(1e-9, maxX - minX);
        var scaleY = (height - (2 * marginY)) / Math.Max(1e-9, maxY - minY);
        return at.Select(p => (marginX + ((p.X - minX) * scaleX), marginY + ((p.Y - minY) * scaleY))).ToArray();
    }
}
