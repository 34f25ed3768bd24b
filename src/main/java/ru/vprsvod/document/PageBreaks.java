package ru.vprsvod.document;

import java.util.List;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.P;
import org.docx4j.wml.ProofErr;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/**
 * Page breaks inside repeated blocks. «Each item on its own page» is written as a page break at the end
 * of the block; after the last item that break would leave an empty page, so it is dropped there. A break
 * that stood in a paragraph of block tags is appended to the paragraph before it.
 */
final class PageBreaks {

    private PageBreaks() {
    }

    static void add(List<Object> out) {
        Object last = out.isEmpty() ? null : Docx.unwrap(out.get(out.size() - 1));
        if (last instanceof P p) {
            p.getContent().add(Docx.pageBreakRun());
        } else {
            P p = Docx.WML.createP();
            p.getContent().add(Docx.pageBreakRun());
            out.add(p);
        }
    }

    /** Removes the page break that ends the last paragraph of these items, and the paragraph if it held nothing else. */
    static void stripTrailing(List<Object> items) {
        if (items.isEmpty() || !(Docx.unwrap(items.get(items.size() - 1)) instanceof P p)) {
            return;
        }
        List<Object> content = p.getContent();
        for (int i = content.size() - 1; i >= 0; i--) {
            Object u = Docx.unwrap(content.get(i));
            if (!(u instanceof R run)) {
                continue;
            }
            List<Object> runContent = run.getContent();
            int k = runContent.size() - 1;
            while (k >= 0 && blank(runContent.get(k))) {
                k--;
            }
            if (k < 0) {
                continue;
            }
            if (!Docx.isPageBreak(runContent.get(k))) {
                return;
            }
            runContent.remove(k);
            if (runContent.isEmpty()) {
                content.remove(i);
            }
            if (isEmpty(p)) {
                items.remove(items.size() - 1);
            }
            return;
        }
    }

    private static boolean blank(Object runChild) {
        Object u = Docx.unwrap(runChild);
        return u instanceof R.LastRenderedPageBreak || u instanceof Text text && (text.getValue() == null || text.getValue().isBlank());
    }

    private static boolean isEmpty(P p) {
        for (Object item : p.getContent()) {
            Object u = Docx.unwrap(item);
            if (u instanceof R run) {
                for (Object child : run.getContent()) {
                    if (!blank(child)) {
                        return false;
                    }
                }
            } else if (!(u instanceof ProofErr || u instanceof CTBookmark || u instanceof CTMarkupRange)) {
                return false;
            }
        }
        return true;
    }
}
