using BriefingSite.Render.Templates;

namespace BriefingSite.Tests.Render.Templates;

/// <summary>Each template rendered by this library's renderer and by Handlebars.Net 2.4.3 must give the same text.</summary>
public class TemplateRendererTests
{
    private static readonly Dictionary<string, string> Partials = new()
    {
        ["line"] = "[{{x}}]\n",
        ["item"] = "<{{name}}|{{../x}}|{{@index}}|{{@first}}|{{@root.x}}>",
        ["block"] = "{{#if x}}\n  B\n{{/if}}",
        ["nested"] = "{{#each sub}}{{> item}}{{/each}}{{> line}}",
        ["briefing-line"] = "<li>{{title}}</li>",
    };

    public static TheoryData<string> Templates() =>
    [
        // Values, escaped and raw, of every type the views hold
        "{{s}}|{{{s}}}|{{html}}|{{{html}}}",
        "{{i}}|{{l}}|{{d}}|{{tenth}}|{{big}}|{{small}}|{{d0}}|{{neg0}}|{{nan}}|{{b}}|{{bf}}|{{zero}}|{{nul}}|{{missing}}|{{a.b.c}}|{{empty}}",
        "{{{i}}}|{{{big}}}|{{{b}}}|{{{nul}}}|{{{missing}}}",
        "{{dict.k1}}|{{dict.missing}}|{{dict.k1.deeper}}|{{nul.x}}|{{od.z}}|{{od.a}}|{{od.Count}}|{{dict.Count}}",
        "{{ s }}|{{{ s }}}|{{#if  b }}y{{/if  }}|{{# if b}}y{{/ if}}",

        // Truth of every falsy and truthy value
        "{{#if zero}}T{{else}}F{{/if}}{{#if lzero}}T{{else}}F{{/if}}{{#if d0}}T{{else}}F{{/if}}{{#if neg0}}T{{else}}F{{/if}}{{#if nan}}T{{else}}F{{/if}}",
        "{{#if empty}}T{{else}}F{{/if}}{{#if el}}T{{else}}F{{/if}}{{#if ed}}T{{else}}F{{/if}}{{#if eod}}T{{else}}F{{/if}}{{#if earr}}T{{else}}F{{/if}}",
        "{{#if nul}}T{{else}}F{{/if}}{{#if missing}}T{{else}}F{{/if}}{{#if a.b}}T{{else}}F{{/if}}{{#if fs}}T{{else}}F{{/if}}{{#if bf}}T{{else}}F{{/if}}",
        "{{#if b}}T{{else}}F{{/if}}{{#if s}}T{{else}}F{{/if}}{{#if i}}T{{else}}F{{/if}}{{#if list}}T{{else}}F{{/if}}{{#if dict}}T{{else}}F{{/if}}{{#if od}}T{{else}}F{{/if}}",
        "{{#if ro}}T{{else}}F{{/if}}{{#if set}}T{{else}}F{{/if}}{{#if eset}}T{{else}}F{{/if}}{{#if dec}}T{{else}}F{{/if}}{{#if dec0}}T{{else}}F{{/if}}{{#if date}}T{{else}}F{{/if}}",
        "{{#unless zero}}T{{else}}F{{/unless}}{{#unless s}}T{{else}}F{{/unless}}{{#unless missing}}T{{/unless}}{{#unless b}}T{{/unless}}",
        "{{#if b}}{{#if s}}{{#unless zero}}deep{{/unless}}{{/if}}{{/if}}",

        // Each over lists, maps, nothing, with @ variables, ../ and @root
        "{{#each items}}{{@index}}{{@first}}{{@last}}{{name}}:{{#each sub}}{{@index}}{{this}}{{../name}}{{@root.x}}{{x}}{{../../x}}{{../../../x}}{{/each}};{{/each}}",
        "{{#each items}}{{x}}{{missing}}{{/each}}",
        "{{#each dict}}{{@key}}={{this}}{{@index}}{{@first}}{{@last}};{{/each}}",
        "{{#each od}}{{@key}}={{this}};{{/each}}{{#each list}}{{@key}}{{/each}}{{#each items}}{{#each this}}{{@key}}{{/each}}{{/each}}",
        "{{#each el}}x{{else}}empty{{/each}}{{#each nul}}x{{else}}null{{/each}}{{#each missing}}x{{else}}missing{{/each}}{{#each ed}}x{{else}}ed{{/each}}",
        "{{#each ro}}{{this}}{{/each}}{{#each set}}{{this}}{{@last}}{{/each}}{{#each list}}{{this}}{{/each}}{{#each mixed}}[{{this}}]{{/each}}",
        "{{#each items}}{{#if @index}}, {{/if}}{{name}}{{/each}}|{{#each items}}{{#unless @first}}, {{/unless}}{{name}}{{/each}}",
        "{{#each items}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}{{#unless @last}}-{{/unless}}{{#if @key}}K{{/if}}{{/each}}",
        "{{#each items}}{{#each sub}}{{@index}}{{/each}}{{@index}}{{/each}}",
        "{{#each items}}{{#if name}}{{@index}}{{../x}}{{#each sub}}{{../name}}{{/each}}{{/if}}{{/each}}",
        "{{#if x}}{{../x}}{{/if}}{{../x}}|{{#each items}}{{../../x}}{{/each}}|{{#if x}}{{#each list}}{{../x}}{{/each}}{{/if}}",
        "{{#each items}}{{@root.x}}{{@root.dict.missing}}{{/each}}{{@root.x}}{{@root.dict.k1}}{{@index}}{{@first}}{{@last}}{{@key}}",
        "{{#each items}}{{#each ../list}}{{this}}{{/each}}{{#if ../x}}y{{/if}}{{/each}}",
        "{{#each wordings}}{{#unless ../agrees}}<{{value}}>{{/unless}}{{/each}}",
        "{{#each nulls}}[{{this}}{{name}}]{{/each}}",
        "{{#each items}}{{#each sub}}{{name}}{{x.y}}{{../name}}{{#if name}}y{{/if}}{{plural one name}}{{/each}}{{/each}}",
        "{{i.x}}{{b.x}}{{d.x}}{{l.x}}{{s.x}}{{#if s.x}}y{{/if}}",
        "{{#each items}}{{#each missing}}{{else}}{{name}}|{{../name}}|{{../../x}}|{{@index}}|{{@root.x}}{{/each}}{{/each}}",
        "{{#each missing}}{{else}}{{x}}|{{../x}}|{{@index}}{{/each}}{{#each items}}{{#each el}}{{else}}{{> item}}{{/each}}{{/each}}",
        "{{#each items}}{{#if missing}}{{else}}{{../x}}{{/if}}{{#unless missing}}{{../x}}{{/unless}}{{#unless name}}{{else}}{{../x}}{{/unless}}{{/each}}",
        "{{#each el}}{{else}}{{@index}}|{{@first}}|{{@last}}|{{@key}}|{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}{{#if @key}}K{{/if}}{{/each}}",
        "{{#each ed}}{{else}}{{@index}}|{{@first}}|{{@last}}|{{@key}}|{{/each}}{{#each eset}}{{else}}{{@index}}|{{@first}}|{{@last}}|{{@key}}|{{/each}}",
        "{{#each nul}}{{else}}{{@index}}|{{@first}}|{{@last}}|{{@key}}|{{/each}}{{#each missing}}{{else}}{{@index}}|{{@first}}|{{@last}}|{{@key}}|{{/each}}",
        "{{#each items}}{{#each el}}{{else}}{{@index}}|{{@first}}|{{@last}}|{{@key}}|{{/each}}{{#each missing}}{{else}}{{@index}}|{{@key}}|{{/each}}{{/each}}",
        "{{#each dict}}{{#each el}}{{else}}{{@index}}|{{@first}}|{{@last}}|{{@key}}|{{/each}}{{/each}}",
        "{{#each el}}{{else}}{{plural i @index}}{{plural i @first}}{{plural i @key}}{{../x}}{{/each}}{{#each ed}}{{else}}{{../x}}{{/each}}{{#each nul}}{{else}}{{../x}}{{/each}}",
        "{{#each items}}{{#each el}}{{else}}{{#each sub}}{{../name}}{{../../name}}{{../../../x}}{{/each}}{{/each}}{{/each}}",

        // Helpers, with paths, @ variables and string arguments
        "{{plural i \"briefing\" \"briefings\"}}|{{plural one \"entity\" \"entities\"}}|{{plural zero \"a\" \"b\"}}|{{plural l \"a\" \"b\"}}|{{plural big \"a\" \"b\"}}",
        "{{plural list \"a\" \"b\"}}|{{plural missing \"a\" \"b\"}}|{{plural nul \"a\" \"b\"}}|{{plural d \"a\" \"b\"}}|{{plural s \"a\" \"b\"}}|{{plural dict \"a\" \"b\"}}|{{plural numeric \"a\" \"b\"}}",
        "{{plural i}}|{{plural i \"a\"}}|{{plural i missing}}|{{plural i nul}}|{{plural i \"<\" \">\"}}|{{{plural i \"<\" \">\"}}}|{{plural i 'a' 'b'}}|{{plural i \"a\" \"b\" \"c\"}}",
        "{{plural i a.b}}|{{plural i nul.b}}|{{plural i dict.zz}}|{{plural i @root.zz}}|{{plural i @root.dict.zz.yy}}|{{plural i ../x}}",
        "{{plural i @index}}|{{plural i @first}}|{{plural i @key}}|{{#each items}}{{plural @index \"a\" \"b\"}}{{plural one ../zz}}{{plural i @key}}{{plural i @last}}{{/each}}",
        "{{join list}}|{{join list \"<\"}}|{{join missing \", \"}}|{{join nul}}|{{join s}}|{{join i}}|{{join list missing}}|{{join dict}}|{{join el}}",
        "{{join ro \" & \"}}|{{{join list \"<\"}}}|{{join a.b}}|{{join list nul}}|{{join items}}|{{join list \",\"}}|{{join list 'x'}}|{{join mixed}}",
        "{{#each items}}{{join ../list \"-\"}}{{join sub}}{{/each}}{{join @root.list}}",

        // Comments and text that only looks like a tag
        "{{! a comment }}a{{!-- a longer }} comment --}}b",
        "a }} b {{s}} } { c",

        // Partials: the current context, @ variables, ../ and @root inside them
        "{{> line}}{{> line}}",
        "{{#each items}}{{> item}}{{/each}}",
        "{{#each items}}{{#each sub}}{{> item}}{{/each}}{{/each}}{{> item}}",
        "{{#each items}}{{#if @index}}{{> item}}{{/if}}{{> nested}}{{/each}}",
        "{{#each briefings}}{{> briefing-line}}{{/each}}",

        // Standalone lines of block tags, else, partials and comments
        "A\n{{#if x}}\nB\n{{/if}}\nC",
        "A\n  {{#if x}}  \n  B\n  {{/if}}  \nC",
        "{{#if x}}\nB\n{{/if}}",
        "{{#if x}}\nB\n{{/if}}\n",
        "A\n{{#if nul}}\nB\n{{else}}\nE\n{{/if}}\nC",
        "A\n  {{#if nul}}\n  B\n  {{else}}\n  E\n  {{/if}}\nC",
        "A\n\t{{#if x}}\t\nB\n{{/if}}\nC",
        "A {{#if x}}\nB\n{{/if}} C",
        "A\n{{#if x}}B\n{{/if}}\nC",
        "A\n{{#if x}}{{#if x}}\nB\n{{/if}}{{/if}}\nC",
        "A\n{{#each list}}\n-{{this}}\n{{/each}}\nC",
        "A\n{{#each el}}\n-{{this}}\n{{else}}\nnone\n{{/each}}\nC",
        "A\n{{> line}}\nC",
        "A\n{{> line}}C",
        "A\n{{> line}}",
        "{{> line}}\n{{> line}}\n",
        "A\n{{> line}}  \nC",
        "A\n{{> block}}\nC\n{{#each items}}\n{{> block}}\n{{/each}}\n",
        "A\n{{! comment }}\nC",
        "A\n  {{!-- comment --}}  \nC",
        "A\n{{s}}\nC\n  {{{s}}}  \nD\n{{plural i \"a\" \"b\"}}\n",
        "A\n{{#unless nul}}\nB\n{{/unless}}\nC",
        "A\n{{#if x}}\n{{#each list}}\n{{this}}\n{{/each}}\n{{/if}}\nC",
        "A\n{{#if x}}B{{/if}}\n{{#if x}}\nD\n{{/if}}\nC",
        "\n{{#if x}}\n\nB\n\n{{/if}}\n\n",
        "A\n{{#if x}} {{/if}}\nC",
        "A\n\n{{#if x}}\n\nB{{/if}}",
        "x{{#if x}}\n{{/if}}\n",
        "{{#if x}}\n{{/if}}x",
        "A\n {{#if x}}B\n{{/if}}\nC",
        "A\n{{#if x}}\nB{{/if}}\nC",
        "  {{#if x}}\nB\n{{/if}}  ",
        "{{#if x}}  \n{{else}}  \n{{/if}}  ",
        "<ul>\n{{#each items}}\n<li class=\"{{#if @first}}first{{else}}rest{{/if}}\">\n{{name}}\n</li>\n{{/each}}\n</ul>\n",
    ];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Renders_a_template_as_handlebars_net_does(string template)
    {
        // Given a template within the subset
        var parsed = BothEngines.Parse(template, Partials);
        Assert.NotNull(parsed);

        // When both engines render it with the same data
        var ours = BothEngines.Ours(parsed, TestData.Values());
        var reference = BothEngines.Reference(template, TestData.Values(), Partials);

        // Then the text is the same
        Assert.Equal(reference, ours);
    }

