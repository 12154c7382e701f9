using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingSite.Ingest;

/// <summary>A YAML parser that remembers where the event before the current one began.</summary>
/// <remarks>
/// YamlDotNet parses a key left empty (" : value") and then throws an <see cref="ArgumentException"/>, naming no place,
/// when it makes nodes of the events: the place before the failing event is where to look.
/// </remarks>
internal sealed class PlacedParser(string yaml) : IParser
{
    private readonly Parser parser = new(new StringReader(yaml));

    public Mark Last { get; private set; } = new(0, 1, 1);

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        Last = parser.Current?.Start ?? Last;
        return parser.MoveNext();
    }

    public const string Unreadable = "invalid YAML: this cannot be read (is a key missing before ':'?)";
}
