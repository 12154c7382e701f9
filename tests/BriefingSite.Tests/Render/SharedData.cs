namespace BriefingSite.Tests.Render;

/// <summary>Finds the evaluation data kept beside the repository (../shared), which tests read but never copy.</summary>
internal static class SharedData
{
    /// <summary>The folder under ../shared, or null when the data is not present on this machine.</summary>
    public static string? Folder(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BriefingSite.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", relative));
                return Directory.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
