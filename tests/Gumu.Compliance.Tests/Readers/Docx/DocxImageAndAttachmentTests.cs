using Gumu.Compliance.Documents;
using static Gumu.Compliance.Tests.Readers.Docx.TestDocx;

namespace Gumu.Compliance.Tests.Readers.Docx;

public sealed class DocxImageAndAttachmentTests
{
    private static string Drawing(string docPr, string graphic) =>
        "<w:r><w:drawing><wp:inline><wp:extent cx=\"100\" cy=\"100\"/>" + docPr
        + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" + graphic
        + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";

    private const string Picture =
        "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"1\" name=\"statistics.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
        + "<pic:blipFill><a:blip r:embed=\"rIdImg\"/></pic:blipFill><pic:spPr/></pic:pic>";

    [Fact]
    public void A_drawing_becomes_an_image_block_after_its_paragraph()
    {
        var document = new TestDocx
        {
            Body = "<w:p>" + R("附表如下：") + Drawing("<wp:docPr id=\"1\" name=\"图片 1\" descr=\"兰溪乡统计表扫描件\"/>", Picture) + "</w:p>",
        }.WithImage("rIdImg").Read();

        document.Blocks.Should().HaveCount(2);
        document.Blocks[0].Should().BeOfType<ParagraphBlock>();
        document.Blocks[1].Should().BeEquivalentTo(new ImageBlock
        {
            Location = SourceLocation.AtParagraph(1),
            AltText = "兰溪乡统计表扫描件",
            Source = "/media/image.png",
        });
    }

    [Fact]
    public void An_image_without_a_description_takes_its_title_then_its_name()
    {
        var titled = new TestDocx { Body = "<w:p>" + Drawing("<wp:docPr id=\"1\" name=\"图片 1\" title=\"青石镇照片\"/>", Picture) + "</w:p>" }.WithImage("rIdImg").Read();
        var named = new TestDocx { Body = "<w:p>" + Drawing("<wp:docPr id=\"1\" name=\"图片 1\"/>", Picture) + "</w:p>" }.WithImage("rIdImg").Read();

        ((ImageBlock)titled.Blocks.Single()).AltText.Should().Be("青石镇照片");
        ((ImageBlock)named.Blocks.Single()).AltText.Should().Be("图片 1");
    }

    [Fact]
    public void An_image_alone_in_its_paragraph_keeps_the_paragraph_location()
    {
        var document = new TestDocx { Body = P("前言") + "<w:p>" + Drawing("<wp:docPr id=\"1\" name=\"图片 1\"/>", Picture) + "</w:p>" }.WithImage("rIdImg").Read();

        document.Blocks[1].Should().BeOfType<ImageBlock>().Which.Location.ToCompactString().Should().Be("p2");
    }

    [Fact]
    public void A_drawn_shape_without_a_picture_is_not_an_image()
    {
        var shape = "<wps:wsp><wps:spPr/><wps:bodyPr/></wps:wsp>";
        var document = new TestDocx { Body = "<w:p>" + R("印章") + Drawing("<wp:docPr id=\"1\" name=\"形状 1\"/>", shape) + "</w:p>" }.Read();

        document.Blocks.OfType<ImageBlock>().Should().BeEmpty();
    }

    [Fact]
    public void A_vml_picture_becomes_an_image_block()
    {
        var pict = "<w:p><w:r><w:pict><v:shape id=\"s1\" alt=\"青石镇公开栏照片\"><v:imagedata r:id=\"rIdImg\" o:title=\"\"/></v:shape></w:pict></w:r></w:p>";
        var document = new TestDocx { Body = pict }.WithImage("rIdImg").Read();

        document.Blocks.Single().Should().BeEquivalentTo(new ImageBlock
        {
            Location = SourceLocation.AtParagraph(1),
            AltText = "青石镇公开栏照片",
            Source = "/media/image.png",
        });
    }

    [Fact]
    public void An_image_in_a_drawing_inside_alternate_content_is_read_once()
    {
        var drawing = Drawing("<wp:docPr id=\"1\" name=\"图片 1\" descr=\"统计表\"/>", Picture);
        var run = drawing.Replace("<w:r><w:drawing>", "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>", StringComparison.Ordinal)
            .Replace("</w:drawing></w:r>", "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:imagedata r:id=\"rIdImg\"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>", StringComparison.Ordinal);
        var document = new TestDocx { Body = "<w:p>" + run + "</w:p>" }.WithImage("rIdImg").Read();

        document.Blocks.OfType<ImageBlock>().Should().ContainSingle().Which.AltText.Should().Be("统计表");
    }

    [Fact]
    public void An_embedded_spreadsheet_becomes_an_attachment_block()
    {
        var obj = "<w:p>" + R("统计表见附件：") + "<w:r><w:object><v:shape id=\"o1\"><v:imagedata r:id=\"rIdImg\"/></v:shape>"
            + "<o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" ShapeID=\"o1\" DrawAspect=\"Icon\" ObjectID=\"_1\" r:id=\"rIdXlsx\"/></w:object></w:r></w:p>";
        var document = new TestDocx { Body = obj }.WithImage("rIdImg").WithSpreadsheet("rIdXlsx").Read();

        document.Blocks.Should().HaveCount(2);
        document.Blocks[1].Should().BeEquivalentTo(new AttachmentBlock
        {
            Location = SourceLocation.AtParagraph(1),
            Text = "Excel.Sheet.12",
            Target = "/word/embeddings/package.bin",
        });
    }

    [Fact]
    public void A_hyperlink_to_a_spreadsheet_becomes_an_attachment_block()
    {
        const string Target = "http://example.invalid/lanxi/files/2018年统计表.xls";
        var document = new TestDocx { Body = "<w:p>" + R("附件：") + "<w:hyperlink r:id=\"rIdXls\">" + R("兰溪乡2018年统计表") + "</w:hyperlink></w:p>" }
            .WithHyperlink("rIdXls", Target)
            .Read();

        Texts(document).Should().Equal("附件：兰溪乡2018年统计表");
        document.Blocks.OfType<AttachmentBlock>().Single().Should().BeEquivalentTo(new AttachmentBlock
        {
            Location = SourceLocation.AtParagraph(1),
            Text = "兰溪乡2018年统计表",
            Target = Target,
        });
    }

    [Fact]
    public void A_hyperlink_field_to_a_pdf_becomes_an_attachment_block()
    {
        var body = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"files/qingshi-2018.pdf\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("青石镇报告全文") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        var document = new TestDocx { Body = body }.Read();

        Texts(document).Should().Equal("青石镇报告全文");
        document.Blocks.OfType<AttachmentBlock>().Single().Should().BeEquivalentTo(new AttachmentBlock
        {
            Location = SourceLocation.AtParagraph(1),
            Text = "青石镇报告全文",
            Target = "files/qingshi-2018.pdf",
        });
    }

    [Fact]
    public void An_image_in_a_table_cell_takes_the_cell_location_and_follows_the_table()
    {
        var cell = "<w:tc><w:p>" + Drawing("<wp:docPr id=\"1\" name=\"图片 1\" descr=\"扫描件\"/>", Picture) + "</w:p></w:tc>";
        var document = new TestDocx { Body = "<w:tbl><w:tr>" + Cell(null, "表头") + cell + "</w:tr></w:tbl>" }.WithImage("rIdImg").Read();

        document.Blocks.Select(b => b.GetType().Name).Should().Equal("TableBlock", "ImageBlock");
        document.Blocks[1].Location.ToCompactString().Should().Be("t1r1c2");
    }
}
