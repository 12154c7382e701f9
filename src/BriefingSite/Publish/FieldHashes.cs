using System.Security.Cryptography;
using System.Text;
using BriefingSite.Model;

namespace BriefingSite.Publish;

/// <summary>Fingerprints of what the generator last wrote for each front matter field, list item and the body of one briefing.</summary>
public static class FieldHashes
{
    public const string BodyField = "(body)";

    public static Fingerprint Of(Briefing briefing)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in FrontMatterWriter.Fields(briefing).Where(f => !briefing.Extra.ContainsKey(f.Key)))
        {
            hashes[key] = Hash(FrontMatterWriter.ValueText(key, value));
        }

        foreach (var key in KnownOptionalFields.Where(k => !hashes.ContainsKey(k)))
        {
            hashes[key] = Hash("");
        }

        hashes[BodyField] = Hash(FrontMatterWriter.BodyText(briefing.Body));
        var items = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var list in ListField.All)
        {
            items[list.Name] = list.Prints(briefing);
        }

        return new Fingerprint(hashes, items);
    }

    // Fields the writer leaves out when empty still have a value to compare: absent.
    private static readonly string[] KnownOptionalFields = ["date", "author", "source"];

    // Only the first bytes of the digest are turned to hex: the print keeps the first `length` characters.
    internal static string Hash(string text, int length = 16)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        var hex = Convert.ToHexStringLower(digest[..((length + 1) / 2)]);
        return hex.Length == length ? hex : hex[..length];
    }
}
