namespace BriefingSite.Render.Templates;

/// <summary>Thrown when a page's data holds a value <see cref="TemplateRenderer"/> does not render as Handlebars.Net would.</summary>
/// <remarks>A path into a list or a string, an each over a number, a date written out: the page is then made by Handlebars.Net.</remarks>
public sealed class UnsupportedValueException : Exception
{
    public UnsupportedValueException()
    {
    }

    public UnsupportedValueException(string message)
        : base(message)
    {
    }

    public UnsupportedValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
