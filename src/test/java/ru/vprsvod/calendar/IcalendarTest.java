package ru.vprsvod.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class IcalendarTest {

    private static final String LONG = "Школы хранят работы участников и электронные протоколы; до этого дня работы"
            + " нельзя уничтожать, а протоколы — изменять.\nВторая строка с обратной косой \\ чертой.";

    private final DeadlineCalendar calendar = new DeadlineCalendar(2026, List.of(
            new Deadline("storage", LocalDate.of(2026, 8, 18), "Окончание хранения работ, протоколов", LONG,
                    "Порядок, п.\u00a05.9", "все школы района", ""),
            new Deadline("recheck", LocalDate.of(2026, 7, 4), "Завершение перепроверки", "Сорок пять дней.",
                    "Порядок, п.\u00a06.5", "отдел по образованию", "/objectivity")), List.of());

    @Test
    void aRealParserReadsEveryEventBackWithItsDateAndText() throws Exception {
        String ics = Icalendar.write(calendar, "ВПР-2026: сроки (Заречный район)", Instant.parse("2026-03-16T09:00:00Z"));
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        assertEquals(2, events.size());
        VEvent recheck = events.get(0);
        assertEquals("Завершение перепроверки", recheck.getSummary().getValue());
        assertEquals("20260704", recheck.getStartDate().getValue());
        assertEquals("20260705", recheck.getEndDate().getValue());
        assertEquals("recheck-2026@vpr-svod", recheck.getUid().getValue());
        VEvent storage = events.get(1);
        assertEquals("Окончание хранения работ, протоколов", storage.getSummary().getValue());
        assertEquals(LONG + "\nКто: все школы района.\nОснование: Порядок, п.\u00a05.9.", storage.getDescription().getValue());
        assertEquals("ВПР-2026: сроки (Заречный район)", parsed.getProperty("X-WR-CALNAME").getValue());
        assertEquals("2.0", parsed.getProperty(Property.VERSION).getValue());
    }

    @Test
    void noLineIsLongerThan75OctetsAndEveryLineEndsWithCrLf() {
        String ics = Icalendar.write(calendar, "ВПР", Instant.parse("2026-03-16T09:00:00Z"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n") && !line.contains("\r"), line);
        }
        assertTrue(ics.contains("\r\n "), "the long description is folded");
    }
}
