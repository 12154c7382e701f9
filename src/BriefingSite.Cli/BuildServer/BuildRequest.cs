using System.Text.Json.Serialization;
using BriefingSite.Config;

namespace BriefingSite.Cli.BuildServer;

/// <summary>
/// A `briefing build` as a build server is asked to run it: the folder it runs in and its site options, each folder
/// a full path (see <see cref="SiteOptions"/>). Equal requests name the same server (see <see cref="ServerAddress"/>).
/// </summary>
internal sealed record BuildRequest(string Folder, string? Config, string? Articles, string? Content, string? Output, string? Theme, string? BaseUrl)
{
    /// <summary>Asks the server to stop rather than build.</summary>
    public bool Stop { get; init; }

    public SiteConfig Overrides => new() { Articles = Articles, Content = Content, Output = Output, Theme = Theme, BaseUrl = BaseUrl };

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, BuildServerJson.Default.BuildRequest);

    /// <returns>The request; null for anything else.</returns>
    public static BuildRequest? FromJson(string json)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize(json, BuildServerJson.Default.BuildRequest);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>One line of a build server's answer: a stage's progress, or at the end the build's report or why it could not run.</summary>
internal sealed record BuildReply(StageProgress? Progress = null, BuildReport? Report = null, string? Error = null)
{
    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(this, BuildServerJson.Default.BuildReply);

    public static BuildReply? FromJson(string json) => System.Text.Json.JsonSerializer.Deserialize(json, BuildServerJson.Default.BuildReply);
}

// Generated at compile time: a `briefing build` that a server answers spends no time on reflection.
[JsonSerializable(typeof(BuildRequest))]
[JsonSerializable(typeof(BuildReply))]
internal sealed partial class BuildServerJson : JsonSerializerContext;
