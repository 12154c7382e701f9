using BriefingSite.Model;

namespace BriefingSite.Cache;

/// <summary>
/// A compact binary form of a briefing for the build cache: reading 10,000 of these takes a fraction of parsing
/// their YAML. Briefings with unknown front matter fields (<see cref="Briefing.Extra"/>) are not cached: their
/// values are whatever YAML makes of them, and the YAML reader stays their only source.
/// </summary>
public static class BriefingCodec
{
    public static bool CanStore(Briefing briefing) => briefing.Extra.Count == 0;

    public static void Write(BinaryWriter writer, Briefing briefing)
    {
        writer.Write(briefing.Title);
        writer.Write(briefing.Slug);
        WriteOptional(writer, briefing.Date?.DayNumber);
        WriteTexts(writer, briefing.Authors);
        writer.Write(briefing.Source is not null);
        if (briefing.Source is { } source)
        {
            writer.Write(source.File);
            WriteOptional(writer, source.Url);
            WriteOptional(writer, source.Sha256);
        }

        writer.Write(briefing.Summary);
        WriteTexts(writer, briefing.KeyPoints);
        WriteTexts(writer, briefing.Tags);

        // Loops rather than WriteList and its delegates: this runs for every briefing a build reads or writes.
        writer.Write(briefing.Entities.Count);
        foreach (var e in briefing.Entities)
        {
            writer.Write(e.Name);
            writer.Write(e.Id);
            writer.Write((int)e.Type);
            WriteOptional(writer, e.Role);
            WriteTexts(writer, e.Aliases);
        }

        writer.Write(briefing.Figures.Count);
        foreach (var f in briefing.Figures)
        {
            WriteFact(writer, f.Value, f.About, f.Sentence);
        }

        writer.Write(briefing.Events.Count);
        foreach (var e in briefing.Events)
        {
            WriteFact(writer, e.Date, e.Text, e.Sentence);
        }

        writer.Write(briefing.Quotes.Count);
        foreach (var q in briefing.Quotes)
        {
            WriteFact(writer, q.Speaker, q.Text, q.Sentence);
        }

        WriteTexts(writer, briefing.Related);
        WriteTexts(writer, briefing.Sources);
        writer.Write(briefing.Body);
    }

    private static void WriteFact(BinaryWriter writer, string first, string second, int? sentence)
    {
        writer.Write(first);
        writer.Write(second);
        WriteOptional(writer, sentence);
    }

    public static Briefing Read(BinaryReader reader)
    {
        var title = reader.ReadString();
        var slug = reader.ReadString();
        var date = ReadOptionalInt(reader) is int day ? DateOnly.FromDayNumber(day) : (DateOnly?)null;
        var authors = ReadTexts(reader);
        var source = reader.ReadBoolean()
            ? new SourceInfo { File = reader.ReadString(), Url = ReadOptionalString(reader), Sha256 = ReadOptionalString(reader) }
            : null;
        return new Briefing
        {
            Title = title,
            Slug = slug,
            Date = date,
            Authors = authors,
            Source = source,
            Summary = reader.ReadString(),
            KeyPoints = ReadTexts(reader),
            Tags = ReadTexts(reader),
            Entities = ReadList(reader, () => new EntityRef
            {
                Name = reader.ReadString(),
                Id = reader.ReadString(),
                Type = (EntityType)reader.ReadInt32(),
                Role = ReadOptionalString(reader),
                Aliases = ReadTexts(reader),
            }),
            Figures = ReadList(reader, () => new Figure { Value = reader.ReadString(), About = reader.ReadString(), Sentence = ReadOptionalInt(reader) }),
            Events = ReadList(reader, () => new DatedEvent { Date = reader.ReadString(), Text = reader.ReadString(), Sentence = ReadOptionalInt(reader) }),
            Quotes = ReadList(reader, () => new Quote { Speaker = reader.ReadString(), Text = reader.ReadString(), Sentence = ReadOptionalInt(reader) }),
            Related = ReadTexts(reader),
            Sources = ReadTexts(reader),
            Body = reader.ReadString(),
        };
    }

    /// <summary>A list: its count, then each item (shared by the cache's other files).</summary>
    internal static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    /// <summary>A list of texts as <see cref="WriteList"/> writes it.</summary>
    /// <remarks>
    /// Without a delegate per list: the ahead-of-time compiled tool makes a delegate to <c>writer.Write</c> (a virtual
    /// method) through a slow runtime look-up: in a profile of a clean build, most of the samples spent making delegates.
    /// </remarks>
    internal static void WriteTexts(BinaryWriter writer, IReadOnlyList<string> items)
    {
        // By index: a foreach over the interface would box an enumerator for each of a large site's million lists.
        writer.Write(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            writer.Write(items[i]);
        }
    }

    /// <summary>A list of texts as <see cref="WriteTexts"/> wrote it.</summary>
    internal static List<string> ReadTexts(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var items = new List<string>(Math.Min(count, 1 << 16));
        for (var i = 0; i < count; i++)
        {
            items.Add(reader.ReadString());
        }

        return items;
    }

    /// <summary>A list as <see cref="WriteList"/> wrote it; a damaged count throws rather than reserving room for it.</summary>
    internal static List<T> ReadList<T>(BinaryReader reader, Func<T> read)
    {
        var count = reader.ReadInt32();
        var items = new List<T>(Math.Min(count, 1 << 16));
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items;
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    internal static void WriteOptional(BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        if (value is int number)
        {
            writer.Write(number);
        }
    }

    private static string? ReadOptionalString(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    internal static int? ReadOptionalInt(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;
}
