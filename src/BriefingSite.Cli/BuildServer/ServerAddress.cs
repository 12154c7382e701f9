using System.IO.Hashing;
using System.Text;

namespace BriefingSite.Cli.BuildServer;

/// <summary>Where the build server of a request listens: a Unix socket in a folder only the user may enter, named by a
/// hash of the tool's version (its library's and its command line's) and the request, so that only the same tool
/// building the same way reaches it.</summary>
internal static class ServerAddress
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <returns>The socket's path; null when no folder of the user's own can be had (then no server is used).</returns>
    public static string? For(BuildRequest request)
    {
        string?[] parts = [Cache.ToolVersion.Id, typeof(ServerAddress).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
            request.Folder, request.Config, request.Articles, request.Content, request.Output, request.Theme, request.BaseUrl];
        var key = XxHash128.Hash(Encoding.UTF8.GetBytes(string.Join("\0", parts.Select(part => part ?? "\u0001"))));
        return Folder() is { } folder ? Path.Join(folder, $"build-{Convert.ToHexStringLower(key)[..16]}.sock") : null;
    }

    // In $XDG_RUNTIME_DIR, the user's alone, or else in the temporary folder; made for the user only, and not used
    // when someone else made it open to others.
    private static string? Folder()
    {
        var runtime = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        var folder = runtime is { Length: > 0 } && Directory.Exists(runtime)
            ? Path.Join(runtime, "briefing")
            : Path.Join(Path.GetTempPath(), $"briefing-{Environment.UserName}");
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
                return folder;
            }

            Directory.CreateDirectory(folder, OwnerOnly);
            if (File.GetUnixFileMode(folder) != OwnerOnly)
            {
                File.SetUnixFileMode(folder, OwnerOnly);
            }

            return folder;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
