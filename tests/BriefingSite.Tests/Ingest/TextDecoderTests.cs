using System.Text;
using BriefingSite.Ingest;

namespace BriefingSite.Tests.Ingest;

public class TextDecoderTests
{
    [Fact]
    public void Detects_windows_1252_when_the_bytes_are_not_utf8()
    {
        byte[] bytes = [.. "Pakistan"u8, 0x92, .. "s caf"u8, 0xE9, .. " "u8, 0x93, .. "quoted"u8, 0x94];

        Assert.Equal("Pakistan’s café “quoted”", TextDecoder.Decode(bytes, html: false));
    }

    [Fact]
    public void Reads_utf16_little_and_big_endian_by_their_byte_order_marks()
    {
        byte[] little = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Islamabad’s")];
        byte[] big = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Islamabad’s")];

        Assert.Equal("Islamabad’s", TextDecoder.Decode(little, html: false));
        Assert.Equal("Islamabad’s", TextDecoder.Decode(big, html: false));
    }

    [Fact]
    public void Drops_the_utf8_byte_order_mark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Title — dash")];

        Assert.Equal("Title — dash", TextDecoder.Decode(bytes, html: false));
    }

    [Fact]
    public void Follows_an_html_meta_charset()
    {
        byte[] bytes = [.. "<meta charset=\"iso-8859-1\"><p>Caf"u8, 0xE9, .. "</p>"u8];

        Assert.Contains("Café", TextDecoder.Decode(bytes, html: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_text_made_mostly_of_control_characters()
    {
        byte[] bytes = [0x01, 0x02, 0x03, 0x41, 0x04, 0x05];

        var error = Assert.Throws<ArticleException>(() => TextDecoder.Decode(bytes, html: false));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalises_newlines_non_breaking_spaces_and_trailing_spaces()
    {
        var normalised = TextNormaliser.Normalise("One\u00a0two  \r\n\u00a0\r\nThree\rFour ");

        Assert.Equal("One two\n\nThree\nFour", normalised);
    }
}
