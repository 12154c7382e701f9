namespace BriefingSite.Publish;

/// <summary>What the generator wrote for one briefing: a hash per field, and for each list field a key and hash per item.</summary>
/// <param name="Fields">Field name (or <see cref="FieldHashes.BodyField"/>) → hash of its YAML text.</param>
/// <param name="Items">List field name → one "keyhash:itemhash" print per item, in written order.</param>
public sealed record Fingerprint(IReadOnlyDictionary<string, string> Fields, IReadOnlyDictionary<string, IReadOnlyList<string>> Items);
