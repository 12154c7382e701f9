namespace BriefingSite.Tests.Ingest;

/// <summary>Finds the repository (the folder holding BriefingSite.sln) and the shared evaluation data beside it.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BriefingSite.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("BriefingSite.sln not found above the test binaries.");
        }
    }

    /// <summary>../shared next to the repository; tests that need it return early with a message when it is absent.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A folder of ../shared, or null when it is absent (and then the test's output says it was skipped).</summary>
    public static string? SharedFolder(Xunit.Abstractions.ITestOutputHelper output, params string[] parts)
    {
        var folder = Path.Combine([Shared, .. parts]);
        if (Directory.Exists(folder))
        {
            return folder;
        }

        output.WriteLine($"Skipped: {string.Join('/', parts)} not found at {folder}.");
        return null;
    }

    public static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(Root, "seeds"), prefix + "_*.txt").Single();
}
