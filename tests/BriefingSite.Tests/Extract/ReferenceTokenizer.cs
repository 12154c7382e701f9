using System.Text.RegularExpressions;

namespace BriefingSite.Tests.Extract;

/// <summary>Words as they were read before the tokenizer scanned by hand: by a regular expression.</summary>
internal static partial class ReferenceTokenizer
{
    public static List<(string Text, int Start, int End)> Tokenize(string text) =>
        [.. Word().Matches(text).Select(m => (m.Value, m.Index, m.Index + m.Length))];

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu}\p{Ll})|[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+|['’](?![sS]\b)\p{L}+)*")]
    private static partial Regex Word();
}
