namespace BriefingSite.Render.Graph;

/// <summary>Places graph nodes in a box, deterministically: the same graph always gets the same picture.</summary>
public static class GraphLayout
{
    private const int Iterations = 400;

    /// <summary>
    /// A force-directed layout (Fruchterman–Reingold) started from a circle in node order: no randomness, so no seed to
    /// keep. With <paramref name="radii"/>, circles that would overlap are then moved apart.
    /// </summary>
    public static (double X, double Y)[] ForceDirected(int count, IReadOnlyList<GraphEdge> edges, double width, double height, double[]? radii = null)
    {
        var at = Fit(Forces(count, edges, width, height), width, height);
        return radii is null ? at : Apart(at, radii, width, height);
    }

    private static (double X, double Y)[] Forces(int count, IReadOnlyList<GraphEdge> edges, double width, double height)
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

        return at;
    }

    // Room between two circles, and around the picture's edge, for a label's line.
    private const double Gap = 8;

    /// <summary>Circles that overlap (or nearly) pushed apart along the line between them, half each, kept in the box:
    /// a few passes in node order, so the same graph always gets the same picture.</summary>
    private static (double X, double Y)[] Apart((double X, double Y)[] at, double[] radii, double width, double height)
    {
        for (var pass = 0; pass < 100; pass++)
        {
            var moved = false;
            for (var a = 0; a < at.Length; a++)
            {
                for (var b = a + 1; b < at.Length; b++)
                {
                    var (dx, dy, d) = Between(at[a], at[b], a, b);
                    var lacking = radii[a] + radii[b] + Gap - d;
                    if (lacking > 0)
                    {
                        var (x, y) = (dx / d * lacking / 2, dy / d * lacking / 2);
                        at[a] = Inside((at[a].X + x, at[a].Y + y), radii[a], width, height);
                        at[b] = Inside((at[b].X - x, at[b].Y - y), radii[b], width, height);
                        moved = true;
                    }
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return at;
    }

    private static (double X, double Y) Inside((double X, double Y) p, double radius, double width, double height) =>
        (Math.Clamp(p.X, radius + Gap, width - radius - Gap), Math.Clamp(p.Y, radius + Gap, height - radius - Gap - LabelRoom));

    // Below the lowest circle, its label.
    private const double LabelRoom = 14;

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
