package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.com.microsoft.schemas.office.word.x2010.wordprocessingGroup.CTWordprocessingGroup;
import org.docx4j.com.microsoft.schemas.office.word.x2010.wordprocessingShape.CTWordprocessingShape;
import org.docx4j.dml.CTNonVisualDrawingProps;
import org.docx4j.dml.Graphic;
import org.docx4j.dml.GraphicData;
import org.docx4j.dml.wordprocessingDrawing.Anchor;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.mce.AlternateContent;
import org.docx4j.vml.CTGroup;
import org.docx4j.vml.CTTextbox;
import org.docx4j.vml.VmlShapeElements;
import org.docx4j.wml.CTTxbxContent;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.Pict;
import org.docx4j.wml.R;

/**
 * Finds what a run holds besides text: text boxes (DrawingML and VML, plain or inside
 * mc:AlternateContent, where Word and Writer write the same box twice: a modern Choice and a VML
 * Fallback; both copies are filled, and share one number) and drawings whose alternative text may be a tag.
 */
final class Drawings {

    /** The content of a text box; {@code number} counts boxes within the run, from 1. */
    record TextBox(CTTxbxContent content, int number) {
    }

    /** A drawing (inline or anchored) with its non-visual properties, where the alternative text lives. */
    record Placeholder(Object drawing, CTNonVisualDrawingProps docPr) {
    }

    private Drawings() {
    }

    static List<TextBox> textBoxes(R run) {
        List<TextBox> boxes = new ArrayList<>();
        int number = 0;
        for (Object child : run.getContent()) {
            Object u = Docx.unwrap(child);
            if (u instanceof AlternateContent alternate) {
                List<CTTxbxContent> found = new ArrayList<>();
                for (AlternateContent.Choice choice : alternate.getChoice()) {
                    choice.getAny().forEach(o -> boxesIn(o, found));
                }
                if (alternate.getFallback() != null) {
                    alternate.getFallback().getAny().forEach(o -> boxesIn(o, found));
                }
                if (!found.isEmpty()) {
                    number++;
                    for (CTTxbxContent box : found) {
                        boxes.add(new TextBox(box, number));
                    }
                }
            } else {
                List<CTTxbxContent> found = new ArrayList<>();
                boxesIn(u, found);
                for (CTTxbxContent box : found) {
                    boxes.add(new TextBox(box, ++number));
                }
            }
        }
        return boxes;
    }

    private static void boxesIn(Object o, List<CTTxbxContent> out) {
        Object u = Docx.unwrap(o);
        if (u instanceof CTTxbxContent box) {
            out.add(box);
        } else if (u instanceof Drawing drawing) {
            drawing.getAnchorOrInline().forEach(d -> boxesIn(d, out));
        } else if (u instanceof Inline inline) {
            boxesIn(inline.getGraphic(), out);
        } else if (u instanceof Anchor anchor) {
            boxesIn(anchor.getGraphic(), out);
        } else if (u instanceof Graphic graphic) {
            if (graphic.getGraphicData() != null) {
                boxesIn(graphic.getGraphicData(), out);
            }
        } else if (u instanceof GraphicData data) {
            data.getAny().forEach(a -> boxesIn(a, out));
        } else if (u instanceof CTWordprocessingShape shape) {
            if (shape.getTxbx() != null && shape.getTxbx().getTxbxContent() != null) {
                out.add(shape.getTxbx().getTxbxContent());
            }
        } else if (u instanceof CTWordprocessingGroup group) {
            group.getWspOrGrpSpOrGraphicFrame().forEach(g -> boxesIn(g, out));
        } else if (u instanceof Pict pict) {
            pict.getAnyAndAny().forEach(a -> boxesIn(a, out));
        } else if (u instanceof CTGroup group) {
            group.getEGShapeElements().forEach(e -> boxesIn(e, out));
        } else if (u instanceof VmlShapeElements shape) {
            shape.getEGShapeElements().forEach(e -> boxesIn(e, out));
        } else if (u instanceof CTTextbox box) {
            if (box.getTxbxContent() != null) {
                out.add(box.getTxbxContent());
            }
        } else if (u instanceof AlternateContent alternate) {
            alternate.getChoice().forEach(c -> c.getAny().forEach(a -> boxesIn(a, out)));
            if (alternate.getFallback() != null) {
                alternate.getFallback().getAny().forEach(a -> boxesIn(a, out));
            }
        }
    }

    /** Inline and anchored drawings directly in this run (not those inside its text boxes). */
    static List<Placeholder> placeholders(R run) {
        List<Placeholder> found = new ArrayList<>();
        for (Object child : run.getContent()) {
            Object u = Docx.unwrap(child);
            if (u instanceof Drawing drawing) {
                for (Object d : drawing.getAnchorOrInline()) {
                    Object du = Docx.unwrap(d);
                    if (du instanceof Inline inline && inline.getDocPr() != null) {
                        found.add(new Placeholder(inline, inline.getDocPr()));
                    } else if (du instanceof Anchor anchor && anchor.getDocPr() != null) {
                        found.add(new Placeholder(anchor, anchor.getDocPr()));
                    }
                }
            }
        }
        return found;
    }
}
