namespace BriefingSite.Cli.Serve;

/// <summary>A path as printed: relative to the project root with forward slashes, or whole when it lies outside.</summary>
public static class ShownPath
{
    public static string Of(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? path
            : relative.Replace('\\', '/');
    }
}
