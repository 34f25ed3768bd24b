package ru.vprsvod.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.model.structure.HeaderFooterPolicy;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.EndnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.wml.CTFtnEdn;
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

    private static void headersAndFooters(WordprocessingMLPackage pkg, List<Story> stories) {
        List<SectionWrapper> sections = pkg.getDocumentModel().getSections();
        Map<Part, Boolean> seen = new IdentityHashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            HeaderFooterPolicy policy = sections.get(i).getHeaderFooterPolicy();
            if (policy == null) {
                continue;
            }
            String section = sections.size() > 1 ? " раздела " + (i + 1) : "";
            add(policy.getDefaultHeader(), "верхний колонтитул" + section, seen, stories);
            add(policy.getFirstHeader(), "верхний колонтитул" + section + " (первая страница)", seen, stories);
            add(policy.getEvenHeader(), "верхний колонтитул" + section + " (чётные страницы)", seen, stories);
            add(policy.getDefaultFooter(), "нижний колонтитул" + section, seen, stories);
            add(policy.getFirstFooter(), "нижний колонтитул" + section + " (первая страница)", seen, stories);
            add(policy.getEvenFooter(), "нижний колонтитул" + section + " (чётные страницы)", seen, stories);
        }
    }

    private static void add(JaxbXmlPart<?> part, String name, Map<Part, Boolean> seen, List<Story> stories) {
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
