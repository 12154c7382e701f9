using BriefingSite.Link;

namespace BriefingSite.Tests.Link;

public class EntityRolesTests
{
    [Fact]
    public void Spellings_of_one_role_are_listed_once_as_most_briefings_write_it()
    {
        var roles = EntityRoles.Merge(["Deputy National Security Advisor", "Deputy National Security Adviser", "deputy national security adviser", "Deputy National Security Adviser"]);

        Assert.Equal(["Deputy National Security Adviser"], roles);
    }

    [Fact]
    public void British_and_American_spellings_of_a_role_are_one_role()
    {
        Assert.Equal(["Defence Secretary"], EntityRoles.Merge(["Defence Secretary", "Defense Secretary", "Defence Secretary"]));
    }

    [Fact]
    public void A_role_is_folded_into_one_that_adds_a_field_before_its_office_but_not_another_office()
    {
        var roles = EntityRoles.Merge(["Lib Dem spokesman", "Lib Dem home affairs spokesman", "Former minister", "Former Cabinet minister", "director of the BCC", "director general of the BCC"]);

        Assert.Equal(["Lib Dem home affairs spokesman", "Former Cabinet minister", "director of the BCC", "director general of the BCC"], roles);
    }

    [Fact]
    public void A_party_named_in_another_way_makes_no_other_role()
    {
        var roles = EntityRoles.Merge(["Conservative co-chairman", "Tory co-chairman", "Tory Party co-chairman", "Tory co-chairman", "Lib Dem leader", "Liberal Democrat leader", "Tory chairman"]);

        Assert.Equal(["Tory co-chairman", "Lib Dem leader", "Tory chairman"], roles);
    }

    [Fact]
    public void A_role_that_another_begins_with_is_folded_into_it_keeping_the_shorter_ones_capitals()
    {
        var roles = EntityRoles.Merge(["Deputy National Security Adviser", "deputy national security adviser in the Biden administration", "Deputy National Security Advisor"]);

        Assert.Equal(["Deputy National Security Adviser in the Biden administration"], roles);
    }

    [Fact]
    public void A_longer_role_seen_first_keeps_its_place_and_takes_the_shorter_ones_capitals()
    {
        var roles = EntityRoles.Merge(["spokesman", "foreign minister of Pakistan", "Foreign Minister"]);

        Assert.Equal(["spokesman", "Foreign Minister of Pakistan"], roles);
    }

    [Fact]
    public void Different_roles_stay_apart_even_when_one_ends_another()
    {
        var roles = EntityRoles.Merge(["President", "Vice President", "President of the United States", "  "]);

        Assert.Equal(["President of the United States", "Vice President"], roles);
    }

    [Fact]
    public void A_role_another_gives_with_a_place_or_a_body_before_it_is_folded_into_that_one()
    {
        var roles = EntityRoles.Merge(["Secretary", "Foreign Secretary", "UK Foreign Secretary", "MP", "Labour MP", "former Home Secretary"]);

        Assert.Equal(["UK Foreign Secretary", "Labour MP", "former Home Secretary"], roles);
    }

    [Fact]
    public void A_role_in_small_letters_is_folded_into_the_one_that_gives_its_field_or_body_but_not_its_rank()
    {
        var roles = EntityRoles.Merge(["coach", "Chelsea coach", "financial officer", "chief financial officer", "leader", "deputy leader", "minister", "former minister", "director", "Bad Education and Hong Kong director"]);

        Assert.Equal(["Chelsea coach", "chief financial officer", "leader", "deputy leader", "minister", "former minister", "director", "Bad Education and Hong Kong director"], roles);
    }

    [Fact]
    public void A_role_stays_beside_the_same_role_of_another_rank_or_time()
    {
        var roles = EntityRoles.Merge(["Chancellor", "Shadow Chancellor", "Lord Chancellor", "Home Secretary", "Ex-Home Secretary", "President", "former US President"]);

        Assert.Equal(["Chancellor", "Shadow Chancellor", "Lord Chancellor", "Home Secretary", "Ex-Home Secretary", "President", "former US President"], roles);
    }

    [Fact]
    public void Spacing_inside_a_role_does_not_make_it_another_role()
    {
        Assert.Equal(["Prime Minister"], EntityRoles.Merge(["Prime  Minister ", "Prime Minister"]));
    }
}
