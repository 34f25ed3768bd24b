package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FootnotesPart;
import org.docx4j.wml.CTFootnotes;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.STPageOrientation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What else a repeated block may carry besides text, and what each repetition must get of its own: footnote
 * marks, content controls, section breaks.
 */
class RepeatedPartsTest {

    private static final Map<String, Object> DATA = Map.of("школы", List.of(Map.of("название", "Лицей № 2"),
            Map.of("название", "СОШ № 5"), Map.of("название", "Малая ООШ")));

    private static final String LANDSCAPE_BREAK = "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:pPr><w:r><w:t>Подпись</w:t></w:r></w:p>";

    private static byte[] render(WordprocessingMLPackage pkg) {
        byte[] docx = ((Rendering.Rendered) Docs.load(pkg).render(DATA)).docx();
        Docs.assertValid(docx);
        return docx;
    }

    @Test
    void each_repeated_footnote_mark_gets_its_own_note() throws Exception {
        WordprocessingMLPackage pkg = Docs.pkg(Docs.p("{{#каждый школа из школы}}")
                + "<w:p><w:r><w:t>{{ школа.название }}</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr>"
                + "<w:footnoteReference w:id=\"1\"/></w:r></w:p>" + Docs.p("{{/каждый}}"));
        FootnotesPart footnotes = new FootnotesPart();
        footnotes.setJaxbElement((CTFootnotes) XmlUtils.unwrap(XmlUtils.unmarshalString("<w:footnotes " + Docs.NS + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p w14:paraId=\"1A2B3C4D\"><w:r><w:t>По данным ФИС ОКО на {{ дата }}</w:t></w:r></w:p>"
                + "</w:footnote></w:footnotes>")));
        pkg.getMainDocumentPart().addTargetPart(footnotes);
        Map<String, Object> data = new java.util.HashMap<>(DATA);
        data.put("дата", "20.05.2026");
        byte[] docx = ((Rendering.Rendered) Docs.load(pkg).render(data)).docx();
        Docs.assertValid(docx);

        String document = Docs.parts(docx).get("word/document.xml");
        List<String> marks = Docs.all(document, "<w:footnoteReference w:id=\"(\\d+)\"");
        assertEquals(3, marks.size());
        assertEquals(3, new HashSet<>(marks).size(), "one note per mark: " + marks);
        List<CTFtnEdn> notes = Docs.open(docx).getMainDocumentPart().getFootnotesPart().getJaxbElement().getFootnote();
        for (String mark : marks) {
            CTFtnEdn note = notes.stream().filter(n -> n.getId().toString().equals(mark)).findFirst().orElseThrow();
            assertEquals(List.of("По данным ФИС ОКО на 20.05.2026"), Docs.texts(note.getContent()));
        }
    }

    @Test
    void content_controls_repeated_by_a_loop_get_ids_of_their_own() {
        byte[] docx = render(Docs.pkg(Docs.p("{{#каждый школа из школы}}")
                + "<w:sdt><w:sdtPr><w:id w:val=\"123456\"/><w:tag w:val=\"школа\"/></w:sdtPr><w:sdtContent>"
                + Docs.p("{{ школа.название }}") + "</w:sdtContent></w:sdt>" + Docs.p("{{/каждый}}")));
        List<String> ids = Docs.all(Docs.parts(docx).get("word/document.xml"), "<w:id w:val=\"(-?\\d+)\"");
        assertEquals(3, ids.size());
        assertEquals(3, new HashSet<>(ids).size(), "unique: " + ids);
        assertEquals("123456", ids.get(0), "the first copy keeps the template's id");
    }

    @Test
    void a_section_per_repetition_and_no_empty_section_after_the_last() {
        WordprocessingMLPackage out = Docs.open(render(Docs.pkg(Docs.p("Перечень") + Docs.p("{{#каждый школа из школы}}")
                + Docs.p("Школа {{ школа.название }}") + LANDSCAPE_BREAK + Docs.p("{{/каждый}}"))));
        assertEquals(List.of("Перечень", "Школа Лицей № 2", "Подпись", "Школа СОШ № 5", "Подпись", "Школа Малая ООШ", "Подпись"),
                Docs.texts(out));
        assertEquals(2, sectionBreaks(out), "the last repetition's break became the document's last section");
        assertEquals(STPageOrientation.LANDSCAPE, out.getMainDocumentPart().getJaxbElement().getBody().getSectPr().getPgSz().getOrient());
    }

    @Test
    void a_section_break_in_a_repetition_stays_when_text_follows_the_loop() {
        WordprocessingMLPackage out = Docs.open(render(Docs.pkg(Docs.p("{{#каждый школа из школы}}")
                + Docs.p("Школа {{ школа.название }}") + LANDSCAPE_BREAK + Docs.p("{{/каждый}}") + Docs.p("Исполнитель"))));
        assertEquals(3, sectionBreaks(out));
        assertNull(out.getMainDocumentPart().getJaxbElement().getBody().getSectPr().getPgSz().getOrient(), "still portrait");
    }

    @Test
    void libreoffice_prints_one_landscape_page_per_school_and_no_blank_page(@TempDir Path work) throws Exception {
        assumeTrue(Office.available(), "LibreOffice and poppler-utils are not installed");
        Path docx = work.resolve("sections.docx");
        Files.write(docx, render(Docs.pkg(Docs.p("{{#каждый школа из школы}}") + Docs.p("Школа {{ школа.название }}")
                + LANDSCAPE_BREAK + Docs.p("{{/каждый}}"))));
        assertEquals(3, Office.pages(Office.toPdf(docx, work), work));
    }

    private static int sectionBreaks(WordprocessingMLPackage pkg) {
        int breaks = 0;
        for (Object item : pkg.getMainDocumentPart().getContent()) {
            if (XmlUtils.unwrap(item) instanceof org.docx4j.wml.P p && p.getPPr() != null && p.getPPr().getSectPr() != null) {
                breaks++;
            }
        }
        return breaks;
    }
}
