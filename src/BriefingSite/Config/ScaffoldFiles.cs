namespace BriefingSite.Config;

/// <summary>The files `briefing init` writes, by path relative to the new site's folder.</summary>
public static class ScaffoldFiles
{
    public static IReadOnlyList<(string Path, string Text)> All { get; } =
    [
        (SiteConfig.FileName, Config),
        ("articles/README", "Put your articles here, one per file: .txt, .md or .html (saved web pages are cleaned up).\n"
            + "A Markdown file's front matter (title, author, date, url, tags), as web clippers write it, is read too.\n"),
        ("input/.gitkeep", ""),
        ("theme/README.md", ThemeReadme),
        (".github/workflows/pages.yml", PagesWorkflow),
        (".gitignore", "output/\n.briefing.lock\n.briefing-cache/\n.briefing-tool/\n"),
    ];

    private const string Config = """
        # The site's settings. Folders are relative to this file; command-line options override every value.
        title: Briefings
        description: Briefings with key facts, people, places and timelines.
        # Where the site is published, e.g. https://user.github.io/repo/ (feeds, sitemap, canonical and
        # Open Graph links need it). The GitHub Pages workflow passes it for you; leave it empty otherwise.
        base_url:
        language: en
        # Your own templates and assets; each file replaces the default theme's file of the same name.
        theme: theme
        # Articles in, briefings (Markdown with front matter, hand-editable) in between, site out.
        articles: articles
        content: input
        output: output

        """;

    private const string ThemeReadme = """
        # Theme overrides

        The default theme is built into `briefing`. Any file you put here replaces the default file with the
        same path, file by file; everything else keeps the default. The default files are in the BriefingSite
        repository under `theme/`:

        - `layout.hbs` wraps every page; `home.hbs`, `briefing.hbs`, `entity.hbs`, `entities.hbs`, `tag.hbs`,
          `tags.hbs`, `timeline.hbs`, `search.hbs` and `404.hbs` are the pages (Handlebars).
        - `partials/*.hbs` are the pieces they share (`header`, `footer`, `briefing-card`, `quote`, …).
        - `assets/style.css`, `assets/site.js`, `assets/search.js` and `favicon.svg` are copied to the site.

        Copy the one file you want to change into this folder, keeping its path (say `assets/style.css` to
        change colours, or `partials/footer.hbs` to add a line), edit it, and run `briefing build`.
        Templates see the front matter fields of a briefing (`title`, `summary`, `key_points`, `entities`, …),
        your own extra fields under their own names, and `root`, the way back to the site root from the page
        (write links as `{{root}}index.html` so they work from disk and under a project path alike).

        """;

    private const string PagesWorkflow = """
        # Builds the briefings and publishes them with GitHub Pages (Settings → Pages → Source: GitHub Actions).
        name: Publish briefings

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        env:
          # The repository holding the briefing tool; change it to your copy or fork.
          BRIEFING_TOOL_REPOSITORY: your-account/BriefingSite

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - id: pages
                uses: actions/configure-pages@v5
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              - uses: actions/checkout@v4
                with:
                  repository: ${{ env.BRIEFING_TOOL_REPOSITORY }}
                  path: .briefing-tool
              - name: Build the site
                run: dotnet run -c Release --project .briefing-tool/src/BriefingSite.Cli -- build --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: output

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;
}
