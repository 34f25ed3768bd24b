package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.EndnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.STFtnEdn;

/**
 * A run of content with its own numbering of paragraphs and tables, as a user sees it: the main text,
 * each header and footer, each footnote and endnote. Tags are found in all of them, in this order.
 *
 * @param name    Russian name of the part, e.g. «верхний колонтитул (первая страница)»
 * @param part    the package part that owns relationships (pictures are attached to it)
 * @param content the live list of paragraphs and tables
 */
record Story(String name, Part part, List<Object> content) {

    static List<Story> of(WordprocessingMLPackage pkg) {
        List<Story> stories = new ArrayList<>();
        stories.add(new Story("основной текст", pkg.getMainDocumentPart(), pkg.getMainDocumentPart().getContent()));
        headersAndFooters(pkg, stories);
        FootnotesPart footnotes = pkg.getMainDocumentPart().getFootnotesPart();
        if (footnotes != null && footnotes.getJaxbElement() != null) {
            notes(footnotes, footnotes.getJaxbElement().getFootnote(), "сноска", stories);
        }
        EndnotesPart endnotes = pkg.getMainDocumentPart().getEndNotesPart();
        if (endnotes != null && endnotes.getJaxbElement() != null) {
            notes(endnotes, endnotes.getJaxbElement().getEndnote(), "концевая сноска", stories);
        }
        return stories;
    }

    /**
     * Every header and footer a section refers to, named by its section and kind. The references are read
     * directly: docx4j's HeaderFooterPolicy hides the even-page ones unless the settings turn them on, and
     * a template must not keep tags in a header just because it is not shown today.
     */
    private static void headersAndFooters(WordprocessingMLPackage pkg, List<Story> stories) {
        List<SectionWrapper> sections = pkg.getDocumentModel().getSections();
        RelationshipsPart relationships = pkg.getMainDocumentPart().getRelationshipsPart();
        Map<Part, Boolean> seen = new IdentityHashMap<>();
        for (boolean footers : new boolean[] {false, true}) {
            for (int i = 0; i < sections.size(); i++) {
                SectPr sectPr = sections.get(i).getSectPr();
                if (sectPr == null || relationships == null) {
                    continue;
                }
                String section = sections.size() > 1 ? " раздела " + (i + 1) : "";
                for (HdrFtrRef type : new HdrFtrRef[] {HdrFtrRef.DEFAULT, HdrFtrRef.FIRST, HdrFtrRef.EVEN}) {
                    for (CTRel reference : sectPr.getEGHdrFtrReferences()) {
                        HdrFtrRef refType = reference instanceof HeaderReference h ? h.getType()
                                : reference instanceof FooterReference f ? f.getType() : null;
                        boolean isFooter = reference instanceof FooterReference;
                        if (isFooter == footers && (refType == null ? HdrFtrRef.DEFAULT : refType) == type) {
                            String kind = (footers ? "нижний колонтитул" : "верхний колонтитул") + section
                                    + (type == HdrFtrRef.FIRST ? " (первая страница)" : type == HdrFtrRef.EVEN ? " (чётные страницы)" : "");
                            add(relationships.getPart(reference.getId()), kind, seen, stories);
                        }
                    }
                }
            }
        }
        int orphan = 0;
        for (Part part : relationships == null ? List.<Part>of() : new ArrayList<>(pkg.getParts().getParts().values())) {
            if ((part instanceof HeaderPart || part instanceof FooterPart) && !seen.containsKey(part)) {
                add(part, (part instanceof HeaderPart ? "верхний колонтитул " : "нижний колонтитул ") + ++orphan, seen, stories);
            }
        }
    }

    private static void add(Part part, String name, Map<Part, Boolean> seen, List<Story> stories) {
        if (part == null || seen.put(part, Boolean.TRUE) != null) {
            return;
        }
        if (part instanceof HeaderPart header && header.getJaxbElement() != null) {
            stories.add(new Story(name, part, header.getJaxbElement().getContent()));
        } else if (part instanceof FooterPart footer && footer.getJaxbElement() != null) {
            stories.add(new Story(name, part, footer.getJaxbElement().getContent()));
        }
    }

    private static void notes(Part part, List<CTFtnEdn> notes, String name, List<Story> stories) {
        int number = 0;
        for (CTFtnEdn note : notes) {
            if (note.getType() == null || note.getType() == STFtnEdn.NORMAL) {
                number++;
                stories.add(new Story(name + " " + number, part, note.getContent()));
            }
        }
    }
}
