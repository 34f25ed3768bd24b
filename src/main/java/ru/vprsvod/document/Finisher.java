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
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.CTFtnEdnRef;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.CommentRangeEnd;
import org.docx4j.wml.CommentRangeStart;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.Text;

/**
 * Makes a filled document valid after cloning: Word refuses or «repairs» a file with two paragraphs of
 * the same {@code w14:paraId}, two drawings with the same {@code wp:docPr id}, two content controls with
 * the same {@code w:id}, or a bookmark or comment range opened twice. A footnote or endnote mark repeated
 * by a loop would point at one note from several places (Word then numbers them wrongly, Writer drops the
 * extra marks); each repetition gets its own copy of the note instead, so the notes are numbered 1, 2, 3….
 * Also checks that no marker is left: that would be a bug in the engine, not in the template, so it fails
 * loudly.
 */
final class Finisher {

    private final WordprocessingMLPackage pkg;
    private final Set<java.math.BigInteger> contentControlIds = new HashSet<>();
    private final java.util.Random controlIds = new java.util.Random(1); // fixed: the same data gives the same file
    private final Set<java.math.BigInteger> footnoteReferences = new HashSet<>();
    private final Set<java.math.BigInteger> endnoteReferences = new HashSet<>();
    private final List<CTFtnEdn> copiedNotes = new java.util.ArrayList<>();

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

    private Finisher(WordprocessingMLPackage pkg) {
        this.pkg = pkg;
    }

    static void finish(WordprocessingMLPackage pkg, List<Story> stories) {
        Finisher finisher = new Finisher(pkg);
        for (Story story : stories) {
            Tree.walk(story.content(), finisher::visit);
        }
        // The copies were made while walking; their paragraphs need ids of their own too.
        for (int i = 0; i < finisher.copiedNotes.size(); i++) {
            Tree.walk(finisher.copiedNotes.get(i).getContent(), finisher::visit);
        }
    }

    private void visit(Object node, List<Object> parent, Object item) {
        if (node instanceof SdtElement sdt) {
            contentControl(sdt.getSdtPr());
        }
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
            if (node instanceof CTFtnEdnRef reference && (name.equals("footnoteReference") || name.equals("endnoteReference"))) {
                noteReference(reference, name.equals("footnoteReference"));
            } else if (name.equals("bookmarkStart") && node instanceof CTBookmark bookmark) {
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

    /** Content controls are told apart by a 32-bit id; a clone gets a fresh one, never 0 or a taken one. */
    private void contentControl(SdtPr sdtPr) {
        if (sdtPr == null || sdtPr.getId() == null || sdtPr.getId().getVal() == null) {
            return;
        }
        if (contentControlIds.add(sdtPr.getId().getVal())) {
            return;
        }
        java.math.BigInteger fresh;
        do {
            fresh = java.math.BigInteger.valueOf(controlIds.nextInt() & 0x7fffffffL);
        } while (fresh.signum() == 0 || !contentControlIds.add(fresh));
        sdtPr.getId().setVal(fresh);
    }

    /** The second and later marks of one note get copies of it (with everything filled in the note already). */
    private void noteReference(CTFtnEdnRef reference, boolean footnote) {
        java.math.BigInteger id = reference.getId();
        Set<java.math.BigInteger> seen = footnote ? footnoteReferences : endnoteReferences;
        if (id == null || seen.add(id)) {
            return;
        }
        List<CTFtnEdn> notes = notes(footnote);
        CTFtnEdn original = notes.stream().filter(n -> id.equals(n.getId())).findFirst().orElse(null);
        if (original == null) {
            return;
        }
        java.math.BigInteger highest = java.math.BigInteger.ZERO;
        for (CTFtnEdn note : notes) {
            if (note.getId() != null && note.getId().compareTo(highest) > 0) {
                highest = note.getId();
            }
        }
        CTFtnEdn copy = XmlUtils.deepCopy(original);
        copy.setId(highest.add(java.math.BigInteger.ONE));
        notes.add(copy);
        copiedNotes.add(copy);
        reference.setId(copy.getId());
        seen.add(copy.getId());
    }

    private List<CTFtnEdn> notes(boolean footnote) {
        var main = pkg.getMainDocumentPart();
        if (footnote) {
            return main.getFootnotesPart() == null || main.getFootnotesPart().getJaxbElement() == null ? new java.util.ArrayList<>()
                    : main.getFootnotesPart().getJaxbElement().getFootnote();
        }
        return main.getEndNotesPart() == null || main.getEndNotesPart().getJaxbElement() == null ? new java.util.ArrayList<>()
                : main.getEndNotesPart().getJaxbElement().getEndnote();
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
