package ru.vprsvod.document;

import java.util.List;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.P;
import org.docx4j.wml.ProofErr;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/**
 * A paragraph made only of tags that comes out empty (an optional value that is absent, a condition that
 * is false) is dropped, so no blank line is left; a paragraph with any text or object of the author's stays.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    /**
     * Whether the paragraph holds at least one tag and, besides tags and the text of blocks inside the
     * paragraph (which is conditional too), only white space.
     */
    static boolean onlyTags(P p, Plan plan) {
        if (p.getPPr() != null && p.getPPr().getSectPr() != null) {
            return false;
        }
        int[] counts = {0, 0};
        return onlyTags(p.getContent(), plan, counts) && counts[0] > 0;
    }

    /** counts: [0] tags seen, [1] depth inside blocks that repeat or hide text of this paragraph. */
    private static boolean onlyTags(List<Object> items, Plan plan, int[] counts) {
        for (Object item : items) {
            Object u = Docx.unwrap(item);
            if (u instanceof R run) {
                int id = Docx.markerOf(run);
                if (id >= 0) {
                    counts[0]++;
                    BlockSite block = plan.blockOf(id);
                    if (block != null && block.level() == BlockSite.Level.INLINE) {
                        counts[1] += id == block.open() ? 1 : id == block.close() ? -1 : 0;
                    }
                } else if (counts[1] == 0 && !blank(run)) {
                    return false;
                }
            } else if (!(u instanceof ProofErr || u instanceof CTBookmark || u instanceof CTMarkupRange)) {
                List<Object> children = Docx.inlineChildren(u);
                if (children == null ? counts[1] == 0 : !onlyTags(children, plan, counts)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether nothing visible is left: no text but white space, no tab, break, drawing, field or mark. */
    static boolean isBlank(P p) {
        return blank(p.getContent());
    }

    private static boolean blank(List<Object> items) {
        for (Object item : items) {
            Object u = Docx.unwrap(item);
            if (u instanceof R run) {
                if (!blank(run)) {
                    return false;
                }
            } else if (!(u instanceof ProofErr || u instanceof CTBookmark || u instanceof CTMarkupRange)) {
                List<Object> children = Docx.inlineChildren(u);
                if (children == null || !blank(children)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean blank(R run) {
        for (Object child : run.getContent()) {
            Object u = Docx.unwrap(child);
            if (!(u instanceof Text text) || text.getValue() != null && !text.getValue().isBlank()) {
                return false;
            }
        }
        return true;
    }
}
