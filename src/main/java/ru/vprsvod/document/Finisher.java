package ru.vprsvod.document;

import jakarta.xml.bind.JAXBElement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docx4j.dml.CTNonVisualDrawingProps;
import org.docx4j.dml.wordprocessingDrawing.Anchor;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.CommentRangeEnd;
import org.docx4j.wml.CommentRangeStart;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/**
 * Makes a filled document valid after cloning: Word refuses or «repairs» a file with two paragraphs of
 * the same {@code w14:paraId}, two drawings with the same {@code wp:docPr id}, or a bookmark or comment
 * range opened twice. Also checks that no marker is left: that would be a bug in the engine, not in the
 * template, so it fails loudly.
 */
final class Finisher {

    private final Set<String> paraIds = new HashSet<>();
    private final Set<String> textIds = new HashSet<>();
    private long nextParaId = 0x10000001L;
    private long nextDrawingId = 1;
    private final Set<String> bookmarkNames = new HashSet<>();
    private final Set<java.math.BigInteger> bookmarkIds = new HashSet<>();
    private final Map<java.math.BigInteger, Integer> droppedBookmarks = new HashMap<>();
    private final Set<java.math.BigInteger> commentStarts = new HashSet<>();
    private final Set<java.math.BigInteger> commentEnds = new HashSet<>();
    private final Set<java.math.BigInteger> commentReferences = new HashSet<>();

    static void finish(List<Story> stories) {
        Finisher finisher = new Finisher();
        for (Story story : stories) {
            Tree.walk(story.content(), finisher::visit);
        }
    }

    private void visit(Object node, List<Object> parent, Object item) {
        if (node instanceof P p) {
            if (p.getParaId() != null && !paraIds.add(p.getParaId())) {
                p.setParaId(freshId(paraIds));
            }
            if (p.getTextId() != null && !textIds.add(p.getTextId())) {
                p.setTextId(freshId(textIds));
            }
        } else if (node instanceof org.docx4j.wml.Tr row) {
            // Word gives table rows ids of their own, from the same space as paragraphs.
            if (row.getParaId() != null && !paraIds.add(row.getParaId())) {
                row.setParaId(freshId(paraIds));
            }
            if (row.getTextId() != null && !textIds.add(row.getTextId())) {
                row.setTextId(freshId(textIds));
            }
        } else if (node instanceof Inline inline) {
            drawing(inline.getDocPr());
        } else if (node instanceof Anchor anchor) {
            drawing(anchor.getDocPr());
        } else if (node instanceof Text text && Docx.containsMarker(text.getValue())) {
            throw new IllegalStateException("a tag marker was left in the output: " + text.getValue());
        } else if (parent != null && item instanceof JAXBElement<?> element) {
            String name = element.getName().getLocalPart();
            if (name.equals("bookmarkStart") && node instanceof CTBookmark bookmark) {
                boolean fresh = bookmark.getId() == null || bookmarkIds.add(bookmark.getId());
                boolean named = bookmark.getName() == null || bookmarkNames.add(bookmark.getName());
                if (!fresh || !named) {
                    remove(parent, item);
                    droppedBookmarks.merge(bookmark.getId(), 1, Integer::sum);
                }
            } else if (name.equals("bookmarkEnd") && node instanceof CTMarkupRange end) {
                Integer pending = droppedBookmarks.get(end.getId());
                if (pending != null && pending > 0) {
                    remove(parent, item);
                    droppedBookmarks.put(end.getId(), pending - 1);
                }
            }
        } else if (parent != null && node instanceof CommentRangeStart start && !commentStarts.add(start.getId())) {
            remove(parent, item);
        } else if (parent != null && node instanceof CommentRangeEnd end && !commentEnds.add(end.getId())) {
            remove(parent, item);
        } else if (parent != null && node instanceof R.CommentReference reference && !commentReferences.add(reference.getId())) {
            remove(parent, item);
        }
    }

    private void drawing(CTNonVisualDrawingProps docPr) {
        if (docPr == null) {
            return;
        }
        if (Docx.containsMarker(docPr.getDescr()) || Docx.containsMarker(docPr.getName())) {
            throw new IllegalStateException("a picture tag marker was left in the output");
        }
        docPr.setId(nextDrawingId++);
    }

    /** Ids are 8 hex digits below 0x80000000, as Word requires. */
    private String freshId(Set<String> used) {
        String id;
        do {
            id = String.format("%08X", nextParaId++);
        } while (!used.add(id));
        return id;
    }

    private static void remove(List<Object> parent, Object item) {
        for (int i = 0; i < parent.size(); i++) {
            if (parent.get(i) == item) {
                parent.remove(i);
                return;
            }
        }
    }
}
