package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.com.microsoft.schemas.office.word.x2010.wordprocessingGroup.CTWordprocessingGroup;
import org.docx4j.com.microsoft.schemas.office.word.x2010.wordprocessingShape.CTWordprocessingShape;
import org.docx4j.dml.wordprocessingDrawing.Anchor;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.mce.AlternateContent;
import org.docx4j.vml.CTGroup;
import org.docx4j.vml.CTTextbox;
import org.docx4j.vml.VmlShapeElements;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.Pict;
import org.docx4j.wml.SdtElement;

/**
 * A depth-first walk over everything in a story that can hold text, paragraphs or drawings, text boxes
 * included. docx4j's TraversalUtil visits only one branch of mc:AlternateContent in some versions and
 * hides the text box wrapper; a finishing pass must see every copy, so the walk is spelled out here.
 */
final class Tree {

    interface Visitor {
        /**
         * @param node   the unwrapped object
         * @param parent the live list that holds it, or null when it is a property of its parent
         * @param item   the list element itself (possibly a JAXBElement around {@code node})
         */
        void visit(Object node, List<Object> parent, Object item);
    }

    private Tree() {
    }

    static void walk(List<Object> items, Visitor visitor) {
        for (Object item : new ArrayList<>(items)) {
            walk(item, items, visitor);
        }
    }

    private static void walk(Object item, List<Object> parent, Visitor visitor) {
        Object node = Docx.unwrap(item);
        visitor.visit(node, parent, item);
        List<Object> live = liveChildren(node);
        if (live != null) {
            walk(live, visitor);
            return;
        }
        for (Object child : propertyChildren(node)) {
            walk(child, null, visitor);
        }
    }

    /** Children kept in a list the walk may edit. */
    private static List<Object> liveChildren(Object node) {
        if (node instanceof ContentAccessor accessor && !(node instanceof Pict)) {
            return accessor.getContent();
        }
        if (node instanceof SdtElement sdt) {
            return sdt.getSdtContent() == null ? null : sdt.getSdtContent().getContent();
        }
        return Docx.inlineChildren(node);
    }

    /** Children reached through properties: drawings, shapes, VML, alternate content. */
    private static List<Object> propertyChildren(Object node) {
        List<Object> out = new ArrayList<>();
        if (node instanceof Drawing drawing) {
            out.addAll(drawing.getAnchorOrInline());
        } else if (node instanceof Inline inline) {
            if (inline.getGraphic() != null && inline.getGraphic().getGraphicData() != null) {
                out.addAll(inline.getGraphic().getGraphicData().getAny());
            }
        } else if (node instanceof Anchor anchor) {
            if (anchor.getGraphic() != null && anchor.getGraphic().getGraphicData() != null) {
                out.addAll(anchor.getGraphic().getGraphicData().getAny());
            }
        } else if (node instanceof CTWordprocessingShape shape) {
            if (shape.getTxbx() != null && shape.getTxbx().getTxbxContent() != null) {
                out.add(shape.getTxbx().getTxbxContent());
            }
        } else if (node instanceof CTWordprocessingGroup group) {
            out.addAll(group.getWspOrGrpSpOrGraphicFrame());
        } else if (node instanceof AlternateContent alternate) {
            alternate.getChoice().forEach(c -> out.addAll(c.getAny()));
            if (alternate.getFallback() != null) {
                out.addAll(alternate.getFallback().getAny());
            }
        } else if (node instanceof Pict pict) {
            out.addAll(pict.getAnyAndAny());
        } else if (node instanceof CTGroup group) {
            out.addAll(group.getEGShapeElements());
        } else if (node instanceof VmlShapeElements shape) {
            out.addAll(shape.getEGShapeElements());
        } else if (node instanceof CTTextbox box) {
            if (box.getTxbxContent() != null) {
                out.add(box.getTxbxContent());
            }
        }
        return out;
    }
}
