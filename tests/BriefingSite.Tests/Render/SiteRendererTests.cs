using System.Text.Json;
using System.Xml.Linq;
using BriefingSite.Link;
using BriefingSite.Model;
using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class SiteRendererTests
{
    private static readonly Theme DefaultTheme = Theme.Load(null);

    private static RenderedSite Render(Site site, Theme? theme = null) => new(new SiteRenderer(theme ?? DefaultTheme).Render(site));

    [Fact]
    public void Writes_every_page_of_the_site_layout()
    {
        // Given a site of three briefings, one of them hiding an entity
        var site = SampleSite.Build();

        // When it is rendered
        var rendered = Render(site);

        // Then every page the layout promises is there, and no page for the hidden entity
        string[] expected =
        [
            "404.html", "archive.html", "assets/search.js", "assets/site.js", "assets/style.css", "briefings.json",
            "briefings/china-india.html", "briefings/notes.html", "briefings/strategic-standoff.html",
            "entities/china.html", "entities/index.html", "entities/india.html", "entities/jonathan-finer.html",
            "entities/pakistan.html", "entities/united-states.html", "favicon.svg", "feed.xml", "graph.html", "index.html",
            "robots.txt", "search-index.js", "search.html", "tags/index.html", "tags/missile-programme.html",
            "tags/sanctions.html", "timeline.html",
        ];
        Assert.Equal(expected, rendered.Files.Select(f => f.Path));
    }

    [Fact]
    public void The_tags_page_of_a_site_of_many_tags_opens_with_the_most_used()
    {
        // Given a site of 45 tags, two of them on more briefings than the rest
        var sample = SampleSite.Build();
        var slugs = sample.Briefings.Select(b => b.Slug).ToList();
        var tags = Enumerable.Range(1, 43).Select(n => KeyValuePair.Create($"topic-{n:00}", (IReadOnlyList<string>)[slugs[0]]))
            .Append(KeyValuePair.Create("sanctions", (IReadOnlyList<string>)slugs))
            .Append(KeyValuePair.Create("missiles", (IReadOnlyList<string>)slugs[..2]))
            .OrderBy(t => t.Key, StringComparer.Ordinal).ToList();

        // When it is rendered, and a site of few tags too
        var many = Render(sample with { Tags = tags }).Document("tags/index.html");
        var few = Render(sample).Document("tags/index.html");

        // Then the first opens with the tags on two briefings or more, most used first, then lists all; the second lists all
        Assert.Equal(["#sanctions", "#missiles"], many.QuerySelectorAll("#tags-popular ~ ul li a").Select(a => a.TextContent));
        Assert.Equal(45, many.QuerySelectorAll("#tags-all ~ ul li").Length);
        Assert.Equal("45 tags across the briefings.", many.QuerySelector(".lede")!.TextContent);
        Assert.Null(few.QuerySelector("#tags-popular"));
        Assert.Equal(sample.Tags.Count, few.QuerySelectorAll(".tag-cloud li").Length);
    }

    [Fact]
    public void The_home_page_calls_its_briefings_latest_only_when_they_have_dates()
    {
        // Given a dated site, and the same site with no date on any briefing (an archive saved without them)
        var sample = SampleSite.Build();
        var undated = sample with { Briefings = sample.Briefings.Select(b => b with { Date = null }).ToList() };

        // When both are rendered
        var dated = Render(sample).Document("index.html");
        var plain = Render(undated).Document("index.html");

        // Then the first lists the latest briefings, the second its briefings by title
        Assert.Equal("Latest briefings", dated.QuerySelector("#latest")!.TextContent);
        Assert.Equal("Briefings, A–Z", plain.QuerySelector("#latest")!.TextContent);
    }

    [Fact]
    public void Every_relative_link_resolves_to_a_written_file_and_anchor()
    {
        // Given a rendered site
        var rendered = Render(SampleSite.Build());
        var broken = new List<string>();

        // When every href and src of every page is followed
        foreach (var page in rendered.Pages)
        {
            foreach (var element in rendered.Document(page).QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (RenderedSite.Resolve(page, url) is not var (target, fragment))
                {
                    continue;
                }

                if (!rendered.Paths.Contains(target))
                {
                    broken.Add($"{page}: {url} (no file)");
                }
                else if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && rendered.Document(target).GetElementById(fragment) is null)
                {
                    broken.Add($"{page}: {url} (no #{fragment})");
                }
            }
        }

        // Then none is broken
        Assert.Empty(broken);
    }

    [Fact]
    public void Loads_nothing_from_another_host_and_has_no_base_tag()
    {
        const string baseUrl = "https://example.github.io/briefs/";
        var rendered = Render(SampleSite.Build(baseUrl: baseUrl));

        foreach (var page in rendered.Pages)
        {
            var document = rendered.Document(page);
            Assert.Null(document.QuerySelector("base"));
            var loaded = document.QuerySelectorAll("script[src], img[src], link[rel=stylesheet], link[rel=icon]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);

            // The 404 page is served at any address, so it loads the site's own files by their absolute URL.
            Assert.All(loaded, url => Assert.NotNull(RenderedSite.Resolve(page, page == "404.html" ? url.Replace(baseUrl, "", StringComparison.Ordinal) : url)));
        }
    }

    [Fact]
    public void Briefing_page_links_key_facts_to_their_sentences()
    {
        var rendered = Render(SampleSite.Build());

        var page = rendered.Document("briefings/strategic-standoff.html");

        var facts = page.QuerySelector(".key-facts")!;
        Assert.Contains(facts.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#s3" && a.TextContent == "2,750 km");
        Assert.Contains(facts.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#s2" && a.TextContent == "The US imposed sanctions");
        Assert.Contains(facts.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#s4");
        Assert.Contains(facts.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../entities/jonathan-finer.html" && a.TextContent == "Jonathan Finer");
        Assert.Contains("US Deputy National Security Advisor", facts.TextContent, StringComparison.Ordinal);
        Assert.Equal("Pakistan's Shaheen-3 has a range of 2,750 km.", page.GetElementById("s3")!.TextContent);
        Assert.Equal("https://example.org/standoff", page.QuerySelector(".briefing-header a[href^='https']")!.GetAttribute("href"));
        Assert.Equal("../briefings/china-india.html", page.QuerySelector(".related a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/remarks", page.QuerySelector(".sources a")!.GetAttribute("href"));
    }

    [Fact]
    public void Hidden_entity_is_named_but_not_linked()
    {
        var rendered = Render(SampleSite.Build());

        var page = rendered.Document("briefings/strategic-standoff.html");

        Assert.Contains("Secret Org", page.QuerySelector(".key-facts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("secret-org", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_has_one_h1_a_language_and_landmarks()
    {
        var rendered = Render(SampleSite.Build());

        foreach (var page in rendered.Pages)
        {
            var document = rendered.Document(page);
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
            Assert.Single(document.QuerySelectorAll("main#main"));
            Assert.NotNull(document.QuerySelector("header nav"));
            Assert.NotNull(document.QuerySelector("footer"));
            Assert.NotNull(document.QuerySelector("a.skip-link[href='#main']"));
            Assert.NotNull(document.QuerySelector("form[role=search] input[name=q]"));
        }
    }

    [Fact]
    public void Renders_the_same_bytes_twice()
    {
        var site = SampleSite.Build(baseUrl: "https://example.github.io/briefs/");

        var first = new SiteRenderer(Theme.Load(null)).Render(site);
        var second = new SiteRenderer(Theme.Load(null)).Render(site);

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content.ToArray(), pair.Second.Content.ToArray()));
    }

    [Fact]
    public void Escapes_a_hostile_title_summary_source_and_body()
    {
        // Given a briefing whose every field tries to break out of the page
        var hostile = SampleSite.Standoff with
        {
            Title = "</title><script>alert(1)</script>",
            Summary = "<img src=x onerror=alert(2)>",
            KeyPoints = ["\"><svg onload=alert(3)>"],
            Source = new SourceInfo { File = "a.txt", Url = "javascript:alert(4)" },
            Sources = ["javascript:alert(5)"],
            Tags = ["<b>bold</b>"],
            Body = "<script>alert(6)</script> Text with [a link](javascript:alert(7)) and ![img](https://evil.example/x.png).\n\n<img src=x onerror=alert(8)>",
        };

        // When the site is rendered
        var rendered = Render(SampleSite.Build(hostile));

        // Then no page has a script of its own making, an event handler or a javascript: URL
        foreach (var page in rendered.Pages)
        {
            var document = rendered.Document(page);
            var inline = document.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/ld+json");
            Assert.All(inline, s => Assert.Equal("404.html", page));
            Assert.All(inline, s => Assert.DoesNotContain("alert", s.TextContent, StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("img, svg:not(.entity-graph), b"));
            Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.All(document.QuerySelectorAll("[href]"), a => Assert.DoesNotContain("javascript", a.GetAttribute("href")!, StringComparison.OrdinalIgnoreCase));
        }

        var briefing = rendered.Document("briefings/strategic-standoff.html");
        var linkedData = briefing.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("</", linkedData, StringComparison.Ordinal);
        Assert.Equal("</title><script>alert(1)</script>", System.Text.Json.JsonDocument.Parse(linkedData).RootElement.GetProperty("headline").GetString());
        Assert.StartsWith("</title><script>alert(1)</script>", briefing.Title, StringComparison.Ordinal);
        Assert.Equal("</title><script>alert(1)</script>", briefing.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert(6)</script>", briefing.QuerySelector(".body-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_theme_file_overrides_that_template_only()
    {
        // Given a site theme folder that replaces the tag page template
        var folder = Directory.CreateTempSubdirectory("briefing-theme-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "tag.hbs"), "<h1>Custom tag page for {{name}}</h1>");
            var site = SampleSite.Build();

            // When the site is rendered with and without it
            var plain = Render(site);
            var custom = Render(site, Theme.Load(folder.FullName));

            // Then only the tag pages differ
            var changed = plain.Files.Zip(custom.Files).Where(p => !p.First.Content.Span.SequenceEqual(p.Second.Content.Span)).Select(p => p.First.Path);
            Assert.Equal(["tags/missile-programme.html", "tags/sanctions.html"], changed);
            Assert.Contains("<h1>Custom tag page for sanctions</h1>", custom.Text("tags/sanctions.html"), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_unknown_front_matter_field_reaches_the_template()
    {
        // Given a briefing with a field the generator does not know, and a template that uses it
        var briefing = SampleSite.Standoff with
        {
            Extra = new Dictionary<string, object?>
            {
                ["audience"] = "Policy team",
                ["review"] = new Dictionary<object, object> { ["by"] = "Sana" },
                ["title"] = "ignored: a contract field wins",
            },
        };
        var folder = Directory.CreateTempSubdirectory("briefing-theme-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "briefing.hbs"), "<h1>{{title}}</h1><p id=\"a\">{{audience}} / {{review.by}}</p>");

            // When it is rendered
            var rendered = Render(SampleSite.Build(briefing), Theme.Load(folder.FullName));

            // Then the template sees it under its own name, and briefings.json carries it
            var page = rendered.Document("briefings/strategic-standoff.html");
            Assert.Equal("Policy team / Sana", page.GetElementById("a")!.TextContent);
            Assert.Equal("Strategic Standoff", page.QuerySelector("h1")!.TextContent);
            using var json = JsonDocument.Parse(rendered.Text("briefings.json"));
            Assert.Equal("Policy team", json.RootElement[0].GetProperty("audience").GetString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Briefings_json_holds_the_front_matter_under_contract_names()
    {
        var rendered = Render(SampleSite.Build());

        using var json = JsonDocument.Parse(rendered.Text("briefings.json"));

        var first = json.RootElement[0];
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal("strategic-standoff", first.GetProperty("slug").GetString());
        Assert.Equal("2025-01-01", first.GetProperty("date").GetString());
        Assert.Equal("Noor ul Ain Ali", first.GetProperty("author").GetString());
        Assert.Equal("https://example.org/standoff", first.GetProperty("source").GetProperty("url").GetString());
        Assert.Equal("person", first.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal(3, first.GetProperty("figures")[0].GetProperty("sentence").GetInt32());
        Assert.Equal(2, first.GetProperty("key_points").GetArrayLength());
        Assert.False(json.RootElement[2].TryGetProperty("date", out _));
    }

    [Fact]
    public void Feed_is_atom_with_urns_when_the_site_has_no_base_url()
    {
        var rendered = Render(SampleSite.Build());

        var feed = XDocument.Parse(rendered.Text("feed.xml"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal("urn:briefing:strategic-standoff", entries[0].Element(atom + "id")!.Value);
        Assert.Equal("2025-01-01T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
        Assert.DoesNotContain("sitemap.xml", rendered.Paths);
        Assert.Null(rendered.Document("index.html").QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public void Base_url_gives_a_sitemap_canonical_links_and_absolute_feed_ids()
    {
        var rendered = Render(SampleSite.Build(baseUrl: "https://example.github.io/briefs/"));

        var sitemap = XDocument.Parse(rendered.Text("sitemap.xml"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("https://example.github.io/briefs/", locations);
        Assert.Contains("https://example.github.io/briefs/briefings/strategic-standoff.html", locations);
        Assert.DoesNotContain("https://example.github.io/briefs/404.html", locations);
        Assert.Equal(
            "https://example.github.io/briefs/entities/pakistan.html",
            rendered.Document("entities/pakistan.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("<id>https://example.github.io/briefs/briefings/strategic-standoff.html</id>", rendered.Text("feed.xml"), StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.github.io/briefs/sitemap.xml", rendered.Text("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_page_lists_its_mentions_and_quotes()
    {
        var rendered = Render(SampleSite.Build());

        var page = rendered.Document("entities/jonathan-finer.html");

        Assert.Equal("Jonathan Finer", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Finer, Jon Finer", page.QuerySelector(".aliases")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("former", page.QuerySelector(".description em")!.TextContent);
        var mentions = page.QuerySelectorAll(".mentions li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../briefings/strategic-standoff.html#s1", "../briefings/strategic-standoff.html#s4"], mentions);
        Assert.Contains("Pakistan will strike.", page.QuerySelector(".quote")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_lists_briefings_newest_first_with_most_mentioned_entities()
    {
        var rendered = Render(SampleSite.Build());

        var home = rendered.Document("index.html");

        Assert.Equal(
            ["Strategic Standoff", "China and India", "Undated notes"],
            home.QuerySelectorAll(".card-title a").Select(a => a.TextContent));
        Assert.Equal("United States", home.QuerySelector(".ranked a")!.TextContent);
        Assert.Equal("entities/united-states.html", home.QuerySelector(".ranked a")!.GetAttribute("href"));
    }

    [Fact]
    public void Timeline_groups_events_by_year_with_unknown_years_last()
    {
        var rendered = Render(SampleSite.Build());

        var timeline = rendered.Document("timeline.html");

        Assert.Equal(["2024", "Year unknown"], timeline.QuerySelectorAll("section.year h2").Select(h => h.TextContent));
        Assert.Equal("briefings/strategic-standoff.html#s2", timeline.QuerySelectorAll(".timeline a")[1].GetAttribute("href"));
    }

    [Fact]
    public void Event_dates_read_as_readers_write_them_with_the_iso_date_kept_for_machines()
    {
        var rendered = Render(SampleSite.Build());

        var dates = rendered.Document("timeline.html").QuerySelectorAll(".timeline time")
            .Select(t => (t.GetAttribute("datetime"), t.TextContent)).ToList();

        Assert.Equal([("2024-11", "November 2024"), ("2024-12-19", "19 December 2024"), ("--03-04", "4 March")], dates);
        Assert.Equal("19 December 2024", rendered.Document("briefings/strategic-standoff.html").QuerySelector(".events time")!.TextContent);
    }

    [Fact]
    public void A_sentence_dating_its_event_several_ways_is_one_line_of_the_briefings_events()
    {
        // Given a briefing whose one sentence gives two dates, and another sentence one
        var briefing = SampleSite.Standoff with
        {
            Events =
            [
                new DatedEvent { Date = "2005", Text = "Growth slows in 2005 and 2006", Sentence = 2 },
                new DatedEvent { Date = "2006", Text = "Growth slows in 2005 and 2006", Sentence = 2 },
                new DatedEvent { Date = "2024-12-19", Text = "The US imposed sanctions", Sentence = 3 },
            ],
        };

        // When its page is rendered
        var page = Render(CrossLinker.Link([briefing], [], new SiteSettings())).Document("briefings/strategic-standoff.html");

        // Then the sentence is listed once with both its dates
        var lines = page.QuerySelectorAll(".events li").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(["2005", "2006"], lines[0].QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("#s2", lines[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("19 December 2024", lines[1].QuerySelector("time")!.TextContent);
    }

    [Theory]
    [InlineData("2005", "2005")]
    [InlineData("2005-09", "September 2005")]
    [InlineData("2005-09-03", "3 September 2005")]
    [InlineData("--09-30", "30 September")]
    [InlineData("--12", "December")]
    [InlineData("2005-13", "2005-13")]
    [InlineData("2005-02-30", "2005-02-30")]
    [InlineData("soon", "soon")]
    public void An_event_date_is_shown_in_words(string date, string shown)
    {
        Assert.Equal(shown, BriefingView.EventDateDisplay(date));
    }

    [Fact]
    public void Search_index_is_a_compact_script_whose_briefings_name_their_words_and_entities_by_position()
    {
        // Given the sample site
        var rendered = Render(SampleSite.Build());

        // When its search index is read
        var script = rendered.Text("search-index.js");

        // Then it is one line of JSON; a briefing's words and entities decode to the shared vocabulary and entity list
        Assert.StartsWith("window.BRIEFING_SEARCH = {", script, StringComparison.Ordinal);
        Assert.Equal(1, script.Count(c => c == '\n'));
        using var json = JsonDocument.Parse(script["window.BRIEFING_SEARCH = ".Length..].TrimEnd().TrimEnd(';'));
        var vocabulary = json.RootElement.GetProperty("words").GetString()!.Split(' ');
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var standoff = json.RootElement.GetProperty("briefings").EnumerateArray().Single(b => b[1].GetString() == "strategic-standoff");
        Assert.Contains("briefings/strategic-standoff.html", rendered.Paths);
        Assert.All(entities, e => Assert.Contains($"entities/{e[2].GetString()}.html", rendered.Paths));
        Assert.Equal("2025-01-01", standoff[2].GetString());
        var words = IdCode.Decode(standoff[4].GetString()!).Select(at => vocabulary[at]).ToList();
        Assert.Contains("2,750 km range of the Shaheen-3".Split(' ', ',', '-').Select(w => w.ToLowerInvariant()), w => words.Contains(w));
        Assert.Contains("shaheen", words);
        Assert.DoesNotContain("strategic", words); // in the title already
        var named = IdCode.Decode(standoff[5].GetString()!).Select(at => entities[at][1].GetString()).ToList();
        Assert.Contains("Jonathan Finer", named);
        Assert.DoesNotContain("Secret Org", named);
    }

    [Fact]
    public void The_404_page_links_absolutely_with_a_base_url_and_finds_its_root_without_one()
    {
        // Given the same site with and without a base URL
        var published = Render(SampleSite.Build(baseUrl: "https://example.github.io/briefs/"));
        var local = Render(SampleSite.Build());

        // When their 404 pages are read
        var withBase = published.Document("404.html");
        var withoutBase = local.Document("404.html");

        // Then the first points at the published site, the second carries the script that finds the root
        Assert.Equal("https://example.github.io/briefs/assets/style.css", withBase.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("https://example.github.io/briefs/index.html", withBase.QuerySelector(".site-title")!.GetAttribute("href"));
        Assert.Null(withBase.QuerySelector("script:not([src])"));
        Assert.Equal("assets/style.css", withoutBase.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Contains("document.createElement('base')", withoutBase.QuerySelector("head script:not([src])")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_briefing_pages_description_is_its_summarys_start_cut_at_a_word()
    {
        // Given a briefing whose summary is three sentences long
        var summary = "As tensions escalate in the region, Pakistan's missile system is once again under attack by US sanctions. "
            + "While the US focuses on Pakistan's missile programme, it overlooks India's own missile development. "
            + "US Deputy National Security Advisor Jonathan Finer recently elaborated on the true concern.";
        var rendered = Render(SampleSite.Build(SampleSite.Standoff with { Summary = summary }));

        // When its page is read
        var page = rendered.Document("briefings/strategic-standoff.html");

        // Then search engines and link previews get about as much of it as they show, and the page the whole of it
        var description = "As tensions escalate in the region, Pakistan's missile system is once again under attack by US sanctions. While the US focuses on Pakistan's missile programme…";
        Assert.Equal(description, page.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Equal(description, page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        using var linkedData = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(description, linkedData.RootElement.GetProperty("description").GetString());
        Assert.Equal(summary, page.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void Entity_and_tag_pages_describe_themselves_rather_than_the_site()
    {
        // Given the sample site
        var rendered = Render(SampleSite.Build());

        // When an entity page and a tag page are read
        var entity = rendered.Document("entities/jonathan-finer.html");
        var tag = rendered.Document("tags/sanctions.html");

        // Then search engines and link previews are told what each page is about
        Assert.Equal("Jonathan Finer (person, US Deputy National Security Advisor): named in 1 briefing.", entity.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Equal("United States (place): named in 2 briefings.", rendered.Document("entities/united-states.html").QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.StartsWith("2 briefings tagged “sanctions”", tag.QuerySelector("meta[name='description']")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_briefing_page_carries_Open_Graph_article_tags_and_its_JSON_LD()
    {
        // Given a site with a base URL
        var rendered = Render(SampleSite.Build(baseUrl: "https://example.github.io/briefs/"));

        // When a briefing page is read
        var page = rendered.Document("briefings/strategic-standoff.html");

        // Then it describes itself as an article for link previews and search engines
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("2025-01-01", page.QuerySelector("meta[property='article:published_time']")!.GetAttribute("content"));
        Assert.Equal("https://example.github.io/briefs/briefings/strategic-standoff.html", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        using var linkedData = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("https://example.github.io/briefs/briefings/strategic-standoff.html", linkedData.RootElement.GetProperty("url").GetString());
        Assert.Null(rendered.Document("index.html").QuerySelector("script[type='application/ld+json']"));
    }
}
