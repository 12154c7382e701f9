namespace BriefingSite.Model;

/// <summary>A problem with one file, with the line and column where it lies when known (1-based).</summary>
public sealed record Diagnostic(string Path, int? Line, int? Column, string Message)
{
    public override string ToString() => Line is int line
        ? $"{Path}:{line}:{Column ?? 1}: {Message}"
        : $"{Path}: {Message}";
}
