package ru.vprsvod.document;

import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Body;
import org.docx4j.wml.P;
import org.docx4j.wml.SectPr;

/**
 * Section breaks inside repeated blocks. A break at the end of a block («each school in a landscape section of
 * its own») is repeated with it, and its properties — orientation, margins, page numbering — apply to the
 * content of that repetition, as in the template. When nothing follows the last repetition, the document's
 * own last section would be left empty and print as a blank page; the last repetition's section then becomes
 * the document's last one instead. Word never saves a body whose last paragraph carries a section break, so
 * this only ever undoes what repetition (or a condition that hid the text after a loop) produced.
 */
final class Sections {

    private Sections() {
    }

    static void closeTrailing(WordprocessingMLPackage pkg) {
        List<Object> content = pkg.getMainDocumentPart().getContent();
        if (content.isEmpty() || !(Docx.unwrap(content.get(content.size() - 1)) instanceof P last)
                || last.getPPr() == null || last.getPPr().getSectPr() == null) {
            return;
        }
        Body body = pkg.getMainDocumentPart().getJaxbElement().getBody();
        SectPr section = last.getPPr().getSectPr();
        last.getPPr().setSectPr(null);
        body.setSectPr(section);
    }
}
