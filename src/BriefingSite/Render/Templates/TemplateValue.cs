namespace BriefingSite.Render.Templates;

/// <summary>A value a tag names: a path into the data, an @ variable of an each, or a quoted string.</summary>
internal sealed class TemplateValue
{
    private TemplateValue(ValueKind kind, string text, int up, bool fromRoot, string[] keys)
    {
        Kind = kind;
        Text = text;
        Up = up;
        FromRoot = fromRoot;
        Keys = keys;

        // What Handlebars.Net passes a helper for a name that does not resolve: the first key it could not find.
        Missing = kind == ValueKind.Path
            ? Array.ConvertAll(keys, key => new MissingValue(key))
            : [new MissingValue(text.TrimStart('@'))];
    }

    public ValueKind Kind { get; }

    /// <summary>The literal's text, or the value as written in the template.</summary>
    public string Text { get; }

    /// <summary>How many enclosing each contexts "../" climbs.</summary>
    public int Up { get; }

    /// <summary>True for "@root…": the keys are looked up in the page's data.</summary>
    public bool FromRoot { get; }

    /// <summary>The keys looked up one in the other, none for "this" and "@root".</summary>
    public string[] Keys { get; }

    /// <summary>Made once, so a helper given a name that does not resolve costs nothing.</summary>
    public MissingValue[] Missing { get; }

    public static TemplateValue Literal(string text) => new(ValueKind.Literal, text, 0, false, []);

    /// <summary>The value written as <paramref name="text"/>, or null when it is outside the subset this engine renders.</summary>
    public static TemplateValue? Parse(string text)
    {
        switch (text)
        {
            case "this":
                return new(ValueKind.Path, text, 0, false, []);
            case "@root":
                return new(ValueKind.Path, text, 0, true, []);
            case "@index":
                return new(ValueKind.Index, text, 0, false, []);
            case "@first":
                return new(ValueKind.First, text, 0, false, []);
            case "@last":
                return new(ValueKind.Last, text, 0, false, []);
            case "@key":
                return new(ValueKind.Key, text, 0, false, []);
        }

        var fromRoot = text.StartsWith("@root.", StringComparison.Ordinal);
        var rest = fromRoot ? text["@root.".Length..] : text;
        var up = 0;
        while (!fromRoot && rest.StartsWith("../", StringComparison.Ordinal))
        {
            up++;
            rest = rest[3..];
        }

        var keys = rest.Split('.');
        foreach (var key in keys)
        {
            if (!IsKey(key))
            {
                return null;
            }
        }

        // A lone name that Handlebars could read as a helper or a literal is left to Handlebars.Net.
        return keys.Length == 1 && up == 0 && !fromRoot && IsReserved(keys[0]) ? null : new(ValueKind.Path, text, up, fromRoot, keys);
    }

    private static bool IsKey(string key)
    {
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_') || key is "this")
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsReserved(string name) =>
        ThemeHelpers.Has(name) || name is "if" or "unless" or "each" or "with" or "lookup" or "log" or "else" or "true" or "false" or "null" or "undefined";
}
