package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.docx4j.XmlUtils;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.CommentRangeEnd;
import org.docx4j.wml.CommentRangeStart;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.ProofErr;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/**
 * A paragraph that holds nothing but block tags ({{#каждый …}}, {{иначе}}, {{/если}}…) and white space
 * is scaffolding: it disappears from the output, leaving no blank line behind. A page break in it (Writer
 * puts the break typed before a tag into the tag's paragraph) is kept as a break of its own.
 */
final class ControlParagraphs {

    private ControlParagraphs() {
    }

    static boolean isControl(P paragraph, IntPredicate isBlockTag) {
        boolean sawTag = false;
        for (Object item : paragraph.getContent()) {
            Object u = Docx.unwrap(item);
            if (u instanceof R run) {
                int id = Docx.markerOf(run);
                if (id >= 0) {
                    if (!isBlockTag.test(id)) {
                        return false;
                    }
                    sawTag = true;
                } else if (!blankRun(run)) {
                    return false;
                }
            } else if (!(u instanceof ProofErr || u instanceof CTBookmark || u instanceof CTMarkupRange
                    || u instanceof CommentRangeStart || u instanceof CommentRangeEnd
                    || u instanceof org.docx4j.wml.RangePermissionStart || u instanceof org.docx4j.wml.CTPerm)) {
                return false;
            }
        }
        return sawTag;
    }

    private static boolean blankRun(R run) {
        for (Object child : run.getContent()) {
            Object u = Docx.unwrap(child);
            if (u instanceof Text text) {
                if (text.getValue() != null && !text.getValue().isBlank()) {
                    return false;
                }
            } else if (!(u instanceof Br || u instanceof R.LastRenderedPageBreak)) {
                return false;
            }
        }
        return true;
    }

    /** The slots a control paragraph stands for, in order. */
    static List<Slot> explode(P paragraph) {
        List<Slot> slots = new ArrayList<>();
        PPr pPr = paragraph.getPPr();
        if (pPr != null && pPr.getPageBreakBefore() != null && pPr.getPageBreakBefore().isVal()) {
            slots.add(new Slot.PageBreak());
        }
        for (Object item : paragraph.getContent()) {
            if (Docx.unwrap(item) instanceof R run) {
                int id = Docx.markerOf(run);
                if (id >= 0) {
                    slots.add(new Slot.Control(id, paragraph));
                } else {
                    for (Object child : run.getContent()) {
                        if (Docx.isPageBreak(child)) {
                            slots.add(new Slot.PageBreak());
                        }
                    }
                }
            }
        }
        if (pPr != null && pPr.getSectPr() != null) {
            // A section break hangs on this paragraph's mark; keep an empty paragraph to carry it.
            P keeper = Docx.WML.createP();
            keeper.setPPr(XmlUtils.deepCopy(pPr));
            keeper.getPPr().setPageBreakBefore(null);
            slots.add(new Slot.Item(keeper));
        }
        return slots;
    }

    /** An empty paragraph formatted like this one, for a table cell that would otherwise be left empty. */
    static P emptyLike(P paragraph) {
        P empty = Docx.WML.createP();
        if (paragraph != null && paragraph.getPPr() != null) {
            empty.setPPr(XmlUtils.deepCopy(paragraph.getPPr()));
            empty.getPPr().setSectPr(null);
            empty.getPPr().setPageBreakBefore(null);
            empty.getPPr().setNumPr(null);
        }
        return empty;
    }
}
