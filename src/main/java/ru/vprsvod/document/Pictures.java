package ru.vprsvod.document;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.docx4j.dml.CTBlip;
import org.docx4j.dml.CTPositiveSize2D;
import org.docx4j.dml.Graphic;
import org.docx4j.dml.picture.Pic;
import org.docx4j.dml.wordprocessingDrawing.Anchor;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.ImagePngPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.R;

/**
 * Puts a PNG where a placeholder picture stands. The placeholder keeps its width and position; its height
 * follows the new picture's proportions. Every placement gets its own image part and relationship, from
 * the part (main text, header…) that holds the placeholder, so pictures inside loops stay independent.
 */
final class Pictures {

    private final WordprocessingMLPackage pkg;
    /** The stand-in images replaced so far, by the part that refers to them. */
    private final Map<Part, Set<String>> replaced = new IdentityHashMap<>();

    Pictures(WordprocessingMLPackage pkg) {
        this.pkg = pkg;
    }

    /** Returns a Russian problem, or null when the picture is in place. */
    String place(Drawings.Placeholder placeholder, Picture picture, Part part) {
        Object drawing = placeholder.drawing();
        Graphic graphic = drawing instanceof Inline inline ? inline.getGraphic() : ((Anchor) drawing).getGraphic();
        Pic pic = graphic == null || graphic.getGraphicData() == null ? null : graphic.getGraphicData().getPic();
        if (pic == null || pic.getBlipFill() == null || pic.getBlipFill().getBlip() == null) {
            return "замещающий объект с этим тегом — не картинка (фигура, надпись или диаграмма)";
        }
        Relationship relationship;
        try {
            relationship = addImagePart(picture, part);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot add an image part to " + part.getPartName(), e);
        }
        CTBlip blip = pic.getBlipFill().getBlip();
        if (blip.getEmbed() != null) {
            replaced.computeIfAbsent(part, p -> new HashSet<>()).add(blip.getEmbed());
        }
        blip.setEmbed(relationship.getId());
        blip.setLink(null);
        CTPositiveSize2D extent = drawing instanceof Inline inline ? inline.getExtent() : ((Anchor) drawing).getExtent();
        if (extent != null && extent.getCx() > 0) {
            long height = Math.round((double) extent.getCx() * picture.heightPx() / picture.widthPx());
            extent.setCy(height);
            if (pic.getSpPr() != null && pic.getSpPr().getXfrm() != null && pic.getSpPr().getXfrm().getExt() != null) {
                pic.getSpPr().getXfrm().getExt().setCx(extent.getCx());
                pic.getSpPr().getXfrm().getExt().setCy(height);
            }
        }
        String description = picture.description().isEmpty() ? null : Docx.clean(picture.description());
        var docPr = placeholder.docPr();
        docPr.setDescr(description);
        if (Docx.markerId(docPr.getName()) >= 0) {
            docPr.setName("Рисунок");
        }
        // Writer repeats the description on the picture itself (pic:cNvPr), where it would keep the tag's text.
        if (pic.getNvPicPr() != null && pic.getNvPicPr().getCNvPr() != null) {
            var own = pic.getNvPicPr().getCNvPr();
            own.setDescr(description);
            if (own.getName() != null && own.getName().contains("{{")) {
                own.setName("Рисунок");
            }
        }
        return null;
    }

    /**
     * docx4j's BinaryPartAbstractImage.createImagePart writes every image to a temporary file to sniff its
     * format (and may call ImageMagick); the format is known here, so the part is made directly, named the
     * way docx4j names it.
     */
    private Relationship addImagePart(Picture picture, Part part) throws InvalidFormatException {
        var relationships = part.getRelationshipsPart(true);
        String id = relationships.getNextId();
        String name = BinaryPartAbstractImage.createImageName(pkg, part, id, "png");
        ImagePngPart image = new ImagePngPart(new PartName(name));
        image.setBinaryData(picture.bytesUnsafe());
        return part.addTargetPart(image, id);
    }

    /**
     * Drops the relationships to stand-in images nothing refers to any more, so the filled document does
     * not carry them. Only the relationship goes: docx4j saves a part only while something still points to it.
     */
    void dropReplaced() {
        for (Map.Entry<Part, Set<String>> entry : replaced.entrySet()) {
            Part part = entry.getKey();
            if (!(part instanceof JaxbXmlPart<?> xmlPart) || part.getRelationshipsPart() == null) {
                continue;
            }
            Set<String> used = QuotedIds.in(xmlPart.getJaxbElement(), entry.getValue());
            for (String id : entry.getValue()) {
                Relationship relationship = part.getRelationshipsPart().getRelationshipByID(id);
                if (relationship != null && !used.contains(id)) {
                    part.getRelationshipsPart().removeRelationship(relationship);
                }
            }
        }
    }

    /**
     * Which of some relationship ids a part's XML still mentions in quotes. The XML streams through a small
     * window instead of being held as one string: a region's analytical report is 40 MB of XML, and holding it
     * as text (twice, while a StringWriter grows) took more memory than the whole rest of the batch.
     */
    static final class QuotedIds extends java.io.Writer {
        private final Set<String> wanted;
        private final Set<String> seen = new HashSet<>();
        private final StringBuilder window = new StringBuilder();
        private final int keep;

        private QuotedIds(Set<String> wanted) {
            this.wanted = wanted;
            this.keep = wanted.stream().mapToInt(String::length).max().orElse(0) + 2;
        }

        static Set<String> in(Object jaxbElement, Set<String> ids) {
            QuotedIds scan = new QuotedIds(ids);
            try {
                org.docx4j.jaxb.Context.jc.createMarshaller().marshal(jaxbElement, scan);
            } catch (jakarta.xml.bind.JAXBException e) {
                throw new IllegalStateException("cannot write a document part", e);
            }
            return scan.seen;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            window.append(chars, offset, length);
            for (String id : wanted) {
                if (!seen.contains(id) && window.indexOf("\"" + id + "\"") >= 0) {
                    seen.add(id);
                }
            }
            if (window.length() > keep) {
                window.delete(0, window.length() - keep);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** «| пусто» with no picture: the placeholder goes away. */
    static void remove(R run, Drawings.Placeholder placeholder) {
        run.getContent().removeIf(child -> Docx.unwrap(child) instanceof Drawing drawing
                && drawing.getAnchorOrInline().stream().anyMatch(d -> Docx.unwrap(d) == placeholder.drawing()));
    }
}
