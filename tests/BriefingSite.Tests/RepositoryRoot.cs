namespace BriefingSite.Tests;

/// <summary>Finds the repository (the folder holding BriefingSite.sln) and the shared evaluation data beside it.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>../shared/&lt;relative&gt; beside the repository, or null when that data is not on this machine.</summary>
    public static string? Shared(string relative)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", relative));
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "BriefingSite.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("BriefingSite.sln not found above " + AppContext.BaseDirectory);
    }
}
