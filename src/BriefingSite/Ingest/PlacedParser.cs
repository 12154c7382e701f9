using BriefingSite.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingSite.Ingest;

/// <summary>A YAML parser that can say where YAML it failed to read went wrong.</summary>
/// <remarks>
/// YamlDotNet parses a key left empty (" : value") and then throws an <see cref="ArgumentException"/>, naming no place,
/// when it makes nodes of the events; a bracket left open makes its scanner throw an
/// <see cref="InvalidOperationException"/>, or a <see cref="YamlException"/> placed where the lines after it failed.
/// So the parser remembers where the event before the current one began, and where each '[' or '{' still open was.
/// </remarks>
internal sealed class PlacedParser(string yaml) : IParser
{
    private readonly Parser parser = new(new StringReader(yaml));

    // One entry per collection open: where its '[' or '{' is, or null for a block collection.
    private readonly Stack<(Mark Start, char Bracket)?> open = new();

    private Mark last = new(0, 1, 1);

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        last = parser.Current?.Start ?? last;
        var moved = parser.MoveNext();
        switch (parser.Current)
        {
            case SequenceStart start:
                open.Push(start.Style == SequenceStyle.Flow ? (start.Start, '[') : null);
                break;
            case MappingStart start:
                open.Push(start.Style == MappingStyle.Flow ? (start.Start, '{') : null);
                break;
            case SequenceEnd or MappingEnd when open.Count > 0:
                open.Pop();
                break;
        }

        return moved;
    }

    /// <summary>True for the exceptions YamlDotNet throws on YAML it cannot read (see above).</summary>
    public static bool IsReadError(Exception error) =>
        error is YamlException or ArgumentException or InvalidOperationException;

    /// <summary>The problem to report for such an exception, the YAML's lines counted from <paramref name="firstLine"/>.</summary>
    public Diagnostic Problem(Exception error, string path, int firstLine)
    {
        var flow = open.Count > 0 ? open.Peek() : null;
        if (flow is { } bracket && LeftOpen(error, bracket.Start))
        {
            var after = error is YamlException later
                ? $" before line {later.Start.Line + firstLine - 1} ({Reason(later)})"
                : "";
            return At(bracket.Start, $"invalid YAML: this '{bracket.Bracket}' is not closed{after}");
        }

        return error switch
        {
            YamlException placed when QuoteLeftOpen(Reason(placed)) =>
                At(placed.Start, $"invalid YAML: this quote is not closed ({Reason(placed)})"),
            YamlException placed => At(placed.Start, "invalid YAML: " + Reason(placed)),
            InvalidOperationException => At(last, "invalid YAML: this cannot be read (is a bracket or quote left open?)"),
            _ => At(last, "invalid YAML: this cannot be read (is a key missing before ':'?)"),
        };

        Diagnostic At(Mark mark, string message) =>
            new(path, (int)mark.Line + firstLine - 1, (int)mark.Column, message);
    }

    // A bracket still open when the scanner gave up, or when a later line failed, is the likeliest fault.
    private static bool LeftOpen(Exception error, Mark bracket) => error switch
    {
        YamlException placed => placed.Start.Line > bracket.Line,
        InvalidOperationException => true,
        _ => false,
    };

    // The scanner places a quoted text's errors where its quote opens; these two say the quote never closed.
    private static bool QuoteLeftOpen(string reason) =>
        reason.Contains("quoted scalar", StringComparison.Ordinal)
        && (reason.Contains("wrong indentation", StringComparison.Ordinal)
            || reason.Contains("end of stream", StringComparison.Ordinal));

    private static string Reason(YamlException error)
    {
        var message = error.InnerException?.Message ?? error.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
        return message.Replace("  ", " ", StringComparison.Ordinal).Trim().TrimEnd('.');
    }
}
