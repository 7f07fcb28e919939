using System.Text;
using Briefing.Building;
using Briefing.Rendering;
using Briefing.Tests.Support;

namespace Briefing.Tests.Rendering;

/// <summary>Pages are encoded to UTF-8 from the render buffer's blocks; the page size limit is checked on the result.</summary>
public sealed class TextBufferTests
{
    [Theory]
    [InlineData(0, "")]
    [InlineData(65_535, "😀")] // the surrogate pair straddles the builder's first block
    [InlineData(70_000, "é")]
    [InlineData(10, "中文")]
    public void Encodes_exactly_what_Encoding_UTF8_does(int asciiBefore, string piece)
    {
        var buffer = new TextBuffer();
        var expected = new StringBuilder();
        void Add(string text)
        {
            buffer.Write(text, 0, text.Length);
            expected.Append(text);
        }

        Add(new string('a', asciiBefore));
        for (var i = 0; i < 50_000; i++) Add(piece); // far more bytes than characters: the byte buffer has to grow
        Add("end");
        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), buffer.Utf8().ToArray());

        buffer.Clear();
        Add("again");
        Assert.Equal("again"u8.ToArray(), buffer.Utf8().ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(65_536)] // a splice exactly where the builder's first block ends
    [InlineData(100_000)]
    public void Spliced_buffers_are_encoded_in_place(int before)
    {
        var body = new TextBuffer();
        var bodyText = string.Concat(Enumerable.Repeat("<p>Bakı 😀</p>", 9_000));
        body.Write(bodyText, 0, bodyText.Length);

        var page = new TextBuffer();
        var head = new string('h', before);
        page.Write(head, 0, head.Length);
        page.Splice(body);
        page.Write("|middle|", 0, 8);
        page.Splice(body);
        page.Write("tail", 0, 4);

        Assert.Equal(head.Length + 2 * bodyText.Length + 12, page.Length);
        Assert.Equal(Encoding.UTF8.GetBytes(head + bodyText + "|middle|" + bodyText + "tail"), page.Utf8().ToArray());
        page.Clear();
        Assert.Equal(0, page.Length);
    }

    [Fact]
    public void Utf8_pieces_and_spliced_buffers_come_out_in_order()
    {
        void Write(TextBuffer buffer, string text) => buffer.Write(text, 0, text.Length);
        var inner = new TextBuffer();
        Write(inner, "in😀");
        inner.SpliceUtf8("ü-bytes"u8.ToArray());
        Write(inner, "x");
        var page = new TextBuffer();
        Write(page, "a");
        page.SpliceUtf8("é"u8.ToArray());
        page.Splice(inner);
        page.SpliceUtf8([]);
        Write(page, "z");

        const string expected = "aéin😀ü-bytesxz";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), page.Utf8().ToArray());
        Assert.Equal(expected, page.ToString());
        Assert.True(page.Length >= expected.Length);
        // What was written since a position and a splice count, as a kept partial is stored: the pieces spliced since included.
        Assert.Equal(Encoding.UTF8.GetBytes("😀ü-bytesx"), inner.Utf8Since(2, 0));
        Assert.Equal(Encoding.UTF8.GetBytes("😀x"), inner.Utf8Since(2, 1));
        Assert.Equal(Encoding.UTF8.GetBytes("éin😀ü-bytesxz"), page.Utf8Since(1, 0));
    }

    [Fact]
    public void A_page_over_the_size_limit_is_an_error_and_nothing_is_written()
    {
        var site = TestSite.Build("-- theme/pages/404.html --\n{{ for i in 1..20000 }}0123456789{{ end }}\n", new BuildOptions { MaxPageBytes = 128 * 1024 });
        // 200,000 characters from the loop, plus the layout around them; every other page (the world map's included) is smaller.
        Assert.Matches(@"^theme/pages/404\.html\(1,1\): error BRF002: page /404\.html is 2\d{5} bytes; the limit is 131072 bytes per page$", Assert.Single(site.Errors));
        Assert.Empty(site.Result.Files);
    }
}
