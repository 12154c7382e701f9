using System.Runtime.CompilerServices;

namespace BriefingSite.Render.Templates;

/// <summary>Room on the stack for a helper call's arguments.</summary>
[InlineArray(TemplateParser.MostArguments)]
internal struct ArgumentBuffer
{
    private object? first;
}
