using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingSite.Ingest;

/// <summary>A YAML parser that remembers where the event before the current one began.</summary>
/// <remarks>
/// YamlDotNet parses a key left empty (" : value") and then throws an <see cref="ArgumentException"/>, naming no place,
/// when it makes nodes of the events; a bracket left open before a quote (<c>title: [Talks stall"</c>) makes its scanner
/// throw an <see cref="InvalidOperationException"/>. The place before the failing event is where to look.
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

    /// <summary>True for the exceptions YamlDotNet throws, naming no place, on YAML it cannot read (see above).</summary>
    public static bool IsUnplaced(Exception error) => error is ArgumentException or InvalidOperationException;

    /// <summary>What to say of such an exception.</summary>
    public static string Describe(Exception error) => error is InvalidOperationException
        ? "invalid YAML: this cannot be read (is a bracket or quote left open?)"
        : Unreadable;
}
