namespace BriefingSite.Cache;

/// <summary>Identifies this build of the tool: cached results made by any other build (another extractor, reader or theme) are not reused.</summary>
public static class ToolVersion
{
    public static string Id { get; } = typeof(ToolVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