    public static TheoryData<string> NeedingHandlebars() =>
    [
        "{{list}}", "{{{dict}}}", "{{this}}", "{{@root}}", "{{date}}", "{{dec}}", "{{s.Length}}", "{{list.Count}}",
        "{{#each s}}x{{/each}}", "{{#each i}}x{{/each}}", "{{#if s.Length}}x{{/if}}", "{{#each sdict}}{{@key}}{{/each}}",
        "{{#each list}}{{Length}}{{/each}}", "{{s.length}}", "{{#each items}}{{@root.items}}{{/each}}",
    ];

    [Theory]
    [MemberData(nameof(NeedingHandlebars))]
    public void Gives_up_on_data_it_would_not_render_as_handlebars_net_does(string template)
    {
        // Given a template within the subset, and data it reaches that only Handlebars.Net knows how to show
        var parsed = BothEngines.Parse(template, Partials);
        Assert.NotNull(parsed);

        // When it is rendered, then the renderer says so rather than write something else
        Assert.Throws<UnsupportedValueException>(() => BothEngines.Ours(parsed, TestData.Values()));
    }

    [Fact]
    public void Random_templates_of_blocks_partials_and_whitespace_render_as_handlebars_net_does()
    {
        // Given a thousand random templates of nested blocks, partials, comments, values, spaces and line breaks
        var random = new Random(20250101);
        var parsedCount = 0;
        for (var n = 0; n < 1000; n++)
        {
            var template = RandomTemplate.Make(random);

            // When both engines render each one the parser takes
            if (BothEngines.Parse(template, RandomTemplate.Partials) is not { } parsed)
            {
                continue;
            }

            parsedCount++;
            string ours;
            try
            {
                ours = BothEngines.Ours(parsed, TestData.Values());
            }
            catch (UnsupportedValueException)
            {
                // {{this}} outside an each writes the page's data, which is left to Handlebars.Net.
                continue;
            }

            var reference = BothEngines.Reference(template, TestData.Values(), RandomTemplate.Partials);

            // Then the text is the same
            Assert.True(reference == ours, $"Template: {Shown(template)}\nHandlebars.Net: {Shown(reference)}\nOurs: {Shown(ours)}");
        }

        // And most are taken (those with "\r" before a line break are left to Handlebars.Net)
        Assert.True(parsedCount > 800, $"{parsedCount} parsed");
    }

    private static string Shown(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}
