using System.Text;

namespace BriefingSite.Tests.Render.Templates;

/// <summary>Random well-nested templates, rich in the whitespace around tags that Handlebars strips or keeps.</summary>
internal static class RandomTemplate
{
    public static readonly Dictionary<string, string> Partials = new()
    {
        ["p"] = "[{{x}}]\n",
        ["q"] = "{{#if t}}\n  q\n{{/if}}",
        ["r"] = "  {{#each list}}\n{{this}}{{@index}}\n  {{/each}}  \n",
    };

    private static readonly string[] Blanks = [" ", "  ", "\t", "\n", "\n", "\n", "a", "b\n", "\r\n"];

    private static readonly string[] Values = ["{{x}}", "{{{x}}}", "{{@index}}", "{{../x}}", "{{this}}", "{{! note }}", "{{!-- note --}}", "{{> p}}", "{{> q}}", "{{> r}}", "{{plural i \"a\" \"b\"}}"];

    private static readonly string[] Tests = ["t", "f", "x", "empty", "list", "el", "@first", "@index"];

    public static string Make(Random random)
    {
        var text = new StringBuilder();
        Append(text, random, depth: 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Random random, int depth)
    {
        var parts = random.Next(1, 7);
        for (var i = 0; i < parts; i++)
        {
            var roll = random.Next(10);
            if (roll < 5)
            {
                // The rare "\r\n" makes the parser refuse: once in ten templates or so.
                var blank = Blanks[random.Next(Blanks.Length)];
                text.Append(blank == "\r\n" && random.Next(4) > 0 ? "\n" : blank);
            }
            else if (roll < 7 || depth >= 3)
            {
                text.Append(Values[random.Next(Values.Length)]);
            }
            else
            {
                Block(text, random, depth);
            }
        }
    }

    private static void Block(StringBuilder text, Random random, int depth)
    {
        var (open, close) = random.Next(3) switch
        {
            0 => ($"{{{{#if {Tests[random.Next(Tests.Length)]}}}}}", "{{/if}}"),
            1 => ($"{{{{#unless {Tests[random.Next(Tests.Length)]}}}}}", "{{/unless}}"),
            _ => (random.Next(2) == 0 ? "{{#each list}}" : "{{#each el}}", "{{/each}}"),
        };
        text.Append(open);
        Append(text, random, depth + 1);
        if (random.Next(3) == 0)
        {
            text.Append("{{else}}");
            Append(text, random, depth + 1);
        }

        text.Append(close);
    }
}
