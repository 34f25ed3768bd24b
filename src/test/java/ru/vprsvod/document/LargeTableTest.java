package ru.vprsvod.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A road map of a large district: hundreds of rows must stay quick (a loose bound, not a benchmark). */
class LargeTableTest {

    @Test
    void a_thousand_rows() {
        List<Object> events = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            events.add(Map.of("название", "Мероприятие " + i, "срок", "до " + (i % 28 + 1) + " мая", "ответственный", "Школа № " + i));
        }
        DocxTemplate template = Docs.load(Docs.docx(Docs.table(Docs.row("№", "Мероприятие", "Срок"),
                Docs.row("{{#каждый м из мероприятия}}{{ №м }}", "{{ м.название }}", "{{ м.срок }}{{/каждый}}"))));
        template.render(Map.of("мероприятия", events.subList(0, 10)));
        long start = System.nanoTime();
        Rendering rendering = template.render(Map.of("мероприятия", events));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        List<String> texts = Docs.texts(Docs.open(((Rendering.Rendered) rendering).docx()));
        assertEquals(3 + 3000 + 1, texts.size(), "with the paragraph a story must end with");
        assertEquals("Мероприятие 1000", texts.get(texts.size() - 3));
        assertTrue(took.toSeconds() < 20, "took " + took);
        System.out.println("1000 rows rendered in " + took.toMillis() + " ms");
    }
}
