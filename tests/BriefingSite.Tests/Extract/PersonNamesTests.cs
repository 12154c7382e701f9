using BriefingSite.Extract;

namespace BriefingSite.Tests.Extract;

public class PersonNamesTests
{
    [Theory]
    [InlineData("Jon", "Jonathan")]
    [InlineData("J.", "John")]
    [InlineData("Steve", "Stephen")]
    [InlineData("Tama", "Tana")]
    [InlineData("Eliot", "Elliot")]
    [InlineData("Costas", "Kostas")]
    [InlineData("Victor", "Viktor")]
    [InlineData("Ted", "Edward")]
    [InlineData("Bernie", "Bernard")]
    [InlineData("Freddie", "Frederick")]
    [InlineData("Danny", "Daniel")]
    [InlineData("Mick", "Michael")]
    public void Names_one_person_may_have_are_the_same_given_name(string a, string b)
    {
        Assert.True(PersonNames.SameGivenName(a, b));
        Assert.True(PersonNames.SameGivenName(b, a));
    }

    [Theory]
    [InlineData("Imran", "Ayub")]
    [InlineData("Dan", "Ian")]
    [InlineData("Kim", "Tim")]
    [InlineData("Mick", "Nick")]
    [InlineData("Tony", "Cherie")]
    [InlineData("Barry", "Barbara")]
    [InlineData("Mary", "Martin")]
    public void Names_of_two_people_are_two_given_names_even_a_letter_apart(string a, string b)
    {
        Assert.False(PersonNames.SameGivenName(a, b));
        Assert.False(PersonNames.SameGivenName(b, a));
    }
}
