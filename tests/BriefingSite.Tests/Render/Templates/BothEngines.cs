using BriefingSite.Render;
using BriefingSite.Render.Templates;
using HandlebarsDotNet;

namespace BriefingSite.Tests.Render.Templates;

/// <summary>Renders a template with this library's renderer and with Handlebars.Net, set up as PageTemplates sets it up.</summary>
internal static class BothEngines
{
    private static readonly ITextEncoder Encoder = Handlebars.Create().Configuration.TextEncoder!;

    /// <summary>The template parsed with the partials, or null when the parser leaves it to Handlebars.Net.</summary>
    public static ParsedTheme? Parse(string template, IReadOnlyDictionary<string, string>? partials = null) =>
        ParsedTheme.Parse([KeyValuePair.Create("page", template)], partials ?? new Dictionary<string, string>(), Encoder);

    /// <summary>The page as this library's renderer writes it.</summary>
    public static string Ours(ParsedTheme theme, object? data)
    {
        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        theme.Render("page", writer, data);
        return writer.ToString();
    }

    /// <summary>The page as Handlebars.Net writes it, or its exception's type.</summary>
    public static string Reference(string template, object? data, IReadOnlyDictionary<string, string>? partials = null)
    {
        var handlebars = Handlebars.Create();
        PageTemplates.RegisterHelpers(handlebars);
        foreach (var (name, source) in partials ?? new Dictionary<string, string>())
        {
            handlebars.RegisterTemplate(name, source);
        }

        var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            handlebars.Compile(new StringReader(template))(writer, data);
        }
        catch (Exception failure) when (failure is HandlebarsException or InvalidOperationException or ArgumentException)
        {
            return failure.GetType().Name;
        }

        return writer.ToString();
    }
}
