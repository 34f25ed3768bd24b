package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.docx4j.XmlUtils;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.junit.jupiter.api.Test;

/** A placeholder picture whose alternative text is a tag becomes the chart of the data. */
class PicturesTest {

    static byte[] png(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A template with a picture (inline, 200×100 px) whose «Описание» is the given alt text, between the given paragraphs. */
    static WordprocessingMLPackage withPlaceholder(String before, String altText, String after) throws Exception {
        WordprocessingMLPackage pkg = Docs.pkg(before);
        BinaryPartAbstractImage image = BinaryPartAbstractImage.createImagePart(pkg, png(200, 100, Color.GRAY));
        Inline inline = image.createImageInline("заглушка.png", altText, 1, 2, false);
        P p = new P();
        R r = new R();
        Drawing drawing = new Drawing();
        drawing.getAnchorOrInline().add(inline);
        r.getContent().add(drawing);
        p.getContent().add(r);
        pkg.getMainDocumentPart().getContent().add(p);
        pkg.getMainDocumentPart().getContent().addAll(Docs.pkg(after).getMainDocumentPart().getContent());
        return pkg;
    }

    private static List<Inline> inlines(WordprocessingMLPackage pkg) throws Exception {
        List<Inline> out = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getJAXBNodesViaXPath("//wp:inline", false)) {
            out.add((Inline) XmlUtils.unwrap(o));
        }
        return out;
    }

    private static byte[] imageOf(WordprocessingMLPackage pkg, Inline inline) {
        String id = inline.getGraphic().getGraphicData().getPic().getBlipFill().getBlip().getEmbed();
        BinaryPart part = (BinaryPart) pkg.getMainDocumentPart().getRelationshipsPart().getPart(id);
        return part.getBytes();
    }

    @Test
    void the_placeholder_keeps_its_width_and_takes_the_pictures_proportions() throws Exception {
        WordprocessingMLPackage pkg = withPlaceholder(Docs.p("Распределение отметок:"), "{{ график.распределение }}", Docs.p("Конец"));
        long width = ((Inline) ((Drawing) XmlUtils.unwrap(((R) ((P) pkg.getMainDocumentPart().getContent().get(1))
                .getContent().get(0)).getContent().get(0))).getAnchorOrInline().get(0)).getExtent().getCx();
        byte[] chart = png(400, 300, Color.BLUE);
        WordprocessingMLPackage out = Docs.render(Docs.load(pkg),
                Map.of("график", Map.of("распределение", new Picture(chart, 400, 300, "Распределение отметок по школам"))));
        Inline inline = inlines(out).get(0);
        assertEquals(width, inline.getExtent().getCx());
        assertEquals(Math.round(width * 0.75), inline.getExtent().getCy());
        assertEquals(inline.getExtent().getCy(), inline.getGraphic().getGraphicData().getPic().getSpPr().getXfrm().getExt().getCy());
        assertArrayEquals(chart, imageOf(out, inline));
        assertEquals("Распределение отметок по школам", inline.getDocPr().getDescr());
        byte[] docx = Docs.bytes(out);
        List<String> media = Docs.entries(docx).stream().filter(n -> n.startsWith("word/media")).toList();
        assertEquals(1, media.size(), "the stand-in image is not carried along: " + media);
        assertEquals(List.of("Распределение отметок:", "", "Конец"), Docs.texts(out));
    }

    @Test
    void each_repetition_gets_its_own_picture() throws Exception {
        WordprocessingMLPackage pkg = withPlaceholder(Docs.p("{{#каждый п из предметы}}") + Docs.p("{{ п.имя }}"),
                "{{ п.гистограмма }}", Docs.p("{{/каждый}}"));
        byte[] red = png(50, 100, Color.RED);
        byte[] green = png(100, 50, Color.GREEN);
        WordprocessingMLPackage out = Docs.render(Docs.load(pkg), Map.of("предметы", List.of(
                Map.of("имя", "Математика", "гистограмма", Picture.ofPng(red, "")),
                Map.of("имя", "Русский язык", "гистограмма", Picture.ofPng(green, "")))));
        List<Inline> inlines = inlines(out);
        assertEquals(2, inlines.size());
        assertArrayEquals(red, imageOf(out, inlines.get(0)));
        assertArrayEquals(green, imageOf(out, inlines.get(1)));
        assertEquals(inlines.get(0).getExtent().getCx() * 2, inlines.get(0).getExtent().getCy());
        assertNotEquals(inlines.get(0).getDocPr().getId(), inlines.get(1).getDocPr().getId());
    }

    @Test
    void an_anchored_placeholder_in_a_header_works_as_well() throws Exception {
        WordprocessingMLPackage pkg = Docs.pkg(Docs.p("Текст"));
        BinaryPartAbstractImage image = BinaryPartAbstractImage.createImagePart(pkg, png(10, 10, Color.GRAY));
        String anchor = "<w:p><w:r><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" "
                + "behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"900000\" cy=\"900000\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
                + "<wp:docPr id=\"7\" name=\"{{ герб }}\"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"герб.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + image.getRelLast().getId() + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"900000\" cy=\"900000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                + "</pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>";
        Docs.header(pkg, false, "default", anchor);
        byte[] emblem = png(30, 60, Color.YELLOW);
        Rendering.Rendered rendered = (Rendering.Rendered) Docs.load(pkg).render(Map.of("герб", Picture.ofPng(emblem, "")));
        Docs.assertValid(rendered.docx());
        String header = Docs.parts(rendered.docx()).get("word/header_default.xml");
        assertTrue(header.contains("cx=\"900000\" cy=\"1800000\""), header);
        assertTrue(header.contains("name=\"Рисунок\""), "the tag typed in the picture's name is gone");
        String rels = Docs.parts(rendered.docx()).get("word/_rels/header_default.xml.rels");
        assertTrue(rels.contains("media/header_default_image_rId"), rels);
        assertTrue(header.contains("<wp:anchor"), "still an anchored picture");
    }

    @Test
    void optional_picture_missing_removes_the_placeholder_and_wrong_values_are_located() throws Exception {
        WordprocessingMLPackage pkg = withPlaceholder(Docs.p("До"), "{{ график | пусто }}", Docs.p("После"));
        WordprocessingMLPackage out = Docs.render(Docs.load(pkg), Map.of());
        assertEquals(0, inlines(out).size());

        WordprocessingMLPackage wrong = withPlaceholder(Docs.p("До"), "{{ график }}", Docs.p("После"));
        Docs.assertProblems(Docs.failures(Docs.load(wrong), Map.of("график", "картинка.png")),
                "Основной текст, абзац 2 → рисунок, тег {{ график }}: в замещающем тексте рисунка должно быть поле с "
                        + "рисунком, а «график» — строка.");
        Docs.assertProblems(Docs.failures(Docs.load(wrong), Map.of("график", new Picture(new byte[] {1, 2, 3}, 1, 1))),
                "Основной текст, абзац 2 → рисунок, тег {{ график }}: «график» — не рисунок PNG.");

        WordprocessingMLPackage block = withPlaceholder(Docs.p("До"), "{{#каждый x из y}}", Docs.p("После"));
        Docs.assertProblems(Docs.load(block).problems(),
                "Основной текст, абзац 2 → рисунок, тег {{#каждый x из y}}: в замещающем тексте рисунка может стоять "
                        + "только поле с рисунком, не блок. Поставьте блок в абзацы вокруг рисунка.");
    }
}
