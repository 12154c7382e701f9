using BriefingSite.Render;

namespace BriefingSite.Tests.Render;

public class IdCodeTests
{
    [Fact]
    public void Numbers_come_back_as_they_went_in_without_separators()
    {
        // Given numbers of one, two, three and four base-32 digits
        int[] numbers = [0, 31, 32, 1023, 1024, 32767, 40000, 5];

        // When they are written and read back
        var code = IdCode.Encode(numbers);

        // Then the same numbers come back, and small ones take one character each
        Assert.Equal(numbers, IdCode.Decode(code));
        Assert.Equal("a$", IdCode.Encode([0, 31]));
        Assert.Equal(1 + 1 + 2 + 2 + 3 + 3 + 4 + 1, code.Length);
    }
}
