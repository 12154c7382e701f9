using BriefingSite.Cli;
using BriefingSite.Model;

namespace BriefingSite.Tests.Cli;

/// <summary>The line every run ends with: what there is and what the run did, in words that fit the counts.</summary>
public class SummaryLineTests
{
    [Fact]
    public void An_extract_or_a_check_counts_briefings_and_no_site_files()
    {
        // Given the reports of an extract of one article and of a check of two briefings, neither of which renders
        var extract = new BuildReport { Articles = 1, Extracted = 1, BriefingsWritten = 1, Briefings = 1 };
        var check = new BuildReport { Briefings = 2, Problems = [new Diagnostic("input/a.md", 2, 8, "invalid YAML")] };

        // Then their lines name one of a thing in the singular, and count no files or entities they never made
        Assert.Equal("1 article (1 extracted), 1 briefing written, 1 briefing, 0 problems", StageRunner.Summary(extract));
        Assert.Equal("2 briefings, 1 problem", StageRunner.Summary(check));
    }

    [Fact]
    public void A_build_counts_the_site_it_rendered()
    {
        var build = new BuildReport { Articles = 10_000, Briefings = 10_000, Pages = 27_460, PagesWritten = 22, Entities = 1 };

        Assert.Equal("10,000 articles (0 extracted), 0 briefings written, 10,000 briefings, 27,460 files (22 written), 1 entity, 0 problems",
            StageRunner.Summary(build));
    }
}
