using System.Text.Json;

namespace BriefingSite.Render;

public static partial class FrontMatter
{
    /// <summary>What <see cref="Walk"/> hands a briefing's fields to: a record is a map of fields, in a list or named.</summary>
    private interface IFieldSink
    {
        void Text(string name, string value);

        void Number(string name, int value);

        void Texts(string name, IReadOnlyList<string> values);

        /// <summary>An unknown field's value, made plain (see <see cref="FrontMatter.Plain"/>).</summary>
        void Plain(string name, object? value);

        void BeginList(string name, int count);

        void EndList();

        /// <param name="name">Null for a record in the list begun last.</param>
        /// <param name="fields">How many fields it may have.</param>
        void BeginRecord(string? name, int fields);

        void EndRecord();
    }

    /// <summary>The fields as maps and lists, for templates: each record with room for the two or three a view adds (url, anchor, speaker_url).</summary>
    private sealed class MapSink : IFieldSink
    {
        private Dictionary<string, object?> current;
        private List<object?>? list;

        public MapSink(int capacity) => current = Root = new Dictionary<string, object?>(capacity, StringComparer.Ordinal);

        public Dictionary<string, object?> Root { get; }

        public void Text(string name, string value) => current[name] = value;

        public void Number(string name, int value) => current[name] = value;

        public void Texts(string name, IReadOnlyList<string> values) => current[name] = values.ToList<object?>();

        public void Plain(string name, object? value) => current[name] = value;

        public void BeginList(string name, int count) => current[name] = list = new List<object?>(count);

        public void EndList() => list = null;

        public void BeginRecord(string? name, int fields)
        {
            var record = new Dictionary<string, object?>(fields + 2, StringComparer.Ordinal);
            if (name is null)
            {
                list!.Add(record);
            }
            else
            {
                current[name] = record;
            }

            current = record;
        }

        public void EndRecord() => current = Root;
    }

    /// <summary>The fields as JSON, as <see cref="JsonValue"/> writes the maps and lists of <see cref="MapSink"/>.</summary>
    private readonly struct JsonSink(Utf8JsonWriter writer) : IFieldSink
    {
        public void Text(string name, string value) => writer.WriteString(name, value);

        public void Number(string name, int value) => writer.WriteNumber(name, (long)value);

        public void Texts(string name, IReadOnlyList<string> values)
        {
            writer.WriteStartArray(name);
            for (var i = 0; i < values.Count; i++)
            {
                writer.WriteStringValue(values[i]);
            }

            writer.WriteEndArray();
        }

        public void Plain(string name, object? value)
        {
            writer.WritePropertyName(name);
            JsonValue.Write(writer, value);
        }

        public void BeginList(string name, int count) => writer.WriteStartArray(name);

        public void EndList() => writer.WriteEndArray();

        public void BeginRecord(string? name, int fields)
        {
            if (name is null)
            {
                writer.WriteStartObject();
            }
            else
            {
                writer.WriteStartObject(name);
            }
        }

        public void EndRecord() => writer.WriteEndObject();
    }
}
