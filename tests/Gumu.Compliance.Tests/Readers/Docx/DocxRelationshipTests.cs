using System.Text;
using Gumu.Compliance.Documents;
using Gumu.Compliance.Tests.Hostile;
using static Gumu.Compliance.Tests.Hostile.RawDocx;

namespace Gumu.Compliance.Tests.Readers.Docx;

/// <summary>
/// Relationships as real files have them: pictures linked to a path on the clerk's computer,
/// targets Word never wrote, pasted altChunks. None of them is fetched and none of them makes the
/// report unreadable.
/// </summary>
public sealed class DocxRelationshipTests
{
    [Theory]
    [InlineData(@"file:///C:/Users/clerk/Pictures/统计表.png")]
    [InlineData(@"C:\Users\clerk\Pictures\统计表 1.png")]
    [InlineData("http://portal.example.invalid/统计表.png")]
    [InlineData("http://[::1")]
    public void An_externally_linked_picture_is_an_image_that_is_never_fetched(string target)
    {
        var bytes = Bytes(P("一、概述") + Picture("rIdLink"), Relationship("rIdLink", "image", target, external: true));

        var document = TestDocx.ReadBytes(bytes);

        document.Blocks.Should().HaveCount(2);
        var image = document.Blocks[1].Should().BeOfType<ImageBlock>().Subject;
        image.AltText.Should().Be("统计表");
        image.Location.Should().Be(SourceLocation.AtParagraph(2));
        image.Source.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void A_picture_whose_part_is_missing_is_an_image_without_a_source()
    {
        var bytes = Bytes(P("一、概述") + Picture("rIdGone", "r:embed"), Relationship("rIdGone", "image", "media/image9.png"));

        var document = TestDocx.ReadBytes(bytes);

        document.Blocks[1].Should().BeEquivalentTo(new ImageBlock { Location = SourceLocation.AtParagraph(2), AltText = "统计表", Source = null });
    }

    [Theory]
    [InlineData("afchunk.htm", true)]
    [InlineData("missing.htm", false)]
    [InlineData("file:///C:/Users/clerk/表格.htm", false)]
    public void An_alt_chunk_is_skipped_and_the_report_around_it_read(string target, bool partExists)
    {
        var parts = partExists ? new[] { ("word/afchunk.htm", Encoding.UTF8.GetBytes("<html><body><p>粘贴的表格</p></body></html>")) } : null;
        var bytes = Bytes(P("一、概述") + "<w:altChunk r:id=\"rIdAlt\"/>" + P("二、主动公开情况"), Relationship("rIdAlt", "aFChunk", target), parts);

        var document = TestDocx.ReadBytes(bytes);

        document.Blocks.Select(b => ((ParagraphBlock)b).Text).Should().Equal("一、概述", "二、主动公开情况");
    }

    [Fact]
    public void An_external_alt_chunk_is_skipped()
    {
        var bytes = Bytes(P("一、概述") + "<w:altChunk r:id=\"rIdAlt\"/>", Relationship("rIdAlt", "aFChunk", @"\\server\share\表格.mht", external: true));

        TestDocx.ReadBytes(bytes).Blocks.Should().ContainSingle().Which.Should().BeOfType<ParagraphBlock>();
    }

    [Fact]
    public void A_hyperlink_to_an_attachment_keeps_its_target_as_written()
    {
        var body = "<w:p><w:hyperlink r:id=\"rIdA\"><w:r><w:t>附件：统计表</w:t></w:r></w:hyperlink></w:p>";
        var bytes = Bytes(body, Relationship("rIdA", "hyperlink", "http://portal.example.invalid/附件/统计表.xls", external: true));

        var attachment = TestDocx.ReadBytes(bytes).Blocks.OfType<AttachmentBlock>().Should().ContainSingle().Subject;

        attachment.Target.Should().Be("http://portal.example.invalid/附件/统计表.xls");
        attachment.Text.Should().Be("附件：统计表");
    }
}
