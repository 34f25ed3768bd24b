package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Word «repairs» when content is cloned carelessly, checked on the saved XML. */
class ClonedIdsTest {

    private static final Map<String, Object> DATA = Map.of("пункты", List.of("Первый", "Второй", "Третий"));

    private static String render(String bodyXml) {
        byte[] docx = ((Rendering.Rendered) Docs.load(Docs.docx(bodyXml)).render(DATA)).docx();
        Docs.assertValid(docx);
        return Docs.parts(docx).get("word/document.xml");
    }

    @Test
    void paragraph_ids_stay_unique_and_keep_the_first_copy() {
        String xml = render(Docs.p("{{#каждый п из пункты}}")
                + "<w:p w14:paraId=\"0BADF00D\" w14:textId=\"77777777\"><w:r><w:t>{{ п }}</w:t></w:r></w:p>" + Docs.p("{{/каждый}}"));
        List<String> ids = Docs.all(xml, "w14:paraId=\"([0-9A-F]+)\"");
        assertEquals(3, ids.size());
        assertEquals(3, new HashSet<>(ids).size());
        assertTrue(ids.contains("0BADF00D"));
        assertTrue(ids.stream().allMatch(id -> Long.parseLong(id, 16) < 0x80000000L), "Word wants ids below 0x80000000");
    }

    @Test
    void a_bookmark_in_a_repeated_paragraph_is_kept_once_and_stays_balanced() {
        String xml = render(Docs.p("{{#каждый п из пункты}}")
                + "<w:p><w:bookmarkStart w:id=\"7\" w:name=\"Пункт\"/><w:r><w:t>{{ п }}</w:t></w:r><w:bookmarkEnd w:id=\"7\"/></w:p>"
                + Docs.p("{{/каждый}}"));
        assertEquals(List.of("Пункт"), Docs.all(xml, "<w:bookmarkStart[^>]*w:name=\"([^\"]+)\""));
        assertEquals(1, Docs.all(xml, "(<w:bookmarkEnd )").size());
    }

    @Test
    void drawing_ids_are_unique() {
        String box = PartsTest.textBox(Docs.p("{{ п }}"));
        String xml = render(Docs.p("{{#каждый п из пункты}}") + box + Docs.p("{{/каждый}}"));
        List<String> ids = Docs.all(xml, "<wp:docPr id=\"(\\d+)\"");
        assertEquals(List.of("1", "2", "3"), ids);
    }
}
