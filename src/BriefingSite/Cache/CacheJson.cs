using System.Text.Json.Serialization;
using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// The JSON that caches and keys are written with, generated at compile time: nothing is looked up by reflection as a
/// run starts, and the tool can be compiled ahead of time whole. An entity file's extra fields hold YAML's plain data.
/// </summary>
[JsonSerializable(typeof(SiteSettings))]
[JsonSerializable(typeof(IReadOnlyList<EntityFile>))]
[JsonSerializable(typeof(BuildRecord))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(List<object?>))]
[JsonSerializable(typeof(OrderedDictionary<string, object?>))]
internal sealed partial class CacheJson : JsonSerializerContext
{
    /// <summary>Entity files as JSON: all that linking reads of them, to be compared with or digested.</summary>
    public static byte[] Bytes(IReadOnlyList<EntityFile> entityFiles) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(entityFiles, Default.IReadOnlyListEntityFile);
}

/// <summary>What build.json holds: the digest of the files a build was made from, and its report.</summary>
internal sealed record BuildRecord(string Digest, BuildReport Report);
